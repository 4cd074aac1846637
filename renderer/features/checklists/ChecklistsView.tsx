// The incident's checklists: its runs on the left, the chosen run on the right,
// starting new runs, and the paper form of a run. Opened for one system (from
// a system's page) it lists that system's runs until asked to show all and,
// without a run to show, opens the start dialog with that system ticked.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import { useRuns, useSystems } from '../../data';
import { PrintOverlay } from './PrintOverlay';
import { RunList } from './RunList';
import { RunView } from './RunView';
import { StartRunDialog } from './StartRunDialog';
import { systemNames } from './checklistTexts';
import './checklists.css';

export interface ChecklistsViewProps {
  incident: Incident;
  systemId?: string | null;
  runId?: string | null;
  onOpenSystem(id: string): void;
}

export function ChecklistsView({ incident, systemId = null, runId = null, onOpenSystem }: ChecklistsViewProps) {
  const { t } = useTranslation('checklists');
  const runs = useRuns(incident.id);
  const systems = useSystems(incident.id);
  const names = useMemo(() => systemNames(systems), [systems]);
  // Choices made here hold until the caller points at another run or system.
  const [picked, setPicked] = useState<{ id: string; forRunId: string | null } | null>(null);
  const [showAllFor, setShowAllFor] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  // Sent here by a system's "Start a checklist" (a system and no run): the start dialog opens for it, once.
  const [startHandledFor, setStartHandledFor] = useState<string | null>(null);
  const startOpen = starting || (systemId !== null && runId === null && startHandledFor !== systemId);
  const closeStart = () => {
    setStarting(false);
    setStartHandledFor(systemId);
  };
  const [printing, setPrinting] = useState(false);
  const detail = useRef<HTMLDivElement>(null);
  const closePrint = () => {
    setPrinting(false);
    // Back where the responder left: the run's Print button, visible again after this render.
    requestAnimationFrame(() => detail.current?.querySelector<HTMLButtonElement>('.cl-print-button')?.focus());
  };

  if (runs === undefined) return <p className="empty">{t('view.loading')}</p>;

  const filterSystem = systemId && showAllFor !== systemId ? systemId : null;
  const shown = filterSystem ? runs.filter(({ run }) => run.systemId === filterSystem) : runs;
  const wantedId = (picked?.forRunId === runId ? picked.id : null) ?? runId;
  const selected = runs.find(({ run }) => run.id === wantedId) ?? shown[0] ?? null;
  const select = (id: string) => setPicked({ id, forRunId: runId });

  const startButton = (
    <button type="button" className="btn btn-primary" onClick={() => setStarting(true)}>
      {t('view.start')}
    </button>
  );
  return (
    <div className="cl-view">
      {runs.length === 0 ? (
        <div className="empty cl-empty">
          <h2>{t('view.emptyTitle')}</h2>
          <p>{t('view.emptyHint')}</p>
          {startButton}
        </div>
      ) : (
        <div className="cl-layout" hidden={printing}>
          <nav className="cl-sidebar" aria-label={t('view.runList')}>
            {startButton}
            {filterSystem && (
              <p className="cl-filter small">
                {t('view.filteredTo', { system: names.get(filterSystem) ?? t('target.unknownSystem') })}{' '}
                <button type="button" className="btn-link" onClick={() => setShowAllFor(filterSystem)}>
                  {t('view.showAll')}
                </button>
              </p>
            )}
            {shown.length === 0 && <p className="muted small">{t('view.noneForSystem')}</p>}
            <RunList runs={shown} names={names} selectedId={selected?.run.id ?? null} onSelect={select} />
          </nav>
          <div className="cl-detail" ref={detail}>
            {selected ? (
              <RunView runWithStatus={selected} names={names} zone={incident.timeZone} onOpenSystem={onOpenSystem} onPrint={() => setPrinting(true)} />
            ) : (
              <p className="empty">{t('view.chooseRun')}</p>
            )}
          </div>
        </div>
      )}
      {startOpen && !printing && (
        <StartRunDialog incident={incident} systemId={systemId} onClose={closeStart} onStarted={(id) => (closeStart(), select(id))} />
      )}
      {printing && selected && <PrintOverlay incident={incident} runWithStatus={selected} names={names} onClose={closePrint} />}
    </div>
  );
}
