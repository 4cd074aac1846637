// Contract, policy, account or customer numbers as label + value rows ("Policy" = "CY-2291").
import { useTranslation } from 'react-i18next';
import { emptyReference, type ReferenceRow } from './contactForm';

export function ReferenceRows({ rows, onChange }: { rows: ReferenceRow[]; onChange(rows: ReferenceRow[]): void }) {
  const { t } = useTranslation('contacts');
  const set = (key: number, patch: Partial<ReferenceRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  return (
    <fieldset className="contact-rows">
      <legend>{t('fields.references')}</legend>
      <p className="field-hint">{t('fields.referencesHint')}</p>
      {rows.length > 0 && (
        <ul>
          {rows.map((row, index) => {
            const n = index + 1;
            return (
              <li key={row.key} role="group" aria-label={t('fields.referenceN', { n })} className="contact-reference-row">
                <input
                  type="text"
                  aria-label={t('fields.referenceLabelN', { n })}
                  placeholder={t('fields.referenceLabelPlaceholder')}
                  value={row.label}
                  onChange={(e) => set(row.key, { label: e.target.value })}
                  maxLength={120}
                />
                <input
                  type="text"
                  className="mono"
                  aria-label={t('fields.referenceValueN', { n })}
                  placeholder={t('fields.referenceValuePlaceholder')}
                  value={row.value}
                  onChange={(e) => set(row.key, { value: e.target.value })}
                  maxLength={200}
                />
                <button type="button" className="btn btn-small" aria-label={t('fields.removeReferenceN', { n })} onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>
                  {t('fields.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" className="btn btn-small" onClick={() => onChange([...rows, emptyReference()])} disabled={rows.length >= 20}>
        {t('fields.addReference')}
      </button>
    </fieldset>
  );
}
