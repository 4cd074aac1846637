// A deadline's state as a badge: colour, an icon and the word (never colour alone).
import { useTranslation } from 'react-i18next';
import type { DeadlineStatus } from '../../../shared/deadlines';
import { useDeadlineTexts } from './deadlineTexts';

const ICON: Record<DeadlineStatus['state'], string> = {
  met: '✓',
  overdue: '⚠',
  'due-soon': '⏰',
  pending: '◷',
  waiting: '…',
  undated: '–',
};

export function StatusBadge({ status }: { status: DeadlineStatus }) {
  const { t } = useTranslation('deadlines');
  const texts = useDeadlineTexts();
  const { state } = status;
  const anchor = status.due.missingAnchor;
  return (
    <span className={`badge dl-status dl-status-${state}`}>
      <span aria-hidden="true" className="dl-status-icon">
        {ICON[state]}
      </span>{' '}
      {state === 'waiting' && anchor ? t('status.waiting', { anchor: texts.anchor(anchor) }) : t(`status.${state}`)}
    </span>
  );
}
