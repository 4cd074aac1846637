// vCard 3.0 / 4.0 import: each card becomes a contact draft or is listed with its index, line and problems.
// Pure: nothing is stored here; the caller imports the valid cards once the responder confirms them.
import { ContactCountrySchema, ContactDraftSchema, PHONE_PATTERN, type ContactDraft, type Phone } from '../domain/contact';
import { readCategory } from './categories';
import { clip, schemaProblems, type ImportProblem } from './importProblems';
import { parseProperty, splitEscaped, unescapeText, unfold, type LogicalLine, type Property } from './vcardSyntax';

export type ParsedContact = ContactDraft;
export interface InvalidCard {
  /** 1-based position of the card in the file. */
  index: number;
  /** 1-based line of its BEGIN:VCARD. */
  line: number;
  problems: ImportProblem[];
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
  const close = (card: RawCard, problem?: ImportProblem) => {
    const parsed = problem ? { problems: [problem] } : readCard(card.lines);
    if ('draft' in parsed) result.valid.push(parsed.draft);
    else result.invalid.push({ index: card.index, line: card.line, problems: parsed.problems });
  };
  for (const logical of unfold(text)) {
    const upper = logical.text.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      if (current) close(current, { code: 'missingEndBeforeNext', params: { next: logical.line } });
      count++;
      current = count > MAX_CARDS ? null : { index: count, line: logical.line, lines: [] };
      if (count === MAX_CARDS + 1) result.invalid.push({ index: count, line: logical.line, problems: [{ code: 'tooManyCards', params: { max: MAX_CARDS } }] });
    } else if (upper === 'END:VCARD') {
      if (current) close(current);
      current = null;
    } else if (current && upper !== '') current.lines.push(logical);
  }
  if (current) close(current, { code: 'missingEnd' });
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

function readPhone(property: Property): Phone | ImportProblem {
  let value = unescapeText(property.value).trim();
  if (/^tel:/i.test(value)) {
    value = value.slice(4).split(';')[0] ?? '';
    try {
      value = decodeURIComponent(value);
    } catch {
      return { code: 'telUri', params: { line: property.line, value: clip(value) } };
    }
  }
  if (!PHONE_PATTERN.test(value)) return { code: 'phone', params: { line: property.line, value: clip(value) } };
  const kinds = types(property);
  const label = property.params.get('X-LABEL')?.[0] ?? (kinds.filter((t) => !['voice', 'pref'].includes(t) && !t.startsWith('x-')).join(', ') || null);
  return { number: value, label, available24x7: kinds.includes('x-24x7'), outOfBand: kinds.includes('x-oob') };
}

function readProperty(property: Property, fields: Fields, problems: ImportProblem[]): void {
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
      if ('code' in phone) problems.push(phone);
      else fields.phones.push(phone);
      break;
    }
    case 'EMAIL': fields.emails.push(text()); break;
    case 'URL': {
      const url = property.value.trim().replace(/\\([,;\\])/g, '$1');
      if (/^https?:\/\//i.test(url)) fields.web.push(url);
      else problems.push({ code: 'web', params: { line: property.line, value: clip(url) } });
      break;
    }
    case 'NOTE': (isJapanese(property) ? fields.notes.ja : fields.notes.en).push(text()); break;
    case 'CATEGORIES':
      fields.category = fields.category ?? splitEscaped(property.value, ',').map((word) => readCategory(unescapeText(word))).find((c) => c !== null) ?? null;
      break;
    case 'X-LANTERN-COUNTRY': {
      const country = ContactCountrySchema.safeParse(property.value.trim().toUpperCase());
      if (country.success) fields.country = country.data;
      else problems.push({ code: 'unknownCountry', params: { line: property.line, value: clip(property.value, 20) } });
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

function readCard(lines: LogicalLine[]): { draft: ParsedContact } | { problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const fields: Fields = {
    kindOrg: false, org: {}, phones: [], emails: [], web: [], notes: { en: [], ja: [] },
    category: null, country: null, references: [], lastVerified: null,
  };
  for (const logical of lines) {
    const property = parseProperty(logical);
    if (!property) {
      problems.push({ code: 'notContentLine', params: { line: logical.line } });
      continue;
    }
    const encoding = [...(property.params.get('ENCODING') ?? []), ...(property.params.get('TYPE') ?? [])];
    if (encoding.some((e) => e.toUpperCase() === 'QUOTED-PRINTABLE')) {
      problems.push({ code: 'quotedPrintable', params: { line: property.line, property: property.name } });
      continue;
    }
    readProperty(property, fields, problems);
  }
  if (fields.version !== '3.0' && fields.version !== '4.0') {
    problems.push(fields.version === undefined ? { code: 'noVersion' } : { code: 'unsupportedVersion', params: { value: clip(fields.version, 10) } });
  }
  const orgText = fields.org.en ?? fields.org.ja;
  if (!fields.fn && !orgText) problems.push({ code: 'noName' });
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
  return { problems: schemaProblems(parsed.error.issues, draft) };
}
