// How far a verification is: reading (inflating and hashing every file) or checking
// (manifests, signature, chains), a bar with bytes read of the total, and Cancel.
import { useTranslation } from 'react-i18next';
import type { VerifyProgress } from '../../../shared/bundle/verify';
import { formatBytes } from '../evidence/format';

export interface VerifyProgressPanelProps {
  fileName: string;
  progress: VerifyProgress | null;
  onCancel(): void;
}

export function VerifyProgressPanel({ fileName, progress, onCancel }: VerifyProgressPanelProps) {
  const { t, i18n } = useTranslation('bundle');
  const phase = progress?.phase ?? 'reading';
  const bytes = progress?.bytes ?? 0;
  const total = progress?.total ?? 0;
  const percent = phase === 'checking' ? 100 : total > 0 ? Math.min(100, Math.floor((bytes / total) * 100)) : 0;
  const done = formatBytes(bytes, i18n.language);
  const all = formatBytes(total, i18n.language);
  return (
    <div className="vb-progress" role="status">
      <p>{t(`verify.progress.${phase}`, { name: fileName })}</p>
      <div className="row">
        <div
          className="vb-progress-track"
          role="progressbar"
          aria-label={t('verify.progress.label', { name: fileName })}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={t('verify.progress.valueText', { percent, done, total: all })}
        >
          <span className="vb-progress-fill" style={{ width: `${percent}%` }} />
        </div>
        <button type="button" className="btn btn-small" onClick={onCancel}>
          {t('verify.progress.cancel')}
        </button>
      </div>
      {phase === 'reading' && total > 0 && <p className="muted small">{t('verify.progress.bytes', { done, total: all })}</p>}
      <p className="field-hint">{t('verify.progress.nothingWritten')}</p>
    </div>
  );
}
