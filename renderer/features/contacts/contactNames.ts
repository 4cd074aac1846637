// How a contact is named, described and dated, as pure functions: the list, the contact page,
// the paper sheet and the log text all name a contact the same way.
import type { Contact, ContactDraft, ContactNotes } from '../../../shared/domain/contact';
import { localized } from '../../../shared/domain/localized';
import { calendarDate } from '../../lib/time';

const japanese = (language: string) => language.startsWith('ja');

/** The organisation in the UI language (else in the other), else the person. */
export function contactName(contact: Pick<Contact, 'organization' | 'person'>, language: string): string {
  if (contact.organization) return localized(contact.organization, language);
  return contact.person ?? '';
}

/** The organisation's name in the other language, when it has one that differs. */
export function otherName(contact: Pick<Contact, 'organization' | 'person'>, language: string): string | null {
  const organization = contact.organization;
  if (!organization) return null;
  const other = japanese(language) ? organization.en : organization.ja;
  return other && other !== contactName(contact, language) ? other : null;
}

/** "Person · role" for the line under the name; the person is not repeated when it is the name. */
export function personLine(contact: Pick<Contact, 'organization' | 'person' | 'role'>): string {
  const person = contact.organization ? contact.person : null;
  return [person, contact.role].filter(Boolean).join(' · ');
}

export const contactNotes = (notes: ContactNotes, language: string): string =>
  japanese(language) ? notes.ja || notes.en : notes.en || notes.ja;

/** A shipped vendor slot (`v-edr` …): one per category, meant to be filled with the responder's own vendor. */
export const isVendorSlot = (contact: Pick<Contact, 'kind' | 'id'>): boolean => contact.kind === 'seed' && contact.id.startsWith('v-');

/** A vendor slot with no way to reach anyone yet: shown as "to fill in", left off the paper sheet. */
export const isEmptySlot = (contact: Contact): boolean =>
  isVendorSlot(contact) && contact.phones.length === 0 && contact.emails.length === 0 && contact.web.length === 0;

/** The device's calendar date, `YYYY-MM-DD`, in its own zone: what "check before use" compares with. */
export const deviceToday = (now: Date, zone: string): string => calendarDate(now, zone);

/** The editable fields of a contact, as `saveContact` takes them. */
export const draftOf = (contact: Contact): ContactDraft => ({
  category: contact.category,
  country: contact.country,
  organization: contact.organization,
  person: contact.person,
  role: contact.role,
  phones: contact.phones,
  emails: contact.emails,
  web: contact.web,
  references: contact.references,
  notes: contact.notes,
  lastVerified: contact.lastVerified,
});
