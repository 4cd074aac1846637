// Contacts as CSV: import with every malformed row listed by line, export with a BOM and
// spreadsheet-formula neutralising. Here, not in shared/, because papaparse's types pull in
// Node's globals, which shared/ must not see.
//
// Header (first line, any order, case-insensitive; only organization or person is required):
//   organization, person, role, category, country, phones, emails, web, notes, references, last_verified
// phones:     "+81-3-0000-0000;24x7|+81-90-0000-0000;oob;personal mobile" (number; flags 24x7 / oob; other parts = label)
// emails/web: values separated by "|";  references: "Policy=CY-1|Contract=IR-7";  last_verified: YYYY-MM-DD
import Papa from 'papaparse';
import { ContactCountrySchema, ContactDraftSchema, PHONE_PATTERN, type ContactDraft, type Phone } from '../../../shared/domain/contact';
import { clip, readCategory, schemaProblems, type ImportProblem } from '../../../shared/contacts';
import { neutralise } from '../../../shared/export/csvCell';

export const CSV_COLUMNS = ['organization', 'person', 'role', 'category', 'country', 'phones', 'emails', 'web', 'notes', 'references', 'last_verified'] as const;
type Column = (typeof CSV_COLUMNS)[number];

export interface InvalidCsvRow {
  line: number;
  problems: ImportProblem[];
}
export interface CsvParseResult {
  valid: ContactDraft[];
  invalid: InvalidCsvRow[];
  /** Header cells that name no known column; their values are ignored. */
  ignoredColumns: string[];
}

// One neutralising rule for every CSV Lantern writes; re-exported for the contacts tests.
export { neutralise };
const restore = (cell: string): string => (/^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** Rows beyond this many are not read. */
export const MAX_CSV_ROWS = 5000;

const list = (cell: string) => cell.split('|').map((part) => part.trim()).filter(Boolean);

function readPhones(cell: string, problems: ImportProblem[]): Phone[] {
  return list(cell).flatMap((entry) => {
    const [number = '', ...parts] = entry.split(';').map((part) => part.trim());
    if (!PHONE_PATTERN.test(number)) {
      problems.push({ code: 'phone', params: { value: clip(number, 40) } });
      return [];
    }
    const flag = (names: string[]) => parts.some((part) => names.includes(part.toLowerCase()));
    const label = parts.filter((part) => part && !['24x7', '24/7', 'oob'].includes(part.toLowerCase())).join(', ');
    return [{ number, label: label || null, available24x7: flag(['24x7', '24/7']), outOfBand: flag(['oob']) }];
  });
}

function readRow(cell: (column: Column) => string): { draft: ContactDraft } | { problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const category = cell('category') ? readCategory(cell('category')) : null;
  if (cell('category') && !category) problems.push({ code: 'unknownCategory', params: { value: clip(cell('category'), 40) } });
  const country = cell('country') ? ContactCountrySchema.safeParse(cell('country').toUpperCase()) : null;
  if (country && !country.success) problems.push({ code: 'unknownCountry', params: { value: clip(cell('country'), 10) } });
  const web = list(cell('web'));
  for (const url of web) if (!/^https?:\/\//i.test(url)) problems.push({ code: 'web', params: { value: clip(url) } });
  const references = list(cell('references')).map((entry) => {
    const eq = entry.indexOf('=');
    if (eq < 0) problems.push({ code: 'referenceFormat', params: { value: clip(entry, 40) } });
    return { label: entry.slice(0, Math.max(eq, 0)).trim(), value: entry.slice(eq + 1).trim() };
  });
  const phones = readPhones(cell('phones'), problems);
  if (problems.length > 0) return { problems };
  const draft = {
    category,
    country: country?.success ? country.data : null,
    organization: cell('organization') ? { en: cell('organization'), ja: '' } : null,
    person: cell('person') || null,
    role: cell('role') || null,
    phones,
    emails: list(cell('emails')),
    web,
    references,
    notes: { en: cell('notes'), ja: '' },
    lastVerified: cell('last_verified') || null,
  };
  const parsed = ContactDraftSchema.safeParse(draft);
  if (parsed.success) return { draft: parsed.data };
  return { problems: schemaProblems(parsed.error.issues, draft) };
}

export function parseContactsCsv(text: string): CsvParseResult {
  const result: CsvParseResult = { valid: [], invalid: [], ignoredColumns: [] };
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  let line = 1;
  let columns: (Column | null)[] | null = null;
  for (const cells of parsed.data) {
    const at = line;
    // A row spans its physical line plus every line break inside its quoted cells.
    line += 1 + cells.reduce((breaks, value) => breaks + (value.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
    if (cells.every((value) => value.trim() === '')) continue;
    if (!columns) {
      columns = cells.map((value) => {
        const name = value.trim().toLowerCase().replace(/[\s-]+/g, '_');
        return (CSV_COLUMNS as readonly string[]).includes(name) ? (name as Column) : null;
      });
      result.ignoredColumns = cells.filter((_, i) => columns?.[i] === null).map((value) => value.trim()).filter(Boolean);
      if (!columns.includes('organization') && !columns.includes('person')) {
        result.invalid.push({ line: at, problems: [{ code: 'header', params: { columns: CSV_COLUMNS.join(', ') } }] });
        return result;
      }
      continue;
    }
    if (result.valid.length + result.invalid.length >= MAX_CSV_ROWS) {
      result.invalid.push({ line: at, problems: [{ code: 'tooManyRows', params: { max: MAX_CSV_ROWS } }] });
      return result;
    }
    const header = columns;
    const row = readRow((column) => {
      const index = header.indexOf(column);
      return index < 0 ? '' : restore((cells[index] ?? '').trim());
    });
    if ('draft' in row) result.valid.push(row.draft);
    else result.invalid.push({ line: at, problems: row.problems });
  }
  return result;
}

const clean = (label: string) => label.replace(/[|;]/g, ',');

/** CSV with a UTF-8 BOM (so Excel reads Japanese), CRLF, the full header, formula cells neutralised. */
export function serializeContactsCsv(contacts: readonly ContactDraft[]): string {
  const rows = contacts.map((contact) => [
    contact.organization ? contact.organization.en || contact.organization.ja : '',
    contact.person ?? '',
    contact.role ?? '',
    contact.category ?? '',
    contact.country ?? '',
    contact.phones
      .map((phone) => [phone.number, ...(phone.available24x7 ? ['24x7'] : []), ...(phone.outOfBand ? ['oob'] : []), ...(phone.label ? [clean(phone.label)] : [])].join(';'))
      .join('|'),
    contact.emails.join('|'),
    contact.web.join('|'),
    contact.notes.en || contact.notes.ja,
    contact.references.map((reference) => `${clean(reference.label).replace(/=/g, '-')}=${clean(reference.value)}`).join('|'),
    contact.lastVerified ?? '',
  ].map(neutralise));
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n' })}\r\n`;
}
