// The phone numbers of a contact as editable rows: number, label, 24/7 and out-of-band flags.
import { useTranslation } from 'react-i18next';
import { emptyPhone, type PhoneRow } from './contactForm';

export interface PhoneRowsProps {
  rows: PhoneRow[];
  onChange(rows: PhoneRow[]): void;
  /** The number a refused save named, to mark its row. */
  invalidNumber: string | null;
}

export function PhoneRows({ rows, onChange, invalidNumber }: PhoneRowsProps) {
  const { t } = useTranslation('contacts');
  const set = (key: number, patch: Partial<PhoneRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  return (
    <fieldset className="contact-rows">
      <legend>{t('fields.phones')}</legend>
      <p className="field-hint">{t('fields.phonesHint')}</p>
      <ul>
        {rows.map((row, index) => {
          const n = index + 1;
          return (
            <li key={row.key} role="group" aria-label={t('fields.phoneN', { n })} className="contact-phone-row">
              <input
                type="text"
                className="mono"
                inputMode="tel"
                aria-label={t('fields.phoneNumberN', { n })}
                placeholder={t('fields.phoneNumberPlaceholder')}
                aria-invalid={invalidNumber !== null && row.number.trim() === invalidNumber ? true : undefined}
                value={row.number}
                onChange={(e) => set(row.key, { number: e.target.value })}
                maxLength={40}
              />
              <input
                type="text"
                aria-label={t('fields.phoneLabelN', { n })}
                placeholder={t('fields.phoneLabelPlaceholder')}
                value={row.label}
                onChange={(e) => set(row.key, { label: e.target.value })}
                maxLength={200}
              />
              <label className="inline small">
                <input type="checkbox" checked={row.available24x7} onChange={(e) => set(row.key, { available24x7: e.target.checked })} />
                {t('fields.available24x7')}
              </label>
              <label className="inline small" title={t('badge.oobHint')}>
                <input type="checkbox" checked={row.outOfBand} onChange={(e) => set(row.key, { outOfBand: e.target.checked })} />
                {t('fields.outOfBand')}
              </label>
              <button type="button" className="btn btn-small" aria-label={t('fields.removePhoneN', { n })} onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>
                {t('fields.remove')}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="btn btn-small" onClick={() => onChange([...rows, emptyPhone()])} disabled={rows.length >= 20}>
        {t('fields.addPhone')}
      </button>
    </fieldset>
  );
}
