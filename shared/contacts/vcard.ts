// vCard 3.0 / 4.0 import: each card becomes a contact draft or is listed with its index, line and problems.
// Pure: nothing is stored here; the caller imports the valid cards once the responder confirms them.
import { ContactCountrySchema, ContactDraftSchema, PHONE_PATTERN, type ContactDraft, type Phone } from '../domain/contact';
import { readCategory } from './categories';
import { parseProperty, splitEscaped, unescapeText, unfold, type LogicalLine, type Property } from './vcardSyntax';

export type ParsedContact = ContactDraft;
export interface InvalidCard {
  /** 1-based position of the card in the file. */
  index: number;
  /** 1-based line of its BEGIN:VCARD. */
  line: number;
  problems: string[];
}
export interface VCardParseResult {
  valid: ParsedContact[];
  invalid: InvalidCard[];
}

/** Cards beyond this many are not read (a directory export, not an address book dump). */
export const MAX_CARDS = 5000;

interface RawCard {
  index: number;
  line: number;
  lines: LogicalLine[];
}

export function parseVCards(text: string): VCardParseResult {
  const result: VCardParseResult = { valid: [], invalid: [] };
  let current: RawCard | null = null;
  let count = 0;
  const close = (card: RawCard, problem?: string) => {
    const parsed = problem ? { problems: [problem] } : readCard(card.lines);
    if ('draft' in parsed) result.valid.push(parsed.draft);
    else result.invalid.push({ index: card.index, line: card.line, problems: parsed.problems });
  };
  for (const logical of unfold(text)) {
    const upper = logical.text.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      if (current) close(current, `no END:VCARD before the next BEGIN:VCARD on line ${logical.line}`);
      count++;
      current = count > MAX_CARDS ? null : { index: count, line: logical.line, lines: [] };
      if (count === MAX_CARDS + 1) result.invalid.push({ index: count, line: logical.line, problems: [`more than ${MAX_CARDS} cards: this card and the rest are not read`] });
    } else if (upper === 'END:VCARD') {
      if (current) close(current);
      current = null;
    } else if (current && upper !== '') current.lines.push(logical);
  }
  if (current) close(current, 'no END:VCARD before the end of the file');
  return result;
}

interface Fields {
  version?: string;
  fn?: string;
  kindOrg: boolean;
  org: { en?: string; ja?: string };
  title?: string;
  role?: string;
  phones: Phone[];
  emails: string[];
  web: string[];
  notes: { en: string[]; ja: string[] };
  category: ParsedContact['category'];
  country: ParsedContact['country'];
  references: ParsedContact['references'];
  lastVerified: string | null;
}

const isJapanese = (property: Property) => (property.params.get('LANGUAGE')?.[0] ?? '').toLowerCase().startsWith('ja');
const types = (property: Property) => (property.params.get('TYPE') ?? []).flatMap((t) => t.split(',')).map((t) => t.trim().toLowerCase());

function readPhone(property: Property): Phone | string {
  let value = unescapeText(property.value).trim();
  if (/^tel:/i.test(value)) {
    value = value.slice(4).split(';')[0] ?? '';
    try {
      value = decodeURIComponent(value);
    } catch {
      return `line ${property.line}: TEL "${value}" is not a valid tel: URI`;
    }
  }
  if (!PHONE_PATTERN.test(value)) return `line ${property.line}: TEL "${value.slice(0, 60)}" is not a phone number`;
  const kinds = types(property);
  const label = property.params.get('X-LABEL')?.[0] ?? (kinds.filter((t) => !['voice', 'pref'].includes(t) && !t.startsWith('x-')).join(', ') || null);
  return { number: value, label, available24x7: kinds.includes('x-24x7'), outOfBand: kinds.includes('x-oob') };
}

