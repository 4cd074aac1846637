// Closing or reopening an incident is a decision: confirmed here, with an
// optional note, and written to the log.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import { notebook } from '../../data';
import { Dialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import { DialogActions } from '../../components/DialogActions';
import { useFormAction } from '../../components/useFormAction';
import { Field } from '../../components/Field';
import { useIncidentTexts } from './incidentTexts';

export function StatusDialog({ incident, onClose }: { incident: Incident; onClose(): void }) {
  const { t } = useTranslation('incidents');
  const texts = useIncidentTexts();
  const formId = useId();
  const next = incident.status === 'open' ? 'closed' : 'open';
  const mode = next === 'closed' ? 'close' : 'reopen';
  const [note, setNote] = useState('');
  const { busy, error, run } = useFormAction(async () => {
    await notebook.setIncidentStatus(incident.id, next, texts.status(next, note));
    onClose();
  });
  const footer = <DialogActions formId={formId} confirmLabel={t(`status.${mode}.confirm`)} onCancel={onClose} busy={busy} />;

  return (
    <Dialog open title={t(`status.${mode}.title`)} onClose={onClose} footer={footer}>
      <form id={formId} onSubmit={run} noValidate aria-busy={busy}>
        <p>{t(`status.${mode}.intro`)}</p>
        <Field label={t('status.note')} hint={t('status.noteHint')}>
          <textarea rows={3} value={note} onChange={(e) => setNote(e.target.value)} autoFocus />
        </Field>
        <ErrorText error={error} />
      </form>
    </Dialog>
  );
}
