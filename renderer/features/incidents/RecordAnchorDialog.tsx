// Recording when the incident was detected, or when the organisation became
// aware of it: a decision entry in the log, and the incident's anchor from then on.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Anchor, Incident } from '../../../shared/domain/incident';
import { notebook } from '../../data';
import { Dialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import { EventTimeField, isWallValid, resolveEventTime, type EventTimeValue } from '../../components/EventTimeField';
import { formError } from './formError';
import { eventTimeNow, useIncidentTexts } from './incidentTexts';

export function RecordAnchorDialog({ incident, anchor, onClose }: { incident: Incident; anchor: Anchor; onClose(): void }) {
  const { t } = useTranslation('incidents');
  const texts = useIncidentTexts();
  const formId = useId();
  const [value, setValue] = useState<EventTimeValue>(() => eventTimeNow(incident.timeZone, notebook.now()));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      if (!isWallValid(value)) throw formError('incidents:errors.timeRequired');
      const time = resolveEventTime(value, notebook.now());
      await notebook.recordAnchor(incident.id, { anchor, ...time, text: texts.anchor(anchor, time) });
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
        {t('record.submit')}
      </button>
    </>
  );

  return (
    <Dialog open title={t(`anchors.${anchor}.record`)} onClose={onClose} footer={footer}>
      <form id={formId} onSubmit={submit} noValidate aria-busy={saving}>
        <EventTimeField label={t(`anchors.${anchor}.at`)} value={value} onChange={setValue} allowNow />
        <p className="field-hint">{t('record.hint')}</p>
        <ErrorText error={error} />
      </form>
    </Dialog>
  );
}
