// The small form behind "Not applicable", "Blocked", "Reopen" (a reason is
// required, here and in the repository) and "Note" (the item's note).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REASON_REQUIRED, type ChecklistRun, type ItemAction, type ItemStatus } from '../../../shared/domain/checklistRun';
import type { TemplateItem } from '../../../shared/domain/checklistTemplate';
import { notebook } from '../../data';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { ErrorText, formError } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { useFormAction } from '../../components/useFormAction';
import { useChecklistTexts, type SystemNames } from './checklistTexts';

export interface ItemActionRequest {
  item: TemplateItem;
  action: Exclude<ItemAction, 'done'>;
}

export interface ItemActionDialogProps {
  run: ChecklistRun;
  request: ItemActionRequest;
  status: ItemStatus;
  names: SystemNames;
  onClose(): void;
}

export function ItemActionDialog({ run, request, status, names, onClose }: ItemActionDialogProps) {
  const { t } = useTranslation('checklists');
  const texts = useChecklistTexts();
  const formId = useId();
  const { item, action } = request;
  const isNote = action === 'note';
  const [value, setValue] = useState(isNote ? status.note : '');
  const { busy, error, run: submit } = useFormAction(async () => {
    if (REASON_REQUIRED.has(action) && !value.trim()) throw formError('checklist.reasonRequired');
    if (isNote && !value.trim()) throw formError('checklist.noteEmpty');
    const reason = isNote ? '' : value;
    const note = isNote ? value : '';
    await notebook.changeItem({
      runId: run.id,
      itemId: item.id,
      action,
      reason,
      note,
      text: texts.changeText({ run, itemText: item.text, action, reason, note }, names),
    });
    onClose();
  });
  const footer = <DialogActions formId={formId} confirmLabel={t(`dialog.${action}.confirm`)} onCancel={onClose} busy={busy} />;
  return (
    <Dialog open title={t(`dialog.${action}.title`)} onClose={onClose} footer={footer}>
      <form id={formId} onSubmit={submit} noValidate aria-busy={busy}>
        <p className="cl-dialog-item">{texts.text(item.text)}</p>
        <p className="muted small">{t(`dialog.${action}.intro`)}</p>
        <Field label={isNote ? t('dialog.noteLabel') : t('dialog.reason')}>
          <textarea rows={3} value={value} onChange={(e) => setValue(e.target.value)} required autoFocus />
        </Field>
        <ErrorText error={error} />
      </form>
    </Dialog>
  );
}
