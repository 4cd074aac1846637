// Import vCard (3.0 / 4.0) or CSV, from a file or pasted text. The preview lists every malformed
// entry; nothing is stored until "Import N contacts", and then only the valid ones, all or none.
import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { notebook } from '../../data';
import { Dialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { useFormAction } from '../../components/useFormAction';
import { ImportPreviewList } from './ImportPreviewList';
import { previewImport } from './importPreview';

const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface ImportContactsDialogProps {
  onClose(): void;
  onImported(count: number): void;
}

export function ImportContactsDialog({ onClose, onImported }: ImportContactsDialogProps) {
  const { t } = useTranslation('contacts');
  const formId = useId();
  const [source, setSource] = useState({ text: '', fileName: '' });
  const [fileError, setFileError] = useState<string | null>(null);
  const preview = useMemo(() => (source.text.trim() ? previewImport(source.text, source.fileName) : null), [source]);
  const count = preview?.valid.length ?? 0;

  const { busy, error, run } = useFormAction(async () => {
    if (!preview || count === 0) return;
    await notebook.importContacts(preview.valid);
    onImported(count);
  });

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared at once, so choosing the same file again (after fixing it) reads it again.
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileError(t('import.fileTooLarge', { name: file.name }));
      return;
    }
    setFileError(null);
    setSource({ text: await file.text(), fileName: file.name });
  };

  const footer = (
    <>
      <button type="button" className="btn" onClick={onClose}>
        {t('common:actions.cancel')}
      </button>
      <button type="submit" form={formId} className="btn btn-primary" disabled={busy || count === 0}>
        {t('import.submit', { count })}
      </button>
    </>
  );

  return (
    <Dialog open wide title={t('import.title')} onClose={onClose} footer={footer}>
      <form id={formId} onSubmit={run} noValidate aria-busy={busy}>
        <p className="field-hint">{t('import.intro')}</p>
        <div className="row contact-import-file">
          <label className="btn contact-file-label">
            {t('import.chooseFile')}
            <input
              type="file"
              accept=".vcf,.vcard,.csv,text/vcard,text/x-vcard,text/csv"
              className="contact-visually-hidden"
              onChange={(e) => void readFile(e)}
            />
          </label>
          {source.fileName && <span className="small">{t('import.readFrom', { name: source.fileName })}</span>}
        </div>
        {fileError && (
          <p className="error-text" role="alert">
            {fileError}
          </p>
        )}
        <Field label={t('import.paste')} hint={t('import.pasteHint')}>
          <textarea
            className="mono contact-import-text"
            rows={6}
            value={source.text}
            onChange={(e) => setSource({ text: e.target.value, fileName: '' })}
            spellCheck={false}
          />
        </Field>
        {preview && <ImportPreviewList preview={preview} />}
        {preview && count === 0 && <p className="field-hint warn">{t('import.nothingValid')}</p>}
        <ErrorText error={error} />
      </form>
    </Dialog>
  );
}
