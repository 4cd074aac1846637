// Opening a new incident: its details and, when known, when it was detected and
// when the organisation became aware (each a decision entry that deadlines run from).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Anchor } from '../../../shared/domain/incident';
import { notebook, type AnchorInput } from '../../data';
import { Dialog } from '../../components/Dialog';
import { ErrorText, formError } from '../../components/ErrorText';
import { DialogActions } from '../../components/DialogActions';
import { useFormAction } from '../../components/useFormAction';
import { isWallValid, resolveEventTime, type EventTimeValue } from '../../components/EventTimeField';
import { AnchorChoice } from './AnchorChoice';
import { IncidentFields, type IncidentDetailsDraft } from './IncidentFields';
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

  const anchorInputs = (now: Date): AnchorInput[] =>
    (Object.entries(times) as [Anchor, EventTimeValue | null][]).flatMap(([anchor, value]) => {
      if (!value) return [];
      if (!isWallValid(value)) throw formError('form.timeRequired');
      const time = resolveEventTime(value, now);
      return [{ anchor, ...time, text: texts.anchor(anchor, time) }];
    });

  const { busy, error, run } = useFormAction(async () => {
    const incident = await notebook.createIncident({ ...details, anchors: anchorInputs(notebook.now()) });
    setDetails(blankDetails());
    setTimes({ detected: null, 'became-aware': null });
    onCreated(incident.id);
  });
  const footer = <DialogActions formId={formId} confirmLabel={t('new.submit')} onCancel={onClose} busy={busy} />;

  return (
    <Dialog open={open} title={t('new.title')} onClose={onClose} footer={footer}>
      <form id={formId} onSubmit={run} noValidate aria-busy={busy}>
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
