// The bundle export as it runs: what it is doing, how many bytes of records and evidence
// have gone into the ZIP, and a Cancel that stops it with nothing recorded.
import { useTranslation } from 'react-i18next';
import type { BundleProgress } from '../../bundle';
import { HashProgressBar } from '../evidence/HashProgressBar';

export function ExportBundleProgress({ progress, onCancel }: { progress: BundleProgress; onCancel(): void }) {
  const { t } = useTranslation('bundle');
  return (
    <>
      <p role="status">{t(`exportBundle.phase.${progress.phase}`)}</p>
      {progress.total > 0 && <HashProgressBar label={t('exportBundle.progressLabel')} bytes={progress.bytes} total={progress.total} />}
      <p className="field-hint">{t('exportBundle.runningHint')}</p>
      <div className="row">
        <span className="spacer" />
        <button type="button" className="btn" onClick={onCancel}>
          {t('exportBundle.cancel')}
        </button>
      </div>
    </>
  );
}
