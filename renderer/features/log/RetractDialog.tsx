// "Retract": withdraws an entry with a reason. The original stays visible, marked.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryThread } from '../../../shared/domain/revisions';
import { notebook } from '../../data';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { ErrorText } from '../../components/ErrorText';
import { DialogActions } from '../../components/DialogActions';
import { useFormAction } from '../../components/useFormAction';

interface RetractDialogProps {
  thread: EntryThread | null;
  onClose(): void;
}

/** Keyed by entry, so the form starts empty for each entry. */
export const RetractDialog = (props: RetractDialogProps) => <RetractForm key={props.thread?.original.id ?? ''} {...props} />;

function RetractForm({ thread, onClose }: RetractDialogProps) {
  const { t } = useTranslation('log');
  const formId = useId();
  const [reason, setReason] = useState('');
  const { busy, error, run } = useFormAction(async () => {
    if (!thread) return;
    await notebook.retractEntry({
      incidentId: thread.original.incidentId,
      targetId: thread.original.id,
      reason,
      text: t('retract.entryText', { reason: reason.trim() }),
    });
    onClose();
  });

  return (
    <Dialog
      open={thread !== null}
      title={t('retract.title')}
      onClose={onClose}
      footer={<DialogActions formId={formId} confirmLabel={t('retract.confirm')} onCancel={onClose} busy={busy} danger />}
    >
      <form id={formId} onSubmit={run} noValidate aria-busy={busy}>
        <p className="muted small">{t('retract.explain')}</p>
        {thread && <blockquote className="retract-quote">{thread.current.text.slice(0, 400)}</blockquote>}
        <Field label={t('retract.reason')}>
          <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} required autoFocus />
        </Field>
        <ErrorText error={error} />
      </form>
    </Dialog>
  );
}
