// One deadline: what is due to whom and when, how long is left, and what met it.
import { useId } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { localized } from '../../../shared/domain/localized';
import type { LogEntry } from '../../../shared/domain/logEntry';
import { CALENDARS } from '../../../shared/seed/deadlines';
import { TimeText } from '../../components/TimeText';
import type { DeadlineRow } from './deadlineRows';
import { useDeadlineTexts } from './deadlineTexts';
import { DueTimes } from './DueTimes';
import { StatusBadge } from './StatusBadge';

export interface DeadlineItemProps {
  row: DeadlineRow;
  incidentZone: string;
  zones: readonly string[];
  /** The log entry with this id (the current version of its thread), if loaded. */
  entryById(id: string): LogEntry | null;
  onMarkMet(): void;
  onUndoMet(): void;
  onOpenEntry(entryId: string): void;
}

export function DeadlineItem({ row, incidentZone, zones, entryById, onMarkMet, onUndoMet, onOpenEntry }: DeadlineItemProps) {
  const { t, i18n } = useTranslation('deadlines');
  const texts = useDeadlineTexts();
  const titleId = useId();
  const { rule, status, mark } = row;
  const { due } = status;
  const overdue = status.state === 'overdue';
  const entry = mark ? entryById(mark.entryId) : null;
  const bound = due.due !== null && due.missingAnchor !== null && status.state !== 'met';

  return (
    <li className={`dl-item dl-item-${status.state}`} aria-labelledby={titleId}>
      <div className="dl-item-head">
        <h4 id={titleId} className="dl-item-name">
          {texts.rule(rule)}
        </h4>
        <StatusBadge status={status} />
      </div>
      <p className="dl-item-line muted">
        {t('list.recipient', { recipient: localized(rule.recipient, i18n.language) })} · <span className="dl-offset">{texts.offset(rule)}</span>
      </p>
      {due.due !== null && (
        <div className="dl-item-due">
          <DueTimes iso={due.due} zones={zones} />
          {status.remainingMs !== null && status.state !== 'met' && (
            <span className={overdue ? 'dl-remaining dl-remaining-overdue' : 'dl-remaining'}>{texts.remaining(status.remainingMs)}</span>
          )}
        </div>
      )}
      {bound && <p className="field-hint warn">{t('list.bound', { anchor: texts.anchor(due.missingAnchor!) })}</p>}
      {due.outsideCalendar && (
        <p className="field-hint warn">{t('list.outsideCalendar', { calendar: localized(CALENDARS[due.outsideCalendar].name, i18n.language) })}</p>
      )}
      {rule.status !== 'in_force' && <p className={`dl-rule-status dl-rule-${rule.status}`}>{t(`ruleStatus.${rule.status}`)}</p>}
      {mark && (
        <p className="dl-met-line">
          <Trans
            t={t}
            i18nKey="list.metLine"
            components={{
              when: <TimeText iso={mark.metAt} zone={incidentZone} precision="minute" />,
              entry: (
                <button type="button" className="btn-link" onClick={() => onOpenEntry(mark.entryId)}>
                  {entry ? texts.entrySummary(entry) : t('list.entryNotLoaded')}
                </button>
              ),
            }}
          />
        </p>
      )}
      <div className="row dl-item-foot">
        <span className="dl-sources">{t('list.sources', { sources: rule.sources.join(', ') })}</span>
        {rule.notes && (
          <details className="dl-notes">
            <summary>{t('list.notes')}</summary>
            <p>{localized(rule.notes, i18n.language)}</p>
          </details>
        )}
        <span className="spacer" />
        {mark ? (
          <button type="button" className="btn btn-small" onClick={onUndoMet} aria-describedby={titleId}>
            {t('list.undoMet')}
          </button>
        ) : (
          <button type="button" className="btn btn-small" onClick={onMarkMet} aria-describedby={titleId}>
            {t('list.markMet')}
          </button>
        )}
      </div>
    </li>
  );
}
