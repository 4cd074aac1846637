// Recording a clock anchor ("Classified as major", "Ransom paid"): when, and who took
// the decision; written to the log as a decision entry.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnchorType } from '../../../shared/domain/deadline';
import type { Incident } from '../../../shared/domain/incident';
import { notebook } from '../../data';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { ErrorText, formError } from '../../components/ErrorText';
import { EventTimeField, isWallValid, resolveEventTime, type EventTimeValue } from '../../components/EventTimeField';
import { Field } from '../../components/Field';
import { useFormAction } from '../../components/useFormAction';
import { eventTimeNow } from '../incidents/incidentTexts';
import { useDeadlineTexts } from './deadlineTexts';

export interface RecordDeadlineAnchorDialogProps {
  incident: Incident;
  anchor: AnchorType;
  onClose(): void;
}

export function RecordDeadlineAnchorDialog({ incident, anchor, onClose }: RecordDeadlineAnchorDialogProps) {
  const { t } = useTranslation('deadlines');
  const texts = useDeadlineTexts();
  const formId = useId();
  const [when, setWhen] = useState<EventTimeValue>(() => eventTimeNow(incident.timeZone, notebook.now()));
  const [decidedBy, setDecidedBy] = useState('');
  const { busy, error, run } = useFormAction(async () => {
    if (!isWallValid(when)) throw formError('form.timeRequired');
    const time = resolveEventTime(when, notebook.now());
    await notebook.recordDeadlineAnchor(incident.id, { anchor, ...time, decidedBy: decidedBy.trim() || null, text: texts.anchorLog(anchor, decidedBy) });
    onClose();
  });
  const title = t('record.title', { anchor: texts.anchor(anchor) });

  return (
    <Dialog open title={title} onClose={onClose} footer={<DialogActions formId={formId} confirmLabel={t('record.submit')} onCancel={onClose} busy={busy} />}>
      <form id={formId} onSubmit={run} noValidate aria-busy={busy}>
        <EventTimeField label={t('record.when')} value={when} onChange={setWhen} allowNow />
        <Field label={t('record.decidedBy')} hint={t('record.decidedByHint')}>
          <input type="text" value={decidedBy} onChange={(e) => setDecidedBy(e.target.value)} maxLength={200} autoFocus />
        </Field>
        <p className="field-hint">{t('record.hint')}</p>
        <ErrorText error={error} />
      </form>
    </Dialog>
  );
}
