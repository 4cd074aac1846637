// A contact's ways in and its record: phones (selectable text with a copy button, never a tel:
// link that would hand the app window to a dialler), e-mails, web links opened outside the app,
// references, notes in the UI language, verification and sources.
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isSafeLinkUrl } from '../../../shared/domain/links';
import type { DirectoryContact } from '../../data';
import { platform } from '../../platform';
import { CopyButton } from '../../components/CopyButton';
import { TimeText } from '../../components/TimeText';
import { phoneMarks } from './badges';
import { contactNotes } from './contactNames';

function ExternalLink({ url, children }: { url: string; children: string }) {
  if (!isSafeLinkUrl(url)) return <span>{children}</span>;
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault(); // never navigate the app window; the system browser or mail client opens it
    void platform().openExternal(url).catch(() => undefined);
  };
  return (
    <a href={url} rel="noopener noreferrer" onClick={open} onAuxClick={(event) => event.preventDefault()}>
      {children}
    </a>
  );
}

export function ContactDetails({ contact, zone }: { contact: DirectoryContact; zone: string }) {
  const { t, i18n } = useTranslation('contacts');
  const notes = contactNotes(contact.notes, i18n.language);
  return (
    <section className="contacts-panel" aria-label={t('page.reach')}>
      <h3>{t('page.reach')}</h3>
      {contact.phones.length + contact.emails.length + contact.web.length === 0 && <p className="muted">{t('page.noWay')}</p>}
      {contact.phones.length > 0 && (
        <ul className="contact-ways" aria-label={t('fields.phones')}>
          {contact.phones.map((phone, index) => (
            <li key={index}>
              <span className="mono contact-number">{phone.number}</span>
              <CopyButton value={phone.number} label={t('page.copy', { what: phone.number })} />
              {phoneMarks(t, phone)}
              {phone.label && <span className="muted small">{phone.label}</span>}
            </li>
          ))}
        </ul>
      )}
      {contact.emails.length > 0 && (
        <ul className="contact-ways" aria-label={t('fields.emails')}>
          {contact.emails.map((email) => (
            <li key={email}>
              <ExternalLink url={`mailto:${email}`}>{email}</ExternalLink>
              <CopyButton value={email} label={t('page.copy', { what: email })} />
            </li>
          ))}
        </ul>
      )}
      {contact.web.length > 0 && (
        <ul className="contact-ways" aria-label={t('fields.web')}>
          {contact.web.map((url) => (
            <li key={url} className="contact-url">
              <ExternalLink url={url}>{url}</ExternalLink>
            </li>
          ))}
        </ul>
      )}
      <dl className="contact-facts">
        {contact.references.map((reference, index) => (
          <div key={index}>
            <dt>{reference.label}</dt>
            <dd className="mono">{reference.value}</dd>
          </div>
        ))}
        <div>
          <dt>{t('fields.lastVerified')}</dt>
          <dd>{contact.lastVerified ?? t('page.neverVerified')}</dd>
        </div>
        {contact.checkBy && (
          <div>
            <dt>{t('page.checkBy')}</dt>
            <dd>{contact.checkBy}</dd>
          </div>
        )}
        {contact.kind === 'seed' && (
          <div>
            <dt>{t('page.sources')}</dt>
            <dd>
              {contact.sources.length > 0 ? contact.sources.join(', ') : t('page.noSources')}
              {contact.sourceSeen && <span className="muted"> · {t('page.sourceSeen', { seen: contact.sourceSeen })}</span>}
            </dd>
          </div>
        )}
        {contact.updatedAt && (
          <div>
            <dt>{contact.kind === 'seed' ? t('page.editedAt') : t('page.updatedAt')}</dt>
            <dd>
              <TimeText iso={contact.updatedAt} zone={zone} precision="minute" />
            </dd>
          </div>
        )}
      </dl>
      {notes && (
        <>
          <h3>{t('fields.notes')}</h3>
          <p className="contact-notes">{notes}</p>
        </>
      )}
    </section>
  );
}
