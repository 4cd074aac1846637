// What an import would bring in: the file's format (vCard or CSV, by content first), the valid
// contacts, and each malformed card or row with where it starts and what is wrong. Nothing is stored.
import type { ContactDraft } from '../../../shared/domain/contact';
import { MAX_CARDS, parseVCards, type ImportProblem } from '../../../shared/contacts';
import { MAX_CSV_ROWS, parseContactsCsv } from './csv';

export type ImportFormat = 'vcard' | 'csv';

export interface MalformedEntry {
  /** A vCard's position in the file; null for a CSV row. */
  card: number | null;
  /** The line it starts on. */
  line: number;
  /** Coded (contacts:problem.<code>), quoting the offending value as sent. */
  problems: ImportProblem[];
}

export interface ImportPreview {
  format: ImportFormat;
  valid: ContactDraft[];
  malformed: MalformedEntry[];
  /** When the file holds more entries than are read, that limit. */
  cutAt: number | null;
  ignoredColumns: string[];
}

export function detectFormat(text: string, fileName = ''): ImportFormat {
  if (/^\s*BEGIN:VCARD\s*$/im.test(text)) return 'vcard';
  return /\.(vcf|vcard)$/i.test(fileName) ? 'vcard' : 'csv';
}

export function previewImport(text: string, fileName = ''): ImportPreview {
  const format = detectFormat(text, fileName);
  if (format === 'vcard') {
    const result = parseVCards(text);
    const cut = result.invalid.find((card) => card.index > MAX_CARDS);
    return {
      format,
      valid: result.valid,
      malformed: result.invalid.filter((card) => card !== cut).map((card) => ({ card: card.index, line: card.line, problems: card.problems })),
      cutAt: cut ? MAX_CARDS : null,
      ignoredColumns: [],
    };
  }
  const result = parseContactsCsv(text);
  const isCut = (problems: ImportProblem[]) => problems.some((problem) => problem.code === 'tooManyRows');
  return {
    format,
    valid: result.valid,
    malformed: result.invalid.filter((row) => !isCut(row.problems)).map((row) => ({ card: null, line: row.line, problems: row.problems })),
    cutAt: result.invalid.some((row) => isCut(row.problems)) ? MAX_CSV_ROWS : null,
    ignoredColumns: result.ignoredColumns,
  };
}
