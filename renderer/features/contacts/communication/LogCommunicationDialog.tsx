// Logging a call, e-mail, meeting or message with a contact: a `communication` entry in the
// incident log, linked to the contact, carrying the reference number the other side gave.
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMMUNICATION_CHANNELS,
  COMMUNICATION_DIRECTIONS,
  type CommunicationChannel,
  type CommunicationDetails,
  type CommunicationDirection,
} from '../../../../shared/domain/communication';
import type { Incident } from '../../../../shared/domain/incident';
import { notebook, type DirectoryContact } from '../../../data';
import { Dialog } from '../../../components/Dialog';
import { DialogActions } from '../../../components/DialogActions';
import { ErrorText, formError } from '../../../components/ErrorText';
import { EventTimeField, isWallValid, resolveEventTime, type EventTimeValue } from '../../../components/EventTimeField';
import { Field } from '../../../components/Field';
import { useFormAction } from '../../../components/useFormAction';
import { eventTimeNow } from '../../incidents/incidentTexts';
import { ChoiceGroup } from './ChoiceGroup';
import { ViaField, defaultVia, resolveVia, type ViaValue } from './ViaField';
import { useCommunicationTexts } from './communicationTexts';
import './communication.css';

export interface LogCommunicationDialogProps {
  incident: Incident;
  contact: DirectoryContact;
  onClose(): void;
}

export function LogCommunicationDialog({ incident, contact, onClose }: LogCommunicationDialogProps) {
  const { t } = useTranslation('communications');
  const texts = useCommunicationTexts();
  const formId = useId();
  const name = texts.name(contact);
  const [channel, setChannel] = useState<CommunicationChannel>('call');
  const [direction, setDirection] = useState<CommunicationDirection>('outbound');
  const [via, setVia] = useState<ViaValue>(() => defaultVia(contact, 'call'));
  const [viaTouched, setViaTouched] = useState(false);
  const [when, setWhen] = useState<EventTimeValue>(() => eventTimeNow(incident.timeZone, notebook.now()));
  const [outcome, setOutcome] = useState('');
  const [reference, setReference] = useState('');
  const [followUp, setFollowUp] = useState('');

  const { busy, error, run } = useFormAction(async () => {
    if (!isWallValid(when)) throw formError('form.timeRequired');
    const details: CommunicationDetails = {
      contactId: contact.id,
      contactName: name,
      channel,
      direction,
      via: resolveVia(via),
      outcome: outcome.trim(),
      reference: reference.trim(),
      followUp: followUp.trim(),
    };
    const time = resolveEventTime(when, notebook.now());
    await notebook.logCommunication({ incidentId: incident.id, details, ...time, text: texts.entry(details) });
    onClose();
  });

  const changeChannel = (next: CommunicationChannel) => {
    setChannel(next);
    // Follow the channel with the usual line until the responder picks one themselves.
    if (!viaTouched) setVia(defaultVia(contact, next));
  };
  // Enter in a one-line field submits natively; Ctrl/Cmd+Enter submits from the text areas too.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void run();
  };
  const footer = <DialogActions formId={formId} confirmLabel={t('dialog.submit')} onCancel={onClose} busy={busy} />;

  return (
    <Dialog open title={t('dialog.title', { name })} onClose={onClose} footer={footer}>
      <form id={formId} className="comm-form" onSubmit={run} onKeyDown={onKeyDown} noValidate aria-busy={busy}>
        <div className="comm-choices">
          <ChoiceGroup
            legend={t('dialog.channel')}
            options={COMMUNICATION_CHANNELS}
            value={channel}
            onChange={changeChannel}
            label={(c) => t(`channel.${c}`)}
            autoFocus
          />
          <ChoiceGroup
            legend={t('dialog.direction')}
            options={COMMUNICATION_DIRECTIONS}
            value={direction}
            onChange={(d: CommunicationDirection) => setDirection(d)}
            label={(d) => t(`direction.${d}`)}
            hint={(d) => t(`direction.${d}Hint`)}
          />
        </div>
        <ViaField
          contact={contact}
          value={via}
          onChange={(next) => {
            setViaTouched(true);
            setVia(next);
          }}
        />
        <EventTimeField label={t('dialog.when')} value={when} onChange={setWhen} allowNow />
        <Field label={t('dialog.outcome')} hint={t('dialog.outcomeHint')}>
          <textarea rows={3} value={outcome} onChange={(e) => setOutcome(e.target.value)} maxLength={4000} />
        </Field>
        <Field label={t('dialog.reference')} hint={t('dialog.referenceHint')}>
          <input type="text" className="mono" value={reference} onChange={(e) => setReference(e.target.value)} maxLength={200} spellCheck={false} />
        </Field>
        <Field label={t('dialog.followUp')} hint={t('dialog.followUpHint')}>
          <textarea rows={2} value={followUp} onChange={(e) => setFollowUp(e.target.value)} maxLength={2000} />
        </Field>
        <p className="field-hint">{t('dialog.keys')}</p>
        <ErrorText error={error} />
      </form>
    </Dialog>
  );
}
