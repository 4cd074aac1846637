// Deleting an own template is confirmed first. Runs already started from it are
// not touched: each holds its own copy of the template.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localized } from '../../../shared/domain/localized';
import { notebook, type StoredTemplate } from '../../data';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { ErrorText } from '../../components/ErrorText';
import { useFormAction } from '../../components/useFormAction';

export interface DeleteTemplateDialogProps {
  template: StoredTemplate;
  onClose(): void;
  onDeleted(template: StoredTemplate): void;
}

export function DeleteTemplateDialog({ template, onClose, onDeleted }: DeleteTemplateDialogProps) {
  const { t, i18n } = useTranslation('templates');
  const formId = useId();
  const { busy, error, run } = useFormAction(async () => {
    await notebook.deleteTemplate(template.id);
    onDeleted(template);
  });
  const footer = <DialogActions formId={formId} confirmLabel={t('delete.confirm')} onCancel={onClose} busy={busy} danger />;
  return (
    <Dialog open title={t('delete.title')} onClose={onClose} footer={footer}>
      <form id={formId} onSubmit={run} noValidate aria-busy={busy}>
        <p>{t('delete.question', { title: localized(template.title, i18n.language), id: template.id })}</p>
        <p>{t('delete.runsKeepCopy')}</p>
        <ErrorText error={error} />
      </form>
    </Dialog>
  );
}
