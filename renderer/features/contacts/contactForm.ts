// The edit dialog's state: text as typed (lists one per line, phones and references as rows),
// turned into a ContactDraft only on save, so a refused save keeps everything the responder typed.
import type { Contact, ContactCategory, ContactCountry, ContactDraft } from '../../../shared/domain/contact';

export interface PhoneRow {
  key: number;
  number: string;
  label: string;
  available24x7: boolean;
  outOfBand: boolean;
}
export interface ReferenceRow {
  key: number;
  label: string;
  value: string;
}
export interface ContactForm {
  orgEn: string;
  orgJa: string;
  person: string;
  role: string;
  category: ContactCategory | '';
  country: ContactCountry | '';
  phones: PhoneRow[];
  emails: string;
  web: string;
  references: ReferenceRow[];
  notesEn: string;
  notesJa: string;
  lastVerified: string;
}

let nextKey = 0;
/** Row keys for React only; never saved. */
export const rowKey = (): number => ++nextKey;
export const emptyPhone = (): PhoneRow => ({ key: rowKey(), number: '', label: '', available24x7: false, outOfBand: false });
export const emptyReference = (): ReferenceRow => ({ key: rowKey(), label: '', value: '' });

export function formOf(contact: Contact | null): ContactForm {
  if (!contact) {
    return {
      orgEn: '', orgJa: '', person: '', role: '', category: '', country: '', phones: [emptyPhone()], emails: '', web: '',
      references: [], notesEn: '', notesJa: '', lastVerified: '',
    };
  }
  return {
    orgEn: contact.organization?.en ?? '',
    orgJa: contact.organization?.ja ?? '',
    person: contact.person ?? '',
    role: contact.role ?? '',
    category: contact.category ?? '',
    country: contact.country ?? '',
    phones: contact.phones.map((phone) => ({ key: rowKey(), ...phone, label: phone.label ?? '' })),
    emails: contact.emails.join('\n'),
    web: contact.web.join('\n'),
    references: contact.references.map((reference) => ({ key: rowKey(), ...reference })),
    notesEn: contact.notes.en,
    notesJa: contact.notes.ja,
    lastVerified: contact.lastVerified ?? '',
  };
}

const lines = (text: string) => text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
const orNull = (text: string) => text.trim() || null;

/** Rows left completely empty are dropped; anything half-filled goes to the data layer, which says what is wrong. */
export function draftFrom(form: ContactForm): ContactDraft {
  const orgEn = form.orgEn.trim();
  const orgJa = form.orgJa.trim();
  return {
    category: form.category || null,
    country: form.country || null,
    organization: orgEn || orgJa ? { en: orgEn, ja: orgJa } : null,
    person: orNull(form.person),
    role: orNull(form.role),
    phones: form.phones
      .filter((phone) => phone.number.trim() || phone.label.trim())
      .map((phone) => ({ number: phone.number.trim(), label: orNull(phone.label), available24x7: phone.available24x7, outOfBand: phone.outOfBand })),
    emails: lines(form.emails),
    web: lines(form.web),
    references: form.references
      .filter((reference) => reference.label.trim() || reference.value.trim())
      .map((reference) => ({ label: reference.label.trim(), value: reference.value.trim() })),
    notes: { en: form.notesEn.trim(), ja: form.notesJa.trim() },
    lastVerified: orNull(form.lastVerified),
  };
}

export interface FieldProblem {
  key: 'named' | 'phone' | 'email' | 'web' | 'reference' | 'lastVerified' | 'tooMany' | 'tooLong';
  value?: string;
}

/**
 * Which field a refused save names (the data layer reports its path, e.g. `phones.1.number`),
 * with the value at fault, so the dialog can say "“03-ABC” is not a phone number".
 */
export function problemOf(error: unknown, draft: ContactDraft): FieldProblem | null {
  const coded = error as { code?: unknown; details?: { field?: unknown } } | null;
  const field = coded?.details?.field;
  if (coded?.code !== 'contact.invalid' || typeof field !== 'string') return null;
  if (field === '') return { key: 'named' }; // the rule that a contact names an organisation or a person
  const [head, index, leaf] = field.split('.');
  const at = Number(index);
  const list = index === undefined;
  switch (head) {
    case 'phones':
      if (list) return { key: 'tooMany' };
      return leaf === 'number' ? { key: 'phone', value: draft.phones[at]?.number ?? '' } : { key: 'tooLong' };
    case 'emails':
      return list ? { key: 'tooMany' } : { key: 'email', value: draft.emails[at] ?? '' };
    case 'web':
      return list ? { key: 'tooMany' } : { key: 'web', value: draft.web[at] ?? '' };
    case 'references':
      return list ? { key: 'tooMany' } : { key: 'reference' };
    case 'lastVerified':
      return { key: 'lastVerified' };
    case 'organization':
    case 'person':
    case 'role':
    case 'notes':
      return { key: 'tooLong' };
    default:
      return null;
  }
}
