// A checklist run's progress in one line: its title, a bar, "settled/total" and blocked items.
import { useTranslation } from 'react-i18next';
import type { ChecklistRun, Progress } from '../../../shared/domain/checklistRun';
import { localized } from '../../../shared/domain/localized';

export interface RunMeterProps {
  run: ChecklistRun;
  progress: Progress;
  compact?: boolean;
}

export function RunMeter({ run, progress, compact = false }: RunMeterProps) {
  const { t, i18n } = useTranslation('systems');
  const title = localized(run.template.title, i18n.language);
  const settled = progress.done + progress.notApplicable;
  return (
    <div className={compact ? 'sys-run-meter small' : 'sys-run-meter'}>
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
