// Bulk add: paste one system per line (or CSV with a header row), or pick a CSV
// file. The preview lists what cannot be added, by line; nothing is written until
// the responder presses "Add N valid systems", and then only the valid rows are.
import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { notebook, useSystems } from '../../data';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useFormAction } from '../../components/useFormAction';
import { BulkPreview } from './BulkPreview';
import { bulkAliases } from './bulkAliases';
import { nameKeys, parseBulk } from './bulkParse';
import { ErrorText } from '../../components/ErrorText';
import { useSystemTexts } from './systemTexts';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface BulkAddDialogProps {
  incidentId: string;
  onClose(): void;
}

export function BulkAddDialog({ incidentId, onClose }: BulkAddDialogProps) {
  const { t } = useTranslation('systems');
  const texts = useSystemTexts();
  const formId = useId();
  const systems = useSystems(incidentId);
  const [input, setInput] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  // Both languages' labels are accepted whatever the UI language: read once.
  const aliases = useMemo(() => bulkAliases(), []);
  const existing = useMemo(() => nameKeys((systems ?? []).map((s) => s.name)), [systems]);
  const result = useMemo(() => parseBulk(input, { aliases, existingNames: existing }), [input, aliases, existing]);

  const { busy, error, run } = useFormAction(async () => {
    if (result.valid.length === 0) return;
    await notebook.addSystems(incidentId, result.valid.map(({ details }) => ({ details, text: texts.added(details) })));
    onClose();
  });

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileError(t('bulk.fileTooLarge', { name: file.name }));
      return;
    }
    setFileError(null);
    setInput(await file.text());
  };

  const footer = (
    <>
      <button type="button" className="btn" onClick={onClose}>
        {t('common:actions.cancel')}
      </button>
      <button type="submit" form={formId} className="btn btn-primary" disabled={busy || result.valid.length === 0}>
        {t('bulk.submit', { count: result.valid.length })}
      </button>
    </>
  );

  return (
    <Dialog open wide title={t('bulk.title')} onClose={onClose} footer={footer}>
      <form id={formId} onSubmit={run} noValidate aria-busy={busy}>
        <Field label={t('bulk.input')} hint={t('bulk.inputHint')}>
          <textarea className="mono sys-bulk-input" rows={8} value={input} onChange={(e) => setInput(e.target.value)} spellCheck={false} autoFocus />
        </Field>
        <div className="row sys-bulk-file">
          <label className="btn btn-small sys-file-label">
            {t('bulk.file')}
            <input type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" className="sys-visually-hidden" onChange={(e) => void readFile(e)} />
          </label>
          <span className="muted small">{t('bulk.fileHint')}</span>
        </div>
        {fileError && (
          <p className="error-text" role="alert">
            {fileError}
          </p>
        )}
        {input.trim() !== '' && <BulkPreview result={result} />}
        <ErrorText error={error} />
      </form>
    </Dialog>
  );
}
