// Every editable field of a contact, shared by "New contact" and "Edit".
import { useTranslation } from 'react-i18next';
import { ContactCountrySchema, type ContactCategory, type ContactCountry } from '../../../shared/domain/contact';
import { Field } from '../../components/Field';
import { CategoryOptions } from './CategoryOptions';
import type { ContactForm } from './contactForm';
import { PhoneRows } from './PhoneRows';
import { ReferenceRows } from './ReferenceRows';

export interface ContactFieldsProps {
  value: ContactForm;
  onChange(value: ContactForm): void;
  invalidNumber: string | null;
}

export function ContactFields({ value, onChange, invalidNumber }: ContactFieldsProps) {
  const { t } = useTranslation('contacts');
  const set = <K extends keyof ContactForm>(key: K, next: ContactForm[K]) => onChange({ ...value, [key]: next });
  const text = (key: 'orgEn' | 'orgJa' | 'person' | 'role', max: number, autoFocus = false) => (
    <input type="text" value={value[key]} onChange={(e) => set(key, e.target.value)} maxLength={max} autoFocus={autoFocus} />
  );
  return (
    <>
      <p className="field-hint contact-fields-intro">{t('fields.namedHint')}</p>
      <div className="contact-fields-row">
        <Field label={t('fields.orgEn')}>{text('orgEn', 2000, true)}</Field>
        <Field label={t('fields.orgJa')}>{text('orgJa', 2000)}</Field>
      </div>
      <div className="contact-fields-row">
        <Field label={t('fields.person')}>{text('person', 200)}</Field>
        <Field label={t('fields.role')}>{text('role', 200)}</Field>
      </div>
      <div className="contact-fields-row">
        <Field label={t('fields.category')}>
          <select value={value.category} onChange={(e) => set('category', e.target.value as ContactCategory | '')}>
            <option value="">{t('category.none')}</option>
            <CategoryOptions />
          </select>
        </Field>
        <Field label={t('fields.country')}>
          <select value={value.country} onChange={(e) => set('country', e.target.value as ContactCountry | '')}>
            <option value="">{t('country.none')}</option>
            {ContactCountrySchema.options.map((country) => (
              <option key={country} value={country}>
                {t(`country.${country}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <PhoneRows rows={value.phones} onChange={(phones) => set('phones', phones)} invalidNumber={invalidNumber} />
      <div className="contact-fields-row">
        <Field label={t('fields.emails')} hint={t('fields.onePerLine')}>
          <textarea rows={2} value={value.emails} onChange={(e) => set('emails', e.target.value)} spellCheck={false} />
        </Field>
        <Field label={t('fields.web')} hint={t('fields.webHint')}>
          <textarea rows={2} value={value.web} onChange={(e) => set('web', e.target.value)} spellCheck={false} />
        </Field>
      </div>
      <ReferenceRows rows={value.references} onChange={(references) => set('references', references)} />
      <div className="contact-fields-row">
        <Field label={t('fields.notesEn')}>
          <textarea rows={3} value={value.notesEn} onChange={(e) => set('notesEn', e.target.value)} maxLength={4000} />
        </Field>
        <Field label={t('fields.notesJa')}>
          <textarea rows={3} value={value.notesJa} onChange={(e) => set('notesJa', e.target.value)} maxLength={4000} lang="ja" />
        </Field>
      </div>
      <Field label={t('fields.lastVerified')} hint={t('fields.lastVerifiedHint')}>
        <input type="date" value={value.lastVerified} onChange={(e) => set('lastVerified', e.target.value)} />
      </Field>
    </>
  );
}
