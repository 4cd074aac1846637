// Sizes, throughput and time left for the locker and the hashing progress, in the
// UI language's digits and unit names (Intl), with binary steps as Explorer shows them.

const UNITS = ['kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** "512 B", "1.5 MB", "2 GB" (1 KB = 1024 B); the exact count belongs in a title. */
export function formatBytes(bytes: number, language: string): string {
  if (bytes < 1024) return `${new Intl.NumberFormat(language).format(bytes)} B`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = value < 10 ? 2 : value < 100 ? 1 : 0;
  return new Intl.NumberFormat(language, { style: 'unit', unit: UNITS[unit], maximumFractionDigits: digits }).format(value);
}

/** "1,234,567" — the size to the byte, for titles and the custody form. */
export const formatExactBytes = (bytes: number, language: string): string => new Intl.NumberFormat(language).format(bytes);

/** "212.4 MB/s" (MB = 1024² B, as formatBytes). */
export function formatRate(bytesPerSecond: number, language: string): string {
  const value = bytesPerSecond / (1024 * 1024);
  return new Intl.NumberFormat(language, { style: 'unit', unit: 'megabyte-per-second', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

/** "45 sec", "3 min 20 sec", "1 hr 5 min": precise enough to decide whether to wait. */
export function formatDuration(seconds: number, language: string): string {
  const part = (value: number, unit: 'second' | 'minute' | 'hour') => new Intl.NumberFormat(language, { style: 'unit', unit }).format(value);
  // Rounded up: "about 0 sec left" while work remains would be a lie.
  const total = Math.max(0, Math.ceil(seconds));
  if (total < 60) return part(total, 'second');
  if (total < 3600) return `${part(Math.floor(total / 60), 'minute')} ${part(total % 60, 'second')}`;
  return `${part(Math.floor(total / 3600), 'hour')} ${part(Math.floor((total % 3600) / 60), 'minute')}`;
}

/** The first 12 hex digits: enough to tell items apart at a glance; the full value is copied or shown on the item. */
export const shortHash = (sha256: string): string => `${sha256.slice(0, 12)}…`;
