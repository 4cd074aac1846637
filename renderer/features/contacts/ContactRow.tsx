// One contact in the directory list: a button that opens its page (Enter or click), showing the
// name in the UI language, category and country, the first phone and the contact's marks.
import { memo } from 'react';
import type { TFunction } from 'i18next';
import type { DirectoryContact } from '../../data';
import { phoneMarks, statusBadges } from './badges';
import { contactName, isEmptySlot, otherName, personLine } from './contactNames';

export interface ContactRowProps {
  contact: DirectoryContact;
  engaged: boolean;
  today: string;
  onOpen(id: string): void;
  t: TFunction;
  language: string;
}

export const ContactRow = memo(function ContactRow({ contact, engaged, today, onOpen, t, language }: ContactRowProps) {
  const other = otherName(contact, language);
  const person = personLine(contact);
  const [phone, ...morePhones] = contact.phones;
  return (
    <li>
      <button
        type="button"
        className={isEmptySlot(contact) ? 'contact-row contact-row-slot' : 'contact-row'}
        data-contact-id={contact.id}
        onClick={() => onOpen(contact.id)}
      >
        <span className="contact-row-name">
          <strong className="contact-row-title">{contactName(contact, language)}</strong>
          {other && (
            <span className="muted small" lang={language.startsWith('ja') ? 'en' : 'ja'}>
              {other}
            </span>
          )}
          {person && <span className="small">{person}</span>}
        </span>
        <span className="contact-row-meta small">
          <span>{contact.category ? t(`category.${contact.category}`) : t('category.none')}</span>
          <span className="muted">{contact.country ? t(`country.${contact.country}`) : ''}</span>
        </span>
        <span className="contact-row-phone">
          {phone ? (
            <>
              <span className="mono">{phone.number}</span>
              {phoneMarks(t, phone)}
              {morePhones.length > 0 && <span className="muted small">{t('list.morePhones', { count: morePhones.length })}</span>}
            </>
          ) : (
            <span className="muted small">{contact.emails[0] ?? (contact.web.length > 0 ? t('list.webOnly') : t('list.noPhone'))}</span>
          )}
        </span>
        <span className="contact-row-badges">{statusBadges(t, contact, { today, engaged })}</span>
      </button>
    </li>
  );
});
