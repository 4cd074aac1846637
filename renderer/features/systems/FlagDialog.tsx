// Setting or clearing "powered off" or "compromise confirmed", with how or why:
// the detail goes into the log entry and the state history.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentSystem, SystemFlag } from '../../../shared/domain/system';
import { notebook } from '../../data';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { Field } from '../../components/Field';
import { ErrorText, formError } from '../../components/ErrorText';
import { useFormAction } from '../../components/useFormAction';
import { useSystemTexts } from './systemTexts';

export interface FlagDialogProps {
  system: IncidentSystem;
  flag: SystemFlag;
  /** The value the flag is to get. */
  value: boolean;
  onClose(): void;
}

export function FlagDialog({ system, flag, value, onClose }: FlagDialogProps) {
  const { t } = useTranslation('systems');
  const texts = useSystemTexts();
  const formId = useId();
  const [detail, setDetail] = useState('');
  const action = value ? 'set' : 'clear';
  const values = { name: system.name, flag: t(`flag.${flag}`) };

  const { busy, error, run } = useFormAction(async () => {
    if (!detail.trim()) throw formError('system.flagDetailRequired');
    await notebook.setSystemFlag(system.id, flag, value, detail.trim(), texts.flagChange(system, flag, value, detail));
    onClose();
  });

  return (
    <Dialog
      open
      title={t(`flagDialog.${action}Title`, values)}
      onClose={onClose}
      footer={<DialogActions formId={formId} confirmLabel={t(`flagDialog.${action}Submit`, values)} onCancel={onClose} busy={busy} />}
    >
      <form id={formId} onSubmit={run} noValidate aria-busy={busy}>
        <Field label={t('flagDialog.detail')} hint={t(`flagDialog.${flag}Hint`)}>
          <textarea rows={3} value={detail} onChange={(e) => setDetail(e.target.value)} maxLength={2000} autoFocus required />
        </Field>
        <ErrorText error={error} />
      </form>
    </Dialog>
  );
}
