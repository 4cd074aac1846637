// The export as it runs: what it is doing (reading, preparing rows, writing, printing,
// saving), a bar where the work can be counted, and Cancel.
import { useTranslation } from 'react-i18next';
import type { RunProgress } from './exportRun';

const PHASE_KEY: Record<RunProgress['phase'], string> = {
  reading: 'progress.reading',
  checking: 'progress.checking',
  building: 'progress.building',
  writing: 'progress.writing',
  printing: 'progress.printing',
  saving: 'progress.saving',
};

export function ExportProgress({ progress, onCancel }: { progress: RunProgress; onCancel(): void }) {
  const { t } = useTranslation('export');
  const counted = progress.total > 0;
  return (
    <div className="export-progress">
      <p role="status">{t(PHASE_KEY[progress.phase], { done: progress.done, total: progress.total })}</p>
      <progress aria-label={t('progress.label')} max={counted ? progress.total : undefined} value={counted ? progress.done : undefined} />
      <div className="row">
        <span className="spacer" />
        <button type="button" className="btn" onClick={onCancel} autoFocus>
          {t('dialog.cancel')}
        </button>
      </div>
    </div>
  );
}
