// The checklist runs that target a system, how far each has got, and a way to
// open one (or start one) on the Checklists tab.
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localized } from '../../../shared/domain/localized';
import { useRuns } from '../../data';
import { RunMeter } from './RunMeter';
import { runsBySystem } from './runProgress';

export interface SystemRunsProps {
  incidentId: string;
  systemId: string;
  onOpenRun(runId: string): void;
  onStartRun?(systemId: string): void;
}

export function SystemRuns({ incidentId, systemId, onOpenRun, onStartRun }: SystemRunsProps) {
  const { t, i18n } = useTranslation('systems');
  const titleId = useId();
  const all = useRuns(incidentId);
  const runs = useMemo(() => runsBySystem(all).get(systemId) ?? [], [all, systemId]);
  return (
    <section className="sys-panel" aria-labelledby={titleId}>
      <div className="row">
        <h3 id={titleId}>{t('runs.title')}</h3>
        <span className="spacer" />
        {onStartRun && (
          <button type="button" className="btn btn-small" onClick={() => onStartRun(systemId)}>
            {t('runs.start')}
          </button>
        )}
      </div>
      {runs.length === 0 ? (
        <p className="muted small">{t('runs.empty')}</p>
      ) : (
        <ul className="sys-runs">
          {runs.map(({ run, progress }) => (
            <li key={run.id} className="row">
              <RunMeter run={run} progress={progress} />
              <button
                type="button"
                className="btn btn-small"
                aria-label={t('runs.openNamed', { title: localized(run.template.title, i18n.language) })}
                onClick={() => onOpenRun(run.id)}
              >
                {t('runs.open')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
