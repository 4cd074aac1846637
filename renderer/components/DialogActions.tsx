// The footer every form dialog has: Cancel, and the confirming button that submits the form.
import { useTranslation } from 'react-i18next';

export interface DialogActionsProps {
  formId: string;
  confirmLabel: string;
  onCancel(): void;
  busy?: boolean;
  danger?: boolean;
}

export function DialogActions({ formId, confirmLabel, onCancel, busy = false, danger = false }: DialogActionsProps) {
  const { t } = useTranslation('common');
  return (
    <>
      <button type="button" className="btn" onClick={onCancel}>
        {t('actions.cancel')}
      </button>
      <button type="submit" form={formId} className={danger ? 'btn btn-primary btn-danger' : 'btn btn-primary'} disabled={busy}>
        {confirmLabel}
      </button>
    </>
  );
}
