// A yes/no question before an action that discards something (restore an original, delete a
// contact); a failed action keeps the dialog open with the error.
import { useId } from 'react';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { ErrorText } from '../../components/ErrorText';
import { useFormAction } from '../../components/useFormAction';

export interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm(): Promise<unknown>;
  onClose(): void;
}

export function ConfirmDialog({ title, body, confirmLabel, onConfirm, onClose }: ConfirmDialogProps) {
  const formId = useId();
  const { busy, error, run } = useFormAction(onConfirm);
  return (
    <Dialog open title={title} onClose={onClose} footer={<DialogActions formId={formId} confirmLabel={confirmLabel} onCancel={onClose} busy={busy} danger />}>
      <form id={formId} onSubmit={run} noValidate aria-busy={busy}>
        <p>{body}</p>
        <ErrorText error={error} />
      </form>
    </Dialog>
  );
}
