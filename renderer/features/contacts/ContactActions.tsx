// What can be done with a contact: edit, mark verified today, restore a shipped original or delete
// an own contact (each asked first), and inside an incident engage or release it (logged).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import { notebook, type DirectoryContact } from '../../data';
import { ErrorText } from '../../components/ErrorText';
import { useFormAction } from '../../components/useFormAction';
import { calendarDate } from '../../lib/time';
import { ConfirmDialog } from './ConfirmDialog';
import { EditContactDialog } from './EditContactDialog';
import { contactName, draftOf } from './contactNames';

export interface ContactActionsProps {
  contact: DirectoryContact;
  incident: Incident | null;
  engaged: boolean;
  onDeleted(): void;
}

export function ContactActions({ contact, incident, engaged, onDeleted }: ContactActionsProps) {
  const { t, i18n } = useTranslation('contacts');
  const [dialog, setDialog] = useState<'edit' | 'restore' | 'delete' | null>(null);
  const name = contactName(contact, i18n.language);
  const today = calendarDate(notebook.now(), notebook.deviceZone());
  const close = () => setDialog(null);

  const verify = useFormAction(() => notebook.saveContact(contact.id, { ...draftOf(contact), lastVerified: today }));
  const engage = useFormAction(async () => {
    if (!incident) return;
    const text = t(engaged ? 'engage.releasedText' : 'engage.engagedText', { name });
    await notebook.setEngaged(incident.id, contact.id, !engaged, text);
  });

  return (
    <>
      <div className="row contact-actions">
        {incident && (
          <button type="button" className={engaged ? 'btn' : 'btn btn-primary'} onClick={() => void engage.run()} disabled={engage.busy}>
            {engaged ? t('engage.release') : t('engage.engage')}
          </button>
        )}
        <button type="button" className="btn" onClick={() => setDialog('edit')}>
          {t('page.edit')}
        </button>
        <button type="button" className="btn" onClick={() => void verify.run()} disabled={verify.busy || contact.lastVerified === today}>
          {contact.lastVerified === today ? t('page.verifiedToday') : t('page.markVerified')}
        </button>
        {contact.edited && (
          <button type="button" className="btn" onClick={() => setDialog('restore')}>
            {t('page.restore')}
          </button>
        )}
        {contact.kind === 'own' && (
          <button type="button" className="btn btn-danger" onClick={() => setDialog('delete')}>
            {t('page.delete')}
          </button>
        )}
      </div>
      <ErrorText error={engage.error ?? verify.error} />
      {dialog === 'edit' && <EditContactDialog contact={contact} onClose={close} />}
      {dialog === 'restore' && (
        <ConfirmDialog
          title={t('restore.title', { name })}
          body={t('restore.body')}
          confirmLabel={t('restore.confirm')}
          onConfirm={async () => {
            await notebook.restoreContact(contact.id);
            close();
          }}
          onClose={close}
        />
      )}
      {dialog === 'delete' && (
        <ConfirmDialog
          title={t('delete.title', { name })}
          body={t('delete.body')}
          confirmLabel={t('delete.confirm')}
          onConfirm={async () => {
            await notebook.deleteContact(contact.id);
            close();
            onDeleted();
          }}
          onClose={close}
        />
      )}
    </>
  );
}
