// The deadlines of the enabled regimes, one section per regime, each sorted by due time.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineRule } from '../../../shared/domain/deadline';
import type { Incident } from '../../../shared/domain/incident';
import type { LogEntry } from '../../../shared/domain/logEntry';
import type { RegimeRows } from './deadlineRows';
import { useDeadlineTexts } from './deadlineTexts';
import { DeadlineItem } from './DeadlineItem';
import { MarkMetDialog } from './MarkMetDialog';
import { UndoMetDialog } from './UndoMetDialog';

export interface DeadlineListProps {
  incident: Incident;
  groups: readonly RegimeRows[];
  zones: readonly string[];
  entryById(id: string): LogEntry | null;
  onOpenEntry(entryId: string): void;
}

type OpenDialog = { kind: 'met' | 'unmet'; rule: DeadlineRule } | null;

export function DeadlineList({ incident, groups, zones, entryById, onOpenEntry }: DeadlineListProps) {
  const { t } = useTranslation('deadlines');
  const texts = useDeadlineTexts();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const close = () => setDialog(null);

  return (
    <>
      {groups.map(({ regime, rows }) => {
        const overdue = rows.filter((row) => row.status.state === 'overdue').length;
        return (
          <section key={regime.id} className="dl-regime-section" aria-label={texts.regime(regime)}>
            <h3 className="row">
              {texts.regime(regime)}
              {overdue > 0 && <span className="badge badge-bad">{t('list.overdueCount', { count: overdue })}</span>}
            </h3>
            <ul className="dl-items">
              {rows.map((row) => (
                <DeadlineItem
                  key={row.rule.id}
                  row={row}
                  incidentZone={incident.timeZone}
                  zones={zones}
                  entryById={entryById}
                  onMarkMet={() => setDialog({ kind: 'met', rule: row.rule })}
                  onUndoMet={() => setDialog({ kind: 'unmet', rule: row.rule })}
                  onOpenEntry={onOpenEntry}
                />
              ))}
            </ul>
          </section>
        );
      })}
      {dialog?.kind === 'met' && <MarkMetDialog incident={incident} rule={dialog.rule} onClose={close} />}
      {dialog?.kind === 'unmet' && <UndoMetDialog incidentId={incident.id} rule={dialog.rule} onClose={close} />}
    </>
  );
}
