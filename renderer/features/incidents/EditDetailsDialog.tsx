// Renaming, re-coding, re-grading or re-zoning an incident; the log gets one
// entry spelling out each change ("title “A” → “B”; severity High → Critical").
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import { notebook } from '../../data';
import { Dialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import { DialogActions } from '../../components/DialogActions';
import { useFormAction } from '../../components/useFormAction';
import { IncidentFields, type IncidentDetailsDraft } from './IncidentFields';
import { detailsChanged, normalizeDetails, useIncidentTexts } from './incidentTexts';

export function EditDetailsDialog({ incident, onClose }: { incident: Incident; onClose(): void }) {
  const { t } = useTranslation('incidents');
  const texts = useIncidentTexts();
  const formId = useId();
  const [draft, setDraft] = useState<IncidentDetailsDraft>({
    title: incident.title,
    code: incident.code,
    severity: incident.severity,
    timeZone: incident.timeZone,
  });
  const after = normalizeDetails(draft);
  const changed = detailsChanged(incident, after);

  const { busy, error, run } = useFormAction(async () => {
    if (changed) await notebook.updateIncidentDetails(incident.id, after, texts.details(incident, after));
    onClose();
  });
  // Nothing to save until something changed.
  const footer = <DialogActions formId={formId} confirmLabel={t('edit.submit')} onCancel={onClose} busy={busy || !changed} />;

  return (
    <Dialog open title={t('edit.title')} onClose={onClose} footer={footer}>
      <form id={formId} onSubmit={run} noValidate aria-busy={busy}>
        <IncidentFields value={draft} onChange={setDraft} />
        <p className="field-hint">{t('edit.hint')}</p>
        <ErrorText error={error} />
      </form>
    </Dialog>
  );
}
