// CSV cells as spreadsheets read them: RFC 4180 quoting, and cells a spreadsheet would run
// as a formula made inert. Shared by every CSV Lantern writes (timeline, contacts).

/** Cells a spreadsheet would run as a formula (also after apostrophes we added). */
const FORMULA = /^'*[=+\-@\t\r]/;

/**
 * Prefixes an apostrophe to a cell that Excel, LibreOffice or Sheets would evaluate
 * (`=`, `+`, `-`, `@`, tab, CR at the start — CSV injection). A cell that already
 * starts with apostrophes gets one more, so stripping one on import gives back the text.
 */
export const neutralise = (cell: string): string => (FORMULA.test(cell) ? `'${cell}` : cell);

const NEEDS_QUOTES = /[",\r\n]/;

/** One RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled. */
export const quoteField = (field: string): string => (NEEDS_QUOTES.test(field) ? `"${field.replaceAll('"', '""')}"` : field);

/** Whether a cell needs neutralising or quoting at all: most do not, and 100,000 rows × 30 cells add up. */
const SPECIAL = /^['=+\-@\t\r]|[",\r\n]/;

/** A record: each cell neutralised, then quoted; CRLF-terminated as RFC 4180 asks. */
export function csvRecord(cells: readonly string[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    line += (i === 0 ? '' : ',') + (SPECIAL.test(cell) ? quoteField(neutralise(cell)) : cell);
  }
  return `${line}\r\n`;
}

/** The UTF-8 byte order mark Excel needs to read Japanese text in a CSV file. */
export const BOM = '\uFEFF';
