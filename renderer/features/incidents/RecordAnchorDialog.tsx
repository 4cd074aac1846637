// Recording when the incident was detected, or when the organisation became
// aware of it: a decision entry in the log, and the incident's anchor from then on.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Anchor, Incident } from '../../../shared/domain/incident';
import { notebook } from '../../data';
import { Dialog } from '../../components/Dialog';
import { ErrorText, formError } from '../../components/ErrorText';
import { DialogActions } from '../../components/DialogActions';
import { useFormAction } from '../../components/useFormAction';
import { EventTimeField, isWallValid, resolveEventTime, type EventTimeValue } from '../../components/EventTimeField';
import { eventTimeNow, useIncidentTexts } from './incidentTexts';

export function RecordAnchorDialog({ incident, anchor, onClose }: { incident: Incident; anchor: Anchor; onClose(): void }) {
  const { t } = useTranslation('incidents');
  const texts = useIncidentTexts();
  const formId = useId();
  const [value, setValue] = useState<EventTimeValue>(() => eventTimeNow(incident.timeZone, notebook.now()));
  const { busy, error, run } = useFormAction(async () => {
    if (!isWallValid(value)) throw formError('form.timeRequired');
    const time = resolveEventTime(value, notebook.now());
    await notebook.recordAnchor(incident.id, { anchor, ...time, text: texts.anchor(anchor, time) });
    onClose();
  });
  const footer = <DialogActions formId={formId} confirmLabel={t('record.submit')} onCancel={onClose} busy={busy} />;

  return (
    <Dialog open title={t(`anchors.${anchor}.record`)} onClose={onClose} footer={footer}>
      <form id={formId} onSubmit={run} noValidate aria-busy={busy}>
        <EventTimeField label={t(`anchors.${anchor}.at`)} value={value} onChange={setValue} allowNow />
        <p className="field-hint">{t('record.hint')}</p>
        <ErrorText error={error} />
      </form>
    </Dialog>
  );
}
