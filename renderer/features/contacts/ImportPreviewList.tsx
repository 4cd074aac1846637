// The import's preview: counts, the cut note, every malformed entry with where it starts and its
// problems, then the contacts that will be imported once confirmed.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../../shared/contacts';
import { contactName } from './contactNames';
import type { ImportPreview } from './importPreview';

const MAX_SHOWN = 200;

/** A parser's coded problem in the UI language; a vCard problem's own line goes in front. */
export function problemText(t: TFunction, problem: ImportProblem): string {
  const { line, field, ...params } = problem.params ?? {};
  const text = t(`problem.${problem.code}`, { ...params, ...(field === undefined ? {} : { field: t(`problem.fieldName.${field}`) }) });
  return typeof line === 'number' ? t('problem.atLine', { line, problem: text }) : text;
}

export function ImportPreviewList({ preview }: { preview: ImportPreview }) {
  const { t, i18n } = useTranslation('contacts');
  const { valid, malformed } = preview;
  return (
    <div className="contact-import-preview">
      <p role="status">
        <strong>{t(`import.format.${preview.format}`)}</strong> · {t('import.validCount', { count: valid.length })} ·{' '}
        {t('import.malformedCount', { count: malformed.length })}
      </p>
      {preview.cutAt !== null && <p className="field-hint warn">{t('import.cut', { max: preview.cutAt })}</p>}
      {preview.ignoredColumns.length > 0 && <p className="field-hint">{t('import.ignoredColumns', { columns: preview.ignoredColumns.join(', ') })}</p>}
      {malformed.length > 0 && (
        <section className="contact-import-malformed" aria-label={t('import.malformedTitle')}>
          <h3>{t('import.malformedTitle')}</h3>
          <p className="field-hint">{t('import.malformedHint')}</p>
          <ul>
            {malformed.slice(0, MAX_SHOWN).map((entry) => (
              <li key={`${entry.card ?? 'row'}-${entry.line}`}>
                <strong>{entry.card === null ? t('import.row', { line: entry.line }) : t('import.card', { index: entry.card, line: entry.line })}</strong>
                <ul>
                  {entry.problems.map((problem, index) => (
                    <li key={index}>{problemText(t, problem)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          {malformed.length > MAX_SHOWN && <p className="muted small">{t('import.more', { count: malformed.length - MAX_SHOWN })}</p>}
        </section>
      )}
      {valid.length > 0 && (
        <section aria-label={t('import.validTitle')}>
          <h3>{t('import.validTitle')}</h3>
          <ul className="contact-import-valid">
            {valid.slice(0, MAX_SHOWN).map((draft, index) => (
              <li key={index}>
                <span>{contactName(draft, i18n.language)}</span>
                {draft.person && draft.organization && <span className="muted"> · {draft.person}</span>}
                {draft.category && <span className="muted small"> · {t(`category.${draft.category}`)}</span>}
                {draft.phones[0] && <span className="mono small"> · {draft.phones[0].number}</span>}
              </li>
            ))}
          </ul>
          {valid.length > MAX_SHOWN && <p className="muted small">{t('import.more', { count: valid.length - MAX_SHOWN })}</p>}
        </section>
      )}
    </div>
  );
}
