// New contact and Edit: a shipped record is saved as an edited copy beside its original (which
// "Restore original" brings back). A refused save changes nothing and keeps what was typed.
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactDraft } from '../../../shared/domain/contact';
import { notebook, type DirectoryContact } from '../../data';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { ErrorText } from '../../components/ErrorText';
import { useFormAction } from '../../components/useFormAction';
import { ContactFields } from './ContactFields';
import { draftFrom, formOf, problemOf } from './contactForm';
import { contactName } from './contactNames';

export interface EditContactDialogProps {
  /** null: a new contact of the responder's own. */
  contact: DirectoryContact | null;
  onClose(): void;
  onSaved?(id: string): void;
}

export function EditContactDialog({ contact, onClose, onSaved }: EditContactDialogProps) {
  const { t, i18n } = useTranslation('contacts');
  const formId = useId();
  const [form, setForm] = useState(() => formOf(contact));
  // What was sent, so the problem quotes the refused value even as the responder edits it.
  const [sent, setSent] = useState<ContactDraft | null>(null);
  const { busy, error, run } = useFormAction(async () => {
    const draft = draftFrom(form);
    setSent(draft);
    const stored = await notebook.saveContact(contact?.id ?? null, draft);
    onClose();
    onSaved?.(stored.id);
  });
  const problem = error && sent ? problemOf(error, sent) : null;
  // Enter submits from a one-line field (the browser does that); Ctrl/Cmd+Enter from anywhere, notes included.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void run();
    }
  };

  return (
    <Dialog
      open
      wide
      title={contact ? t('edit.title', { name: contactName(contact, i18n.language) }) : t('edit.newTitle')}
      onClose={onClose}
      footer={<DialogActions formId={formId} confirmLabel={contact ? t('edit.save') : t('edit.add')} onCancel={onClose} busy={busy} />}
    >
      <form id={formId} onSubmit={run} onKeyDown={onKeyDown} noValidate aria-busy={busy}>
        {contact?.kind === 'seed' && <p className="field-hint contact-fields-intro">{t('edit.seedHint')}</p>}
        <ContactFields value={form} onChange={setForm} invalidNumber={problem?.key === 'phone' ? (problem.value ?? '') : null} />
        <ErrorText error={error} />
        {problem && (
          <p className="error-text" role="alert">
            {t(`edit.problem.${problem.key}`, { value: problem.value })}
          </p>
        )}
      </form>
    </Dialog>
  );
}
