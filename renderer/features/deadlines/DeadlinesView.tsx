// The incident's deadlines panel: which regimes apply, the clock anchors they run
// from, and every deadline with its due time, time left and what met it.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import type { LogEntry } from '../../../shared/domain/logEntry';
import { notebook, useIncidentLog, useSetting } from '../../data';
import { AnchorsPanel } from './AnchorsPanel';
import { RegimePicker } from './RegimePicker';
import { DeadlineList } from './DeadlineList';
import { displayZones } from './DueTimes';
import { anchorsInUse, useDeadlineRows } from './deadlineRows';
import { useNow } from './useNow';
import './deadlines.css';

export interface DeadlinesViewProps {
  incident: Incident;
  /** Shows an entry in the log (the one that met a deadline, an anchor's decision). */
  onOpenEntry(entryId: string): void;
  /** How often the countdowns are re-read; tests pass a short one. */
  tickMs?: number;
}

export function DeadlinesView({ incident, onOpenEntry, tickMs }: DeadlinesViewProps) {
  const { t } = useTranslation('deadlines');
  const now = useNow(tickMs);
  const { state, groups, overdue } = useDeadlineRows(incident, now);
  const secondaryZone = useSetting('secondaryZone') ?? null;
  const zones = displayZones(incident.timeZone, notebook.deviceZone(), secondaryZone);
  const log = useIncidentLog(incident.id);
  const entries = useMemo(() => new Map(log.threads.map((thread) => [thread.original.id, thread.current])), [log.threads]);
  const entryById = useCallback((id: string): LogEntry | null => entries.get(id) ?? null, [entries]);

  if (state === undefined) return <p className="muted dl-view">{t('view.loading')}</p>;
  if (state === null) return <p className="muted dl-view">{t('view.missing')}</p>;
  const types = anchorsInUse(groups);

  return (
    <div className="dl-view">
      <div className="dl-grid">
        <div className="dl-side">
          {types.length > 0 && <AnchorsPanel incident={incident} state={state} types={types} secondaryZone={secondaryZone} onOpenEntry={onOpenEntry} />}
          <RegimePicker incidentId={incident.id} enabled={state.regimeIds} />
        </div>
        <div className="dl-main">
          <header className="row dl-main-head">
            <h2>{t('view.title')}</h2>
            {overdue > 0 && (
              <span className="badge badge-bad dl-overdue-total">
                <span aria-hidden="true">⚠</span> {t('button.overdue', { count: overdue })}
              </span>
            )}
          </header>
          {groups.length === 0 ? (
            <div className="empty dl-empty">
              <h2>{t('empty.title')}</h2>
              <p>{t('empty.body')}</p>
            </div>
          ) : (
            <>
              <p className="field-hint">{t('view.zoneNote', { zone: incident.timeZone })}</p>
              <DeadlineList incident={incident} groups={groups} zones={zones} entryById={entryById} onOpenEntry={onOpenEntry} />
            </>
          )}
        </div>
      </div>
    </div>
  );
}
