// Searching and filtering the directory, and grouping it for the list and the paper sheet.
// Pure: the whole directory is a few hundred records, filtered in memory on every keystroke.
import { AUTHORITY_CATEGORIES, VENDOR_CATEGORIES, type ContactCategory, type ContactCountry } from '../../../shared/domain/contact';
import type { DirectoryContact } from '../../data';

export type CategoryFilter = '' | ContactCategory | 'authorities' | 'vendors' | 'none';
export type CountryFilter = '' | ContactCountry | 'none';

export interface ContactFilter {
  query: string;
  category: CategoryFilter;
  country: CountryFilter;
  /** Only the parties engaged in the incident the directory is opened from. */
  engagedOnly: boolean;
}

export const EMPTY_FILTER: ContactFilter = { query: '', category: '', country: '', engagedOnly: false };

export const isFiltering = (filter: ContactFilter): boolean =>
  filter.query.trim() !== '' || filter.category !== '' || filter.country !== '' || filter.engagedOnly;

// NFKC folds full-width Latin and half-width katakana, so "ＪＰＣＥＲＴ" and "ｹｲｻﾂ" find their records.
const fold = (text: string): string => text.normalize('NFKC').toLowerCase();
const digits = (text: string): string => text.replace(/\D/g, '');

function searchText(contact: DirectoryContact): string {
  return fold(
    [
      contact.organization?.en, contact.organization?.ja, contact.person, contact.role,
      ...contact.phones.flatMap((phone) => [phone.number, phone.label]),
      ...contact.emails, ...contact.web,
      ...contact.references.flatMap((reference) => [reference.label, reference.value]),
      contact.notes.en, contact.notes.ja,
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

/** Every word of the query must appear; a number typed with other separators still finds the phone. */
export function matchesQuery(contact: DirectoryContact, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = searchText(contact);
  const phoneDigits = contact.phones.map((phone) => digits(phone.number));
  return words.every((word) => {
    if (text.includes(word)) return true;
    const wanted = digits(word);
    return /^[\d+()\-.#*]+$/.test(word) && wanted.length >= 3 && phoneDigits.some((number) => number.includes(wanted));
  });
}

function matchesCategory(contact: DirectoryContact, category: CategoryFilter): boolean {
  if (category === '') return true;
  if (category === 'none') return contact.category === null;
  if (category === 'authorities') return (AUTHORITY_CATEGORIES as readonly string[]).includes(contact.category ?? '');
  if (category === 'vendors') return (VENDOR_CATEGORIES as readonly string[]).includes(contact.category ?? '');
  return contact.category === category;
}

export function filterContacts(contacts: readonly DirectoryContact[], filter: ContactFilter, engaged: ReadonlySet<string>): DirectoryContact[] {
  return contacts.filter(
    (contact) =>
      matchesCategory(contact, filter.category) &&
      (filter.country === '' || (filter.country === 'none' ? contact.country === null : contact.country === filter.country)) &&
      (!filter.engagedOnly || engaged.has(contact.id)) &&
      matchesQuery(contact, filter.query),
  );
}

export type Section = 'authorities' | 'vendors' | 'other';
export const SECTIONS: readonly Section[] = ['authorities', 'vendors', 'other'];

const CATEGORY_ORDER: readonly (ContactCategory | null)[] = [...AUTHORITY_CATEGORIES, ...VENDOR_CATEGORIES, null];
const rank = (contact: DirectoryContact) => CATEGORY_ORDER.indexOf(contact.category);

export function sectionOf(contact: DirectoryContact): Section {
  if ((AUTHORITY_CATEGORIES as readonly string[]).includes(contact.category ?? '')) return 'authorities';
  return contact.category === null ? 'other' : 'vendors';
}

/**
 * The list's sections. Authorities keep the directory's order (by country, as the reference
 * lists them); vendors go by category, so the responder's own EDR vendor sits beside the EDR slot.
 */
export function groupBySection(contacts: readonly DirectoryContact[]): { section: Section; contacts: DirectoryContact[] }[] {
  return SECTIONS.map((section) => {
    const members = contacts.filter((contact) => sectionOf(contact) === section);
    if (section === 'vendors') members.sort((a, b) => rank(a) - rank(b));
    return { section, contacts: members };
  }).filter((group) => group.contacts.length > 0);
}

/** One group per category, in the categories' order, uncategorised last: the paper sheet's layout. */
export function groupByCategory(contacts: readonly DirectoryContact[]): { category: ContactCategory | null; contacts: DirectoryContact[] }[] {
  return CATEGORY_ORDER.map((category) => ({ category, contacts: contacts.filter((contact) => contact.category === category) })).filter(
    (group) => group.contacts.length > 0,
  );
}
