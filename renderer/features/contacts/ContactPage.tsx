// One contact's page: its name in both languages, marks, the "check before use" notice, the ways
// to reach it, and inside an incident the engagement and the communications logged with it.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { needsCheck } from '../../../shared/domain/contact';
import type { Incident } from '../../../shared/domain/incident';
import { notebook, useContact, useEngagements } from '../../data';
import { calendarDate } from '../../lib/time';
import { ContactCommunications } from './communication/ContactCommunications';
import { ContactActions } from './ContactActions';
import { ContactDetails } from './ContactDetails';
import { statusBadges } from './badges';
import { contactName, otherName, personLine } from './contactNames';

export interface ContactPageProps {
  incident: Incident | null;
  contactId: string;
  onOpenContact(id: string | null): void;
}

export function ContactPage({ incident, contactId, onOpenContact }: ContactPageProps) {
  const { t, i18n } = useTranslation('contacts');
  const titleId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const contact = useContact(contactId);
  const engagements = useEngagements(incident?.id ?? '');
  const engaged = (engagements ?? []).some((e) => e.contactId === contactId && e.engaged);
  const today = calendarDate(notebook.now(), notebook.deviceZone());
  const found = Boolean(contact);
  // Land on the name, so the keyboard starts at the top of the page rather than on the list's row.
  useEffect(() => {
    if (found) title.current?.focus();
  }, [found, contactId]);

  const back = (
    <button type="button" className="btn-link contacts-back" onClick={() => onOpenContact(null)}>
      {t('page.back')}
    </button>
  );
  if (contact === undefined) return <p className="empty">{t('list.loading')}</p>;
  if (contact === null) {
    return (
      <div className="contact-page">
        {back}
        <p className="empty">{t('page.notFound')}</p>
      </div>
    );
  }
  const language = i18n.language;
  const other = otherName(contact, language);
  const person = personLine(contact);
  return (
    <article className="contact-page" aria-labelledby={titleId}>
      {back}
      <header className="contact-page-header">
        <div className="row">
          <h2 id={titleId} ref={title} tabIndex={-1}>
            {contactName(contact, language)}
          </h2>
          {statusBadges(t, contact, { today, engaged })}
        </div>
        {other && (
          <p className="muted" lang={language.startsWith('ja') ? 'en' : 'ja'}>
            {other}
          </p>
        )}
        <p className="row small">
          {person && <span>{person}</span>}
          <span className="badge">{contact.category ? t(`category.${contact.category}`) : t('category.none')}</span>
          {contact.country && <span className="badge">{t(`country.${contact.country}`)}</span>}
        </p>
      </header>
      {needsCheck(contact, today) && (
        <p className="contact-check" role="note">
          <strong>{t('badge.check')}</strong> {t('page.checkNotice', { date: contact.checkBy })}
        </p>
      )}
      <ContactActions contact={contact} incident={incident} engaged={engaged} onDeleted={() => onOpenContact(null)} />
      <div className="contact-page-grid">
        <ContactDetails contact={contact} zone={incident?.timeZone ?? notebook.deviceZone()} />
        <section className="contacts-panel" aria-label={t('page.communications')}>
          <h3>{t('page.communications')}</h3>
          {incident ? <ContactCommunications incident={incident} contact={contact} /> : <p className="muted">{t('page.communicationsHint')}</p>}
        </section>
      </div>
    </article>
  );
}
