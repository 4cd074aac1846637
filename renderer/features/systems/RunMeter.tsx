// A checklist run's progress in one line: its title, a bar, "settled/total" and blocked items.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ChecklistRun, Progress } from '../../../shared/domain/checklistRun';
import { localized } from '../../../shared/domain/localized';

export interface RunMeterProps {
  run: ChecklistRun;
  progress: Progress;
  compact?: boolean;
}

export function RunMeter(props: RunMeterProps) {
  const { t, i18n } = useTranslation('systems');
  return runMeter(t, i18n.language, props);
}

/** The meter without a hook of its own, for the board's many cards. */
export function runMeter(t: TFunction, language: string, { run, progress, compact = false }: RunMeterProps) {
  const title = localized(run.template.title, language);
  const settled = progress.done + progress.notApplicable;
  return (
    <div key={run.id} className={compact ? 'sys-run-meter small' : 'sys-run-meter'}>
      <span className="sys-run-title">{title}</span>
      <progress
        max={Math.max(progress.total, 1)}
        value={settled}
        aria-label={t('runs.progressLabel', { title })}
        aria-valuetext={t('runs.progress', { settled, total: progress.total })}
      />
      <span className="sys-run-ratio">{t('runs.progress', { settled, total: progress.total })}</span>
      {progress.blocked > 0 && <span className="badge badge-warn">{t('runs.blocked', { count: progress.blocked })}</span>}
    </div>
  );
}
