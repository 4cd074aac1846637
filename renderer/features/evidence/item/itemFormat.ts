// Small formatting for the item page: sizes in bytes and in binary units.

const UNITS = ['KiB', 'MiB', 'GiB', 'TiB'] as const;

/** "1.5 MiB" in the UI language's digits; bytes below 1 KiB stay "512 B". */
export function humanSize(bytes: number, language: string): string {
  const number = (value: number, digits: number) => new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return `${number(bytes, 0)} B`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${number(value, value < 10 ? 2 : 1)} ${UNITS[unit]}`;
}

export const exactBytes = (bytes: number, language: string): string => new Intl.NumberFormat(language).format(bytes);

/** The first line of an entry's text, shortened for a list. */
export function firstLine(text: string, max = 160): string {
  const line = text.split('\n', 1)[0]!.trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
