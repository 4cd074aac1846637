// Bulk add: pasted lines or a CSV file → the systems to add, each with the line it
// came from, and the lines that cannot be added with every reason. Pure: nothing is
// written here; the dialog adds the valid rows once the responder confirms them.
import Papa from 'papaparse';
import { MAX_TAG_LENGTH, splitTags } from '../../lib/tags';
import { SystemDetailsSchema, type SystemDetails } from '../../../shared/domain/system';
import { splitAddresses, type Criticality, type SystemType } from './systemDraft';

/** Lower-cased words accepted for a type or a criticality (enum values and labels). */
export interface BulkAliases {
  types: ReadonlyMap<string, SystemType>;
  criticalities: ReadonlyMap<string, Criticality>;
}

export type BulkIssueCode = 'nameRequired' | 'unknownType' | 'unknownCriticality' | 'badTag' | 'tooLong' | 'tooMany' | 'duplicate' | 'exists';
export interface BulkIssue {
  code: BulkIssueCode;
  values: Record<string, string | number>;
}
export interface BulkRow {
  line: number;
  details: SystemDetails;
}
export interface BulkInvalid {
  line: number;
  /** The line as pasted, shortened, so the responder recognises it. */
  source: string;
  issues: BulkIssue[];
}
export interface BulkResult {
  valid: BulkRow[];
  invalid: BulkInvalid[];
  /** Whether the first line was read as a header row. */
  header: boolean;
  /** Header cells that name no known column; their values are ignored. */
  ignoredColumns: string[];
}

export const COLUMNS = ['name', 'addresses', 'type', 'owner', 'location', 'criticality', 'tags', 'notes'] as const;
type Column = (typeof COLUMNS)[number];

const HEADER_WORDS: Record<Column, readonly string[]> = {
  name: ['name', 'hostname', 'host name', 'system', '名前', 'システム名', 'ホスト名'],
  addresses: ['address', 'addresses', 'ip', 'ips', 'ip address', 'アドレス', 'ipアドレス'],
  type: ['type', '種別', '種類'],
  owner: ['owner', 'business unit', 'bu', '担当', '所有者', '部門'],
  location: ['location', 'site', '場所', '設置場所'],
  criticality: ['criticality', 'priority', '重要度'],
  tags: ['tags', 'tag', 'タグ'],
  notes: ['notes', 'note', 'comment', 'comments', 'メモ', '備考'],
};
const HEADER_INDEX = new Map<string, Column>(COLUMNS.flatMap((column) => HEADER_WORDS[column].map((word) => [word, column] as const)));
const MAX_SOURCE = 120;

const key = (value: string) => value.trim().toLocaleLowerCase();

function tagsOf(cell: string, issues: BulkIssue[]): string[] {
  const tags = splitTags(cell);
  for (const tag of tags) if (tag.length > MAX_TAG_LENGTH) issues.push({ code: 'badTag', values: { value: tag.slice(0, MAX_TAG_LENGTH) } });
  return tags;
}

function rowDetails(cells: ReadonlyMap<Column, string>, aliases: BulkAliases, issues: BulkIssue[]): SystemDetails {
  const cell = (column: Column) => (cells.get(column) ?? '').trim();
  const typeCell = cell('type');
  const type = typeCell ? aliases.types.get(key(typeCell)) : 'host';
  if (!type) issues.push({ code: 'unknownType', values: { value: typeCell } });
  const criticalityCell = cell('criticality');
  const criticality = criticalityCell ? aliases.criticalities.get(key(criticalityCell)) : 'medium';
  if (!criticality) issues.push({ code: 'unknownCriticality', values: { value: criticalityCell } });
  if (!cell('name')) issues.push({ code: 'nameRequired', values: {} });
  return {
    name: cell('name'),
    type: type ?? 'host',
    addresses: splitAddresses(cell('addresses')),
    owner: cell('owner'),
    location: cell('location'),
    criticality: criticality ?? 'medium',
    notes: cell('notes'),
    tags: tagsOf(cell('tags'), issues),
  };
}

/** The schema's remaining complaints (lengths, counts), one per field. */
function schemaIssues(details: SystemDetails, issues: BulkIssue[]): void {
  const parsed = SystemDetailsSchema.safeParse(details);
  if (parsed.success || issues.length > 0) return;
  const fields = new Set<string>();
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'name');
    if (fields.has(field)) continue;
    fields.add(field);
    issues.push({ code: issue.path.length === 1 && (field === 'addresses' || field === 'tags') ? 'tooMany' : 'tooLong', values: { field } });
  }
}

export function parseBulk(input: string, options: { aliases: BulkAliases; existingNames: ReadonlySet<string> }): BulkResult {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const rows: { line: number; cells: string[]; source: string }[] = [];
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  // Every physical line gives a row (empty ones too), plus the line breaks inside
  // quoted cells: that is how a row's line number is counted, not by offsets.
  let line = 1;
  for (const cells of parsed.data) {
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ line, cells, source: cells.join(parsed.meta.delimiter || ',') });
    line += 1 + cells.reduce((breaks, cell) => breaks + (cell.match(/\n/g)?.length ?? 0), 0);
  }

  const first = rows[0];
  const headerColumns = first?.cells.map((cell) => HEADER_INDEX.get(key(cell)) ?? null) ?? [];
  const header = headerColumns.includes('name');
  const columns: (Column | null)[] = header ? headerColumns : [...COLUMNS];
  const ignoredColumns = header ? first!.cells.filter((_, i) => headerColumns[i] === null && first!.cells[i]!.trim() !== '') : [];

  const valid: BulkRow[] = [];
  const invalid: BulkInvalid[] = [];
  const seen = new Map<string, number>();
  for (const row of header ? rows.slice(1) : rows) {
    const cells = new Map<Column, string>();
    row.cells.forEach((value, i) => {
      const column = columns[i];
      if (column && !cells.has(column)) cells.set(column, value);
    });
    const issues: BulkIssue[] = [];
    const details = rowDetails(cells, options.aliases, issues);
    schemaIssues(details, issues);
    const name = key(details.name);
    if (name && seen.has(name)) issues.push({ code: 'duplicate', values: { line: seen.get(name)! } });
    else if (name && options.existingNames.has(name)) issues.push({ code: 'exists', values: { name: details.name } });
    if (name && !seen.has(name)) seen.set(name, row.line);
    if (issues.length === 0) valid.push({ line: row.line, details });
    else invalid.push({ line: row.line, source: row.source.trim().slice(0, MAX_SOURCE), issues });
  }
  return { valid, invalid, header, ignoredColumns };
}

/** Lower-cased existing names, for `existingNames`. */
export const nameKeys = (names: Iterable<string>): Set<string> => new Set([...names].map(key));
