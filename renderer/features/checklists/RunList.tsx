// The incident's checklist runs, left of the selected one: what, for which
// system, and how far along. Runs of one template for several hosts sit side by side.
import { useTranslation } from 'react-i18next';
import { progressOf } from '../../../shared/domain/checklistRun';
import { templateItems } from '../../../shared/domain/checklistTemplate';
import type { RunWithStatus } from '../../data';
import { ProgressBar } from './ProgressBar';
import { useChecklistTexts, type SystemNames } from './checklistTexts';

export interface RunListProps {
  runs: readonly RunWithStatus[];
  names: SystemNames;
  selectedId: string | null;
  onSelect(runId: string): void;
}

export function RunList({ runs, names, selectedId, onSelect }: RunListProps) {
  const { t } = useTranslation('checklists');
  const texts = useChecklistTexts();
  return (
    <ul className="cl-run-list" aria-label={t('view.runs')}>
      {runs.map(({ run, statuses }) => {
        const progress = progressOf(
          templateItems(run.template).map((item) => item.id),
          statuses,
        );
        const selected = run.id === selectedId;
        return (
          <li key={run.id}>
            <button
              type="button"
              className={selected ? 'cl-run-button selected' : 'cl-run-button'}
              aria-current={selected ? 'true' : undefined}
              onClick={() => onSelect(run.id)}
            >
              <span className="cl-run-title">{texts.runTitle(run)}</span>
              <span className={run.systemId ? 'cl-run-target' : 'cl-run-target muted'}>{texts.target(run, names)}</span>
              <ProgressBar progress={progress} label={t('progress.label')} />
            </button>
          </li>
        );
      })}
    </ul>
  );
}
