// How far a run or a phase is: a bar, "settled/total", and optionally the counts by state.
import { useTranslation } from 'react-i18next';
import type { Progress } from '../../../shared/domain/checklistRun';

export interface ProgressBarProps {
  progress: Progress;
  label: string;
  counts?: boolean;
  className?: string;
}

export function ProgressBar({ progress, label, counts = false, className }: ProgressBarProps) {
  const { t } = useTranslation('checklists');
  const settled = progress.done + progress.notApplicable;
  const percent = Math.round(progress.ratio * 100);
  const blockedPercent = progress.total === 0 ? 0 : Math.round((progress.blocked / progress.total) * 100);
  return (
    <div className={className ? `cl-progress ${className}` : 'cl-progress'}>
      <div
        className="cl-progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={settled}
        aria-valuetext={t('progress.valueText', { settled, total: progress.total })}
      >
        <span className="cl-progress-fill" style={{ width: `${percent}%` }} />
        {progress.blocked > 0 && <span className="cl-progress-blocked" style={{ width: `${blockedPercent}%` }} />}
      </div>
      <span className="cl-progress-ratio">{t('progress.ratio', { settled, total: progress.total })}</span>
      {counts && (
        <span className="cl-progress-counts small">
          <span>{t('progress.done', { count: progress.done })}</span>
          <span>{t('progress.notApplicable', { count: progress.notApplicable })}</span>
          <span className={progress.blocked > 0 ? 'cl-count-blocked' : undefined}>{t('progress.blocked', { count: progress.blocked })}</span>
          <span>{t('progress.open', { count: progress.open })}</span>
        </span>
      )}
    </div>
  );
}
