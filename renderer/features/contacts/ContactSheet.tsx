// The contact sheet on paper (A4, UI language): one table per category, a row per contact with
// its phones (24/7 and out-of-band marked), e-mail, references and verification. Black on white;
// styles in contacts-print.css.
import { useTranslation } from 'react-i18next';
import { needsCheck, type Phone } from '../../../shared/domain/contact';
import type { DirectoryContact } from '../../data';
import { TimeText } from '../../components/TimeText';
import { calendarDate } from '../../lib/time';
import { groupByCategory } from './contactFilter';
import { contactName, otherName, personLine } from './contactNames';

export interface ContactSheetProps {
  contacts: readonly DirectoryContact[];
  /** Vendor slots left out because nothing is filled in yet. */
  emptySlots: number;
  printedAt: string;
  zone: string;
}

export function ContactSheet({ contacts, emptySlots, printedAt, zone }: ContactSheetProps) {
  const { t, i18n } = useTranslation('contacts');
  const language = i18n.language;
  const today = calendarDate(new Date(printedAt), zone);
  const phoneText = (phone: Phone) =>
    [phone.number, phone.available24x7 ? t('print.mark24x7') : '', phone.outOfBand ? t('print.markOob') : '', phone.label ?? ''].filter(Boolean).join(' ');
  return (
    <article className="contact-sheet" lang={language}>
      <header className="contact-sheet-head">
        <h1>{t('print.title')}</h1>
        <p className="contact-sheet-meta">
          {t('print.printedAt')} <TimeText iso={printedAt} zone={zone} precision="minute" /> ({zone}) · {t('print.count', { count: contacts.length })}
        </p>
        <p className="contact-sheet-note">{t('print.goBag')}</p>
        <p className="contact-sheet-legend">{t('print.legend')}</p>
      </header>
      {contacts.length === 0 && <p>{t('print.empty')}</p>}
      {groupByCategory(contacts).map(({ category, contacts: members }) => {
        const heading = category ? t(`category.${category}`) : t('category.none');
        return (
          <section key={category ?? 'none'} className="contact-sheet-group">
            <h2>{heading}</h2>
            <table className="contact-sheet-table" aria-label={heading}>
              <colgroup>
                <col className="contact-sheet-col-name" />
                <col className="contact-sheet-col-phone" />
                <col className="contact-sheet-col-email" />
                <col className="contact-sheet-col-refs" />
                <col className="contact-sheet-col-verified" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">{t('print.colName')}</th>
                  <th scope="col">{t('print.colPhones')}</th>
                  <th scope="col">{t('print.colEmail')}</th>
                  <th scope="col">{t('print.colRefs')}</th>
                  <th scope="col">{t('print.colVerified')}</th>
                </tr>
              </thead>
              <tbody>
                {members.map((contact) => {
                  const other = otherName(contact, language);
                  const person = personLine(contact);
                  return (
                    <tr key={contact.id}>
                      <td>
                        <strong>{contactName(contact, language)}</strong>
                        {other && <span className="contact-sheet-sub">{other}</span>}
                        {person && <span className="contact-sheet-sub">{person}</span>}
                        {contact.country && <span className="contact-sheet-sub">{t(`country.${contact.country}`)}</span>}
                      </td>
                      <td>
                        {contact.phones.map((phone, index) => (
                          <span key={index} className="contact-sheet-line">
                            {phoneText(phone)}
                          </span>
                        ))}
                        {contact.phones.length === 0 && contact.web[0] && <span className="contact-sheet-line contact-sheet-url">{contact.web[0]}</span>}
                      </td>
                      <td>
                        {contact.emails.map((email) => (
                          <span key={email} className="contact-sheet-line">
                            {email}
                          </span>
                        ))}
                      </td>
                      <td>
                        {contact.references.map((reference, index) => (
                          <span key={index} className="contact-sheet-line">
                            {reference.label}: {reference.value}
                          </span>
                        ))}
                      </td>
                      <td>
                        {contact.lastVerified ?? '—'}
                        {needsCheck(contact, today) && <span className="contact-sheet-line contact-sheet-check">{t('print.markCheck', { date: contact.checkBy })}</span>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}
      {emptySlots > 0 && <p className="contact-sheet-foot">{t('print.emptySlots', { count: emptySlots })}</p>}
    </article>
  );
}
