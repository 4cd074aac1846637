// The top of a run: what it is, for whom, who started it and when, how far it is,
// and the way to paper.
import { useTranslation } from 'react-i18next';
import type { ChecklistRun, Progress } from '../../../shared/domain/checklistRun';
import { TimeText } from '../../components/TimeText';
import { ProgressBar } from './ProgressBar';
import { useChecklistTexts, type SystemNames } from './checklistTexts';

export interface RunHeaderProps {
  run: ChecklistRun;
  progress: Progress;
  names: SystemNames;
  zone: string;
  onOpenSystem(id: string): void;
  onPrint(): void;
}

export function RunHeader({ run, progress, names, zone, onOpenSystem, onPrint }: RunHeaderProps) {
  const { t } = useTranslation('checklists');
  const texts = useChecklistTexts();
  const target = texts.target(run, names);
  const { systemId } = run;
  return (
    <header className="cl-run-header">
      <div className="row">
        <h2 className="cl-run-heading">{texts.runTitle(run)}</h2>
        <span className="cl-run-for">
          {systemId ? (
            <button type="button" className="btn-link" onClick={() => onOpenSystem(systemId)} aria-label={t('target.openSystem', { name: target })}>
              {target}
            </button>
          ) : (
            <span className="muted">{target}</span>
          )}
        </span>
        <span className="spacer" />
        <button type="button" className="btn cl-print-button" onClick={onPrint}>
          {t('actions.print')}
        </button>
      </div>
      <p className="cl-run-started muted small">
        {t('run.startedBy', { name: run.startedBy.name })}
        {run.startedBy.role ? ` (${run.startedBy.role})` : ''} · <TimeText iso={run.startedAt} zone={zone} />
      </p>
      <ProgressBar progress={progress} label={t('progress.label')} counts className="cl-run-progress" />
      {run.template.description && <p className="cl-run-description small">{texts.text(run.template.description)}</p>}
      <p className="muted small">{t('run.keyboardHint')}</p>
    </header>
  );
}
