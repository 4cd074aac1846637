// One system: its details, containment state and flags, state history, the
// checklist runs that target it and every log entry that references it.
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import { useEntriesReferencing, useSystem } from '../../data';
import { ContainmentPanel } from './ContainmentPanel';
import { CriticalityBadge, FlagBadges, StateBadge } from './badges';
import { StateHistory } from './StateHistory';
import { SystemDetailsPanel } from './SystemDetailsPanel';
import { SystemEntries } from './SystemEntries';
import { SystemRuns } from './SystemRuns';
import { stateHistory } from './stateHistory';
import './systems.css';

export interface SystemPageProps {
  incident: Incident;
  systemId: string;
  onBack(): void;
  onOpenRun(runId: string): void;
  onStartRun?(systemId: string): void;
}

export function SystemPage({ incident, systemId, onBack, onOpenRun, onStartRun }: SystemPageProps) {
  const { t } = useTranslation('systems');
  const titleId = useId();
  const system = useSystem(systemId);
  const entries = useEntriesReferencing(`system:${systemId}`);
  const history = useMemo(() => stateHistory(entries, systemId), [entries, systemId]);

  const back = (
    <button type="button" className="btn-link sys-back" onClick={onBack}>
      {t('page.back')}
    </button>
  );
  if (system === undefined) return <p className="empty">{t('page.loading')}</p>;
  if (system === null || system.incidentId !== incident.id) {
    return (
      <div className="sys-page">
        {back}
        <p className="empty">{t('page.notFound')}</p>
      </div>
    );
  }
  return (
    <article className="sys-page" aria-labelledby={titleId}>
      {back}
      <header className="row sys-page-header">
        <h2 id={titleId}>{system.name}</h2>
        <span className="muted">{t(`type.${system.type}`)}</span>
        <StateBadge state={system.state} />
        <CriticalityBadge criticality={system.criticality} />
        <FlagBadges system={system} />
      </header>
      <div className="sys-page-grid">
        <div className="sys-page-column">
          <ContainmentPanel system={system} />
          <SystemDetailsPanel system={system} />
          <SystemRuns incidentId={incident.id} systemId={system.id} onOpenRun={onOpenRun} onStartRun={onStartRun} />
        </div>
        <div className="sys-page-column">
          <StateHistory rows={history} zone={incident.timeZone} />
          <SystemEntries entries={entries ?? []} zone={incident.timeZone} />
        </div>
      </div>
    </article>
  );
}
