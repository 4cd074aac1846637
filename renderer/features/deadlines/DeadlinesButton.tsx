// The incident header's way to the deadlines panel, with how many are overdue
// (shown as an alert) and due soon: the same computation as the panel.
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import { useDeadlineRows } from './deadlineRows';
import { useNow } from './useNow';
import './deadlines.css';

export interface DeadlinesButtonProps {
  incident: Incident;
  onOpen(): void;
  /** How often the counts are re-read; tests pass a short one. */
  tickMs?: number;
}

export function DeadlinesButton({ incident, onOpen, tickMs }: DeadlinesButtonProps) {
  const { t } = useTranslation('deadlines');
  const now = useNow(tickMs);
  const { overdue, dueSoon } = useDeadlineRows(incident, now);
  const parts = [
    t('button.label'),
    ...(overdue > 0 ? [t('button.overdue', { count: overdue })] : []),
    ...(dueSoon > 0 ? [t('button.dueSoon', { count: dueSoon })] : []),
  ];
  const className = overdue > 0 ? 'btn dl-button dl-button-overdue' : dueSoon > 0 ? 'btn dl-button dl-button-soon' : 'btn dl-button';
  return (
    <button type="button" className={className} onClick={onOpen}>
      {overdue > 0 && (
        <span aria-hidden="true" className="dl-button-icon">
          ⚠{' '}
        </span>
      )}
      {parts.join(t('button.separator'))}
    </button>
  );
}