function readProperty(property: Property, fields: Fields, problems: string[]): void {
  const text = () => unescapeText(property.value).trim();
  switch (property.name) {
    case 'VERSION': fields.version = property.value.trim(); break;
    case 'KIND': fields.kindOrg = property.value.trim().toLowerCase() === 'org'; break;
    case 'FN': fields.fn = fields.fn ?? text(); break;
    case 'ORG': {
      const name = splitEscaped(property.value, ';').map((part) => unescapeText(part).trim()).filter(Boolean).join(', ');
      if (isJapanese(property)) fields.org.ja = fields.org.ja ?? name;
      else fields.org.en = fields.org.en ?? name;
      break;
    }
    case 'TITLE': fields.title = fields.title ?? text(); break;
    case 'ROLE': fields.role = fields.role ?? text(); break;
    case 'TEL': {
      const phone = readPhone(property);
      if (typeof phone === 'string') problems.push(phone);
      else fields.phones.push(phone);
      break;
    }
    case 'EMAIL': fields.emails.push(text()); break;
    case 'URL': {
      const url = property.value.trim().replace(/\\([,;\\])/g, '$1');
      if (/^https?:\/\//i.test(url)) fields.web.push(url);
      else problems.push(`line ${property.line}: URL "${url.slice(0, 60)}" is not an http(s) link`);
      break;
    }
    case 'NOTE': (isJapanese(property) ? fields.notes.ja : fields.notes.en).push(text()); break;
    case 'CATEGORIES':
      fields.category = fields.category ?? splitEscaped(property.value, ',').map((word) => readCategory(unescapeText(word))).find((c) => c !== null) ?? null;
      break;
    case 'X-LANTERN-COUNTRY': {
      const country = ContactCountrySchema.safeParse(property.value.trim().toUpperCase());
      if (country.success) fields.country = country.data;
      else problems.push(`line ${property.line}: unknown country "${property.value.slice(0, 20)}"`);
      break;
    }
    case 'X-LANTERN-REFERENCE': {
      const [label = '', value = ''] = splitEscaped(property.value, ';').map((part) => unescapeText(part).trim());
      fields.references.push({ label, value });
      break;
    }
    case 'X-LANTERN-LAST-VERIFIED': fields.lastVerified = property.value.trim(); break;
  }
}

function readCard(lines: LogicalLine[]): { draft: ParsedContact } | { problems: string[] } {
  const problems: string[] = [];
  const fields: Fields = {
    kindOrg: false, org: {}, phones: [], emails: [], web: [], notes: { en: [], ja: [] },
    category: null, country: null, references: [], lastVerified: null,
  };
  for (const logical of lines) {
    const property = parseProperty(logical);
    if (!property) {
      problems.push(`line ${logical.line}: not a vCard content line`);
      continue;
    }
    const encoding = [...(property.params.get('ENCODING') ?? []), ...(property.params.get('TYPE') ?? [])];
    if (encoding.some((e) => e.toUpperCase() === 'QUOTED-PRINTABLE')) {
      problems.push(`line ${property.line}: ${property.name} is quoted-printable, which Lantern does not read; export the card again as plain UTF-8 vCard 3.0 or 4.0`);
      continue;
    }
    readProperty(property, fields, problems);
  }
  if (fields.version !== '3.0' && fields.version !== '4.0') {
    problems.push(fields.version === undefined ? 'no VERSION line' : `vCard version ${fields.version.slice(0, 10)} is not supported (3.0 and 4.0 are)`);
  }
  const orgText = fields.org.en ?? fields.org.ja;
  if (!fields.fn && !orgText) problems.push('no FN and no ORG: the card names neither a person nor an organisation');
  if (problems.length > 0) return { problems };
  const draft = {
    category: fields.category,
    country: fields.country,
    organization: orgText ? { en: fields.org.en ?? '', ja: fields.org.ja ?? '' } : null,
    person: !fields.fn || fields.kindOrg || fields.fn === orgText ? null : fields.fn,
    role: [fields.title, fields.role].filter(Boolean).join(', ') || null,
    phones: fields.phones,
    emails: fields.emails,
    web: fields.web,
    references: fields.references,
    notes: { en: fields.notes.en.join('\n'), ja: fields.notes.ja.join('\n') },
    lastVerified: fields.lastVerified,
  };
  const parsed = ContactDraftSchema.safeParse(draft);
  if (parsed.success) return { draft: parsed.data };
  return { problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'card'}: ${issue.message}`) };
}
