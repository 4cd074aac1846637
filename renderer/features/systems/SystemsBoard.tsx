// The systems board: one column per containment state, in the state machine's
// order, each with its count; filters above; adding one system or many.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import { CONTAINMENT_STATES } from '../../../shared/domain/system';
import { useRuns, useSystems } from '../../data';
import { AddSystemDialog } from './AddSystemDialog';
import { BoardToolbar } from './BoardToolbar';
import { BulkAddDialog } from './BulkAddDialog';
import { SystemCard } from './SystemCard';
import type { SystemRunProgress } from './runProgress';

const NO_RUNS: readonly SystemRunProgress[] = [];
import { EMPTY_BOARD_FILTER, filterSystems, groupByState, tagsOf, type BoardFilter } from './boardFilter';
import { runsBySystem } from './runProgress';
import './systems.css';

export interface SystemsBoardProps {
  incident: Incident;
  onOpenSystem(id: string): void;
}

export function SystemsBoard({ incident, onOpenSystem }: SystemsBoardProps) {
  const { t, i18n } = useTranslation('systems');
  const systems = useSystems(incident.id);
  const runs = useRuns(incident.id);
  const [filter, setFilter] = useState<BoardFilter>(EMPTY_BOARD_FILTER);
  const [dialog, setDialog] = useState<'add' | 'bulk' | null>(null);
  const shown = useMemo(() => filterSystems(systems ?? [], filter), [systems, filter]);
  const columns = useMemo(() => groupByState(shown), [shown]);
  const progress = useMemo(() => runsBySystem(runs), [runs]);
  const tags = useMemo(() => tagsOf(systems ?? []), [systems]);
  const close = () => setDialog(null);

  const dialogs = (
    <>
      {dialog === 'add' && <AddSystemDialog incidentId={incident.id} onClose={close} />}
      {dialog === 'bulk' && <BulkAddDialog incidentId={incident.id} onClose={close} />}
    </>
  );

  if (systems === undefined) return <p className="empty">{t('board.loading')}</p>;
  if (systems.length === 0) {
    return (
      <>
        <div className="empty sys-empty">
          <h2>{t('board.emptyTitle')}</h2>
          <p>{t('board.emptyHint')}</p>
          <div className="row sys-empty-actions">
            <button type="button" className="btn btn-primary" onClick={() => setDialog('add')}>
              {t('board.add')}
            </button>
            <button type="button" className="btn" onClick={() => setDialog('bulk')}>
              {t('board.bulkAdd')}
            </button>
          </div>
        </div>
        {dialogs}
      </>
    );
  }

  return (
    <div className="sys-board-view">
      <BoardToolbar
        filter={filter}
        onFilter={setFilter}
        tags={tags}
        shown={shown.length}
        total={systems.length}
        onAdd={() => setDialog('add')}
        onBulkAdd={() => setDialog('bulk')}
      />
      <div className="sys-board">
        {CONTAINMENT_STATES.map((state) => {
          const list = columns.get(state) ?? [];
          const heading = t('board.column', { state: t(`state.${state}`), count: list.length });
          return (
            <section key={state} className={`sys-column sys-column-${state}`} aria-label={heading}>
              <h2 className="sys-column-title">{heading}</h2>
              {list.length === 0 ? (
                <p className="muted small sys-column-empty">{t('board.columnEmpty')}</p>
              ) : (
                <ul className="sys-cards">
                  {list.map((system) => (
                    <SystemCard key={system.id} system={system} runs={progress.get(system.id) ?? NO_RUNS} onOpen={onOpenSystem} t={t} language={i18n.language} />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      {dialogs}
    </div>
  );
}
