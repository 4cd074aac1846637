// How far a SHA-256 computation is: a bar, bytes done of total, throughput and time left.
// Shared by intake (one file) and Verify all (every stored file).
import { useTranslation } from 'react-i18next';
import { formatBytes, formatDuration, formatRate } from './format';

export interface HashProgressBarProps {
  label: string;
  bytes: number;
  total: number;
  bytesPerSecond?: number | null;
  secondsLeft?: number | null;
}

export function HashProgressBar({ label, bytes, total, bytesPerSecond = null, secondsLeft = null }: HashProgressBarProps) {
  const { t, i18n } = useTranslation('evidence');
  const language = i18n.language;
  const percent = total > 0 ? Math.min(100, Math.floor((bytes / total) * 100)) : bytes >= total ? 100 : 0;
  const done = formatBytes(bytes, language);
  const all = formatBytes(total, language);
  return (
    <div className="ev-progress">
      <div
        className="ev-progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('intake.progress.valueText', { percent, done, total: all })}
      >
        <span className="ev-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="ev-progress-figures small">
        <span>{t('intake.progress.bytes', { done, total: all })}</span>
        {bytesPerSecond !== null && bytesPerSecond > 0 && <span>{t('intake.progress.rate', { rate: formatRate(bytesPerSecond, language) })}</span>}
        {secondsLeft !== null && bytes < total && <span>{t('intake.progress.left', { time: formatDuration(secondsLeft, language) })}</span>}
      </p>
    </div>
  );
}
