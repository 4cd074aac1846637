// How far a backup or a backup check is: a bar and bytes done of the total.
import { formatBytes } from '../evidence/format';

export interface BackupProgressBarProps {
  label: string;
  bytes: number;
  total: number;
  language: string;
}

export function BackupProgressBar({ label, bytes, total, language }: BackupProgressBarProps) {
  const percent = total > 0 ? Math.min(100, Math.floor((bytes / total) * 100)) : 0;
  const done = formatBytes(bytes, language);
  const all = formatBytes(total, language);
  return (
    <div className="backup-progress">
      <div className="backup-progress-track" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={`${percent}% (${done} / ${all})`}>
        <span className="backup-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="backup-progress-figures">
        {done} / {all}
      </span>
    </div>
  );
}
