// Export the directory as vCard 4.0 or CSV: the responder's own and edited records by default, or
// everything reachable for a device without Lantern (see contactsToExport for why).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notebook, type DirectoryContact } from '../../data';
import { Dialog } from '../../components/Dialog';
import { downloadText } from '../../lib/download';
import { calendarDate } from '../../lib/time';
import { contactsToExport, exportFileName, exportText, MIME, type ExportFormat, type ExportScope } from './contactFiles';

export function ExportContactsDialog({ contacts, onClose }: { contacts: readonly DirectoryContact[]; onClose(): void }) {
  const { t } = useTranslation('contacts');
  const [scope, setScope] = useState<ExportScope>('mine');
  const [saved, setSaved] = useState<string | null>(null);
  const chosen = contactsToExport(contacts, scope);
  const counts = { mine: contactsToExport(contacts, 'mine').length, all: contactsToExport(contacts, 'all').length };

  const save = (format: ExportFormat) => {
    const fileName = exportFileName(format, calendarDate(notebook.now(), notebook.deviceZone()));
    downloadText(fileName, exportText(chosen, format), MIME[format]);
    setSaved(t('export.saved', { name: fileName, count: chosen.length }));
  };

  const footer = (
    <>
      <button type="button" className="btn" onClick={onClose}>
        {t('common:actions.close')}
      </button>
      <button type="button" className="btn" onClick={() => save('csv')} disabled={chosen.length === 0}>
        {t('export.csv')}
      </button>
      <button type="button" className="btn btn-primary" onClick={() => save('vcard')} disabled={chosen.length === 0}>
        {t('export.vcard')}
      </button>
    </>
  );

  return (
    <Dialog open title={t('export.title')} onClose={onClose} footer={footer}>
      <fieldset className="contact-export-scope">
        <legend>{t('export.scope')}</legend>
        {(['mine', 'all'] as const).map((option) => (
          <label key={option} className="contact-export-option">
            <input type="radio" name="contact-export-scope" checked={scope === option} onChange={() => setScope(option)} autoFocus={option === 'mine'} />
            <span>
              {t(`export.${option}`, { count: counts[option] })}
              <span className="field-hint">{t(`export.${option}Hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {chosen.length === 0 && <p className="field-hint warn">{t('export.nothing')}</p>}
      <p className="field-hint">{t('export.formats')}</p>
      {saved && (
        <p className="contacts-status" role="status">
          {saved}
        </p>
      )}
    </Dialog>
  );
}
