// "Export evidence bundle…": choose whether the evidence files go in and why they leave,
// see about how big the ZIP will be, watch it being written (or cancel), then read what
// was saved and recorded in each item's custody.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import { useBundleEstimate } from '../../data';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { ErrorText, formError } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { useFormAction } from '../../components/useFormAction';
import { formatBytes } from '../evidence/format';
import { ExportBundleProgress } from './ExportBundleProgress';
import { ExportBundleResult } from './ExportBundleResult';
import { useExportBundle } from './ExportBundleRun';

// Per entry: its JSON record, CSV row and HTML row together; measured on sample logs, rounded up.
const BYTES_PER_ENTRY = 2_500;
const FIXED_BYTES = 24 * 1024;

export function ExportBundleDialog({ incident, onClose }: { incident: Incident; onClose(): void }) {
  const { t, i18n } = useTranslation('bundle');
  const formId = useId();
  const estimate = useBundleEstimate(incident.id);
  const [includeEvidence, setIncludeEvidence] = useState(true);
  const [purpose, setPurpose] = useState(() => t('exportBundle.purposeDefault'));
  const { state, start, cancel } = useExportBundle(incident.id);
  const { error, run } = useFormAction(async () => {
    if (!purpose.trim()) throw formError('evidence.purposeRequired');
    await start({ includeEvidence, purpose: purpose.trim() });
  });

  const size = (bytes: number) => formatBytes(bytes, i18n.language);
  const evidenceBytes = estimate && includeEvidence ? estimate.evidenceBytes : 0;
  const total = estimate ? FIXED_BYTES + estimate.entries * BYTES_PER_ENTRY + evidenceBytes : null;

  if (state.step === 'running') {
    return (
      <Dialog open title={t('exportBundle.title')} onClose={cancel} footer={null}>
        <ExportBundleProgress progress={state.progress} onCancel={cancel} />
      </Dialog>
    );
  }
  if (state.step === 'finished') {
    const footer = (
      <button type="button" className="btn btn-primary" onClick={onClose} autoFocus>
        {t('exportBundle.close')}
      </button>
    );
    return (
      <Dialog open title={t('exportBundle.doneTitle')} onClose={onClose} footer={footer}>
        <ExportBundleResult outcome={state.outcome} />
      </Dialog>
    );
  }

  const footer = <DialogActions formId={formId} confirmLabel={t('exportBundle.submit')} onCancel={onClose} />;
  return (
    <Dialog open title={t('exportBundle.title')} onClose={onClose} footer={footer}>
      <form id={formId} onSubmit={run} noValidate>
        <p>{t('exportBundle.intro')}</p>
        <label className="row">
          <input type="checkbox" checked={includeEvidence} onChange={(e) => setIncludeEvidence(e.target.checked)} disabled={estimate?.evidenceItems === 0} />
          {t('exportBundle.includeEvidence')}
        </label>
        <p className="field-hint">
          {estimate?.evidenceItems === 0
            ? t('exportBundle.noEvidence')
            : estimate && t('exportBundle.evidenceHint', { count: estimate.evidenceItems, size: size(estimate.evidenceBytes) })}
        </p>
        <Field label={t('exportBundle.purpose')} hint={t('exportBundle.purposeHint')}>
          <input type="text" value={purpose} onChange={(e) => setPurpose(e.target.value)} maxLength={2000} autoFocus />
        </Field>
        <p role="status">{total !== null && t('exportBundle.estimate', { size: size(total) })}</p>
        {state.notice && <p className="field-hint">{t(`exportBundle.notice.${state.notice}`)}</p>}
        <ErrorText error={error ?? state.error} />
      </form>
    </Dialog>
  );
}
