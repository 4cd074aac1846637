// Which number or address was used: one of the contact's phones or e-mails, or typed in.
import { useTranslation } from 'react-i18next';
import type { CommunicationChannel } from '../../../../shared/domain/communication';
import type { Contact } from '../../../../shared/domain/contact';
import { Field } from '../../../components/Field';

/** The select's value for "typed in": phone numbers have no letters and addresses have an @. */
export const VIA_OTHER = 'other';

export interface ViaValue {
  choice: string;
  other: string;
}

/** The usual line for the channel: the first phone for a call or message, the first e-mail for an e-mail. */
export function defaultVia(contact: Pick<Contact, 'phones' | 'emails'>, channel: CommunicationChannel): ViaValue {
  const first = channel === 'email' ? contact.emails[0] : channel === 'meeting' ? undefined : contact.phones[0]?.number;
  return { choice: first ?? '', other: '' };
}

export const resolveVia = (value: ViaValue): string => (value.choice === VIA_OTHER ? value.other.trim() : value.choice);

export function ViaField({ contact, value, onChange }: { contact: Pick<Contact, 'phones' | 'emails'>; value: ViaValue; onChange(value: ViaValue): void }) {
  const { t } = useTranslation('communications');
  return (
    <>
      <Field label={t('dialog.via')}>
        <select value={value.choice} onChange={(e) => onChange({ ...value, choice: e.target.value })}>
          <option value="">{t('dialog.viaNone')}</option>
          {contact.phones.length > 0 && (
            <optgroup label={t('dialog.viaPhones')}>
              {contact.phones.map((phone, index) => (
                <option key={`p${index}`} value={phone.number}>
                  {phone.label ? `${phone.number} (${phone.label})` : phone.number}
                </option>
              ))}
            </optgroup>
          )}
          {contact.emails.length > 0 && (
            <optgroup label={t('dialog.viaEmails')}>
              {contact.emails.map((email, index) => (
                <option key={`e${index}`} value={email}>
                  {email}
                </option>
              ))}
            </optgroup>
          )}
          <option value={VIA_OTHER}>{t('dialog.viaOther')}</option>
        </select>
      </Field>
      {value.choice === VIA_OTHER && (
        <Field label={t('dialog.viaOtherInput')}>
          <input type="text" value={value.other} onChange={(e) => onChange({ ...value, other: e.target.value })} maxLength={254} autoFocus />
        </Field>
      )}
    </>
  );
}
