// The frame every custody action dialog shares: when it happened (default now, in the
// incident's zone), the action's own fields, submit with Enter or Ctrl/Cmd+Enter, and
// the error in words. `record` validates (throwing formError) and appends the event.
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { notebook } from '../../../data';
import { Dialog } from '../../../components/Dialog';
import { DialogActions } from '../../../components/DialogActions';
import { ErrorText, formError } from '../../../components/ErrorText';
import { EventTimeField, isWallValid, resolveEventTime, type EventTimeValue } from '../../../components/EventTimeField';
import { useFormAction } from '../../../components/useFormAction';
import { eventTimeNow } from '../../incidents/incidentTexts';

export interface CustodyDialogProps {
  title: string;
  confirmLabel: string;
  zone: string;
  danger?: boolean;
  wide?: boolean;
  onClose(): void;
  record(when: { at: string; zone: string }): Promise<unknown>;
  children: ReactNode;
}

export function CustodyDialog({ title, confirmLabel, zone, danger, wide, onClose, record, children }: CustodyDialogProps) {
  const { t } = useTranslation('evidence');
  const formId = useId();
  const [when, setWhen] = useState<EventTimeValue>(() => eventTimeNow(zone, notebook.now()));
  const { busy, error, run } = useFormAction(async () => {
    if (!isWallValid(when)) throw formError('form.timeRequired');
    const time = resolveEventTime(when, notebook.now());
    await record({ at: time.occurredAt, zone: time.occurredZone });
    onClose();
  });
  // Enter in a one-line field submits natively; Ctrl/Cmd+Enter submits from the text areas too.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void run();
  };
  const footer = <DialogActions formId={formId} confirmLabel={confirmLabel} onCancel={onClose} busy={busy} danger={danger} />;
  return (
    <Dialog open title={title} onClose={onClose} footer={footer} wide={wide}>
      <form id={formId} onSubmit={run} onKeyDown={onKeyDown} noValidate aria-busy={busy}>
        {children}
        <EventTimeField label={t('custody.form.when')} value={when} onChange={setWhen} allowNow />
        <p className="field-hint">{t('custody.form.keys')}</p>
        <ErrorText error={error} />
      </form>
    </Dialog>
  );
}
