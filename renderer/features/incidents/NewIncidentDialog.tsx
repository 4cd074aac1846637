// Opening a new incident: its details and, when known, when it was detected and
// when the organisation became aware (each a decision entry that deadlines run from).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Anchor } from '../../../shared/domain/incident';
import { notebook, type AnchorInput } from '../../data';
import { Dialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import { isWallValid, resolveEventTime, type EventTimeValue } from '../../components/EventTimeField';
import { AnchorChoice } from './AnchorChoice';
import { IncidentFields, type IncidentDetailsDraft } from './IncidentFields';
import { formError } from './formError';
import { useIncidentTexts } from './incidentTexts';
import './incidents.css';

const blankDetails = (): IncidentDetailsDraft => ({ title: '', code: '', severity: 'high', timeZone: notebook.deviceZone() });

export interface NewIncidentDialogProps {
  open: boolean;
  onClose(): void;
  onCreated(id: string): void;
}

export function NewIncidentDialog({ open, onClose, onCreated }: NewIncidentDialogProps) {
  const { t } = useTranslation('incidents');
  const texts = useIncidentTexts();
  const formId = useId();
  const [details, setDetails] = useState(blankDetails);
  const [times, setTimes] = useState<Record<Anchor, EventTimeValue | null>>({ detected: null, 'became-aware': null });
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const reset = () => {
    setDetails(blankDetails());
    setTimes({ detected: null, 'became-aware': null });
    setError(null);
  };

  const anchorInputs = (now: Date): AnchorInput[] =>
    (Object.entries(times) as [Anchor, EventTimeValue | null][]).flatMap(([anchor, value]) => {
      if (!value) return [];
      if (!isWallValid(value)) throw formError('incidents:errors.timeRequired');
      const time = resolveEventTime(value, now);
      return [{ anchor, ...time, text: texts.anchor(anchor, time) }];
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      const incident = await notebook.createIncident({ ...details, anchors: anchorInputs(notebook.now()) });
      reset();
      onCreated(incident.id);
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  };

  const footer = (
    <>
      <button type="button" className="btn" onClick={onClose}>
        {t('common:actions.cancel')}
      </button>
      <button type="submit" form={formId} className="btn btn-primary" disabled={saving}>
        {t('new.submit')}
      </button>
    </>
  );

  return (
    <Dialog open={open} title={t('new.title')} onClose={onClose} footer={footer}>
      <form id={formId} onSubmit={submit} noValidate aria-busy={saving}>
        <IncidentFields value={details} onChange={setDetails} />
        <p className="field-hint">{t('new.anchorsHint')}</p>
        {(['detected', 'became-aware'] as const).map((anchor) => (
          <AnchorChoice
            key={anchor}
            anchor={anchor}
            value={times[anchor]}
            zone={details.timeZone}
            onChange={(value) => setTimes((current) => ({ ...current, [anchor]: value }))}
          />
        ))}
        <ErrorText error={error} />
      </form>
    </Dialog>
  );
}
