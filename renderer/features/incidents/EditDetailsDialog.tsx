// Renaming, re-coding, re-grading or re-zoning an incident; the log gets one
// entry spelling out each change ("title “A” → “B”; severity High → Critical").
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import { notebook } from '../../data';
import { Dialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
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
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const after = normalizeDetails(draft);
  const changed = detailsChanged(incident, after);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    if (!changed) return onClose();
    setSaving(true);
    setError(null);
    try {
      await notebook.updateIncidentDetails(incident.id, after, texts.details(incident, after));
      onClose();
    } catch (cause) {
      setError(cause);
      setSaving(false);
    }
  };

  const footer = (
    <>
      <button type="button" className="btn" onClick={onClose}>
        {t('common:actions.cancel')}
      </button>
      <button type="submit" form={formId} className="btn btn-primary" disabled={saving || !changed}>
        {t('edit.submit')}
      </button>
    </>
  );

  return (
    <Dialog open title={t('edit.title')} onClose={onClose} footer={footer}>
      <form id={formId} onSubmit={submit} noValidate aria-busy={saving}>
        <IncidentFields value={draft} onChange={setDraft} />
        <p className="field-hint">{t('edit.hint')}</p>
        <ErrorText error={error} />
      </form>
    </Dialog>
  );
}
