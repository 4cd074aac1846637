// vCard 4.0 export of contacts (UTF-8, CRLF, folded at 75 octets); parseVCards reads it back unchanged.
import type { ContactDraft } from '../domain/contact';
import type { LocalizedText } from '../domain/localized';
import { encodeParam, escapeText, fold } from './vcardSyntax';

/** ORG or NOTE in each language it has; both languages share an ALTID so readers see one value. */
function localizedLines(name: string, value: { en: string; ja: string }): string[] {
  if (value.en && value.ja) return [`${name};ALTID=1;LANGUAGE=en:${escapeText(value.en)}`, `${name};ALTID=1;LANGUAGE=ja:${escapeText(value.ja)}`];
  if (value.ja) return [`${name};LANGUAGE=ja:${escapeText(value.ja)}`];
  return value.en ? [`${name}:${escapeText(value.en)}`] : [];
}

function cardLines(contact: ContactDraft): string[] {
  const organization: LocalizedText | null = contact.organization;
  const orgText = organization ? organization.en || organization.ja : '';
  const lines = ['BEGIN:VCARD', 'VERSION:4.0'];
  if (contact.person === null) lines.push('KIND:org');
  lines.push(`FN:${escapeText(contact.person ?? orgText)}`);
  if (organization) lines.push(...localizedLines('ORG', organization));
  if (contact.role) lines.push(`TITLE:${escapeText(contact.role)}`);
  for (const phone of contact.phones) {
    const kinds = ['voice', ...(phone.available24x7 ? ['x-24x7'] : []), ...(phone.outOfBand ? ['x-oob'] : [])];
    const label = phone.label ? `;X-LABEL=${encodeParam(phone.label)}` : '';
    lines.push(`TEL;VALUE=text;TYPE=${kinds.join(',')}${label}:${escapeText(phone.number)}`);
  }
  for (const email of contact.emails) lines.push(`EMAIL:${escapeText(email)}`);
  for (const url of contact.web) lines.push(`URL:${url}`);
  lines.push(...localizedLines('NOTE', contact.notes));
  if (contact.category) lines.push(`CATEGORIES:${contact.category}`);
  if (contact.country) lines.push(`X-LANTERN-COUNTRY:${contact.country}`);
  for (const reference of contact.references) lines.push(`X-LANTERN-REFERENCE:${escapeText(reference.label)};${escapeText(reference.value)}`);
  if (contact.lastVerified) lines.push(`X-LANTERN-LAST-VERIFIED:${contact.lastVerified}`);
  lines.push('END:VCARD');
  return lines;
}

/** One vCard 4.0 file holding every contact, in order. */
export function serializeVCards(contacts: readonly ContactDraft[]): string {
  return contacts.flatMap(cardLines).map(fold).join('');
}
