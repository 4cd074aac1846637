// Closing or reopening an incident is a decision: confirmed here, with an
// optional note, and written to the log.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import { notebook } from '../../data';
import { Dialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { useIncidentTexts } from './incidentTexts';

export function StatusDialog({ incident, onClose }: { incident: Incident; onClose(): void }) {
  const { t } = useTranslation('incidents');
  const texts = useIncidentTexts();
  const formId = useId();
  const next = incident.status === 'open' ? 'closed' : 'open';
  const mode = next === 'closed' ? 'close' : 'reopen';
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      await notebook.setIncidentStatus(incident.id, next, texts.status(next, note));
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
      <button type="submit" form={formId} className="btn btn-primary" disabled={saving}>
        {t(`status.${mode}.confirm`)}
      </button>
    </>
  );

  return (
    <Dialog open title={t(`status.${mode}.title`)} onClose={onClose} footer={footer}>
      <form id={formId} onSubmit={submit} noValidate aria-busy={saving}>
        <p>{t(`status.${mode}.intro`)}</p>
        <Field label={t('status.note')} hint={t('status.noteHint')}>
          <textarea rows={3} value={note} onChange={(e) => setNote(e.target.value)} autoFocus />
        </Field>
        <ErrorText error={error} />
      </form>
    </Dialog>
  );
}
