// Rules a bundle's ZIP entries must meet before anything in them is trusted: names that
// cannot escape a folder, no links, no two names one file system would merge, and
// inflation counted against READ_LIMITS as it happens (never from the header's sizes).
import { READ_LIMITS } from './format';

export type ReadLimits = { [K in keyof typeof READ_LIMITS]: number };

/**
 * A small entry can deflate at a high ratio without harm (a short run of zeros, an empty
 * JSON array): the ratio only counts once an entry's output passes this size.
 */
export const RATIO_GRACE_BYTES = 1024 * 1024;

/** Why a name could write outside the folder it is extracted into, or null when it is safe. */
export function unsafePathReason(name: string): string | null {
  if (name === '') return 'the entry has an empty name';
  // Windows treats a backslash as a separator: `..\x` escapes there even though it has no `../`.
  if (name.includes('\\')) return 'the name contains a backslash';
  if (name.startsWith('/')) return 'the name is an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'the name starts with a drive letter';
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'the name contains a control character';
  const segments = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
  if (segments.includes('..')) return 'the name contains a ".." segment';
  if (segments.some((segment) => segment === '' || segment === '.')) return 'the name contains an empty or "." segment';
  return null;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** A Unix symbolic link: the file type bits of the mode that Unix zippers keep in the upper 16 bits. */
export const isSymlinkAttributes = (externalFileAttributes: number): boolean => ((externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK;

/**
 * The name as a case-insensitive, normalising file system (macOS, Windows) sees it.
 * Upper- then lower-casing folds more than lower-casing alone (ß → SS → ss).
 */
export const collisionKey = (name: string): string => name.replace(/\/$/, '').normalize('NFC').toUpperCase().toLowerCase().normalize('NFC');

export type NameClash = { problem: 'duplicateName' | 'caseCollision'; other: string };

/** Remembers the names seen so far and says when a new one would overwrite or shadow one of them. */
export class NameRegistry {
  private readonly exact = new Set<string>();
  private readonly folded = new Map<string, string>();

  add(name: string): NameClash | null {
    const plain = name.replace(/\/$/, '');
    if (this.exact.has(plain)) return { problem: 'duplicateName', other: name };
    const key = collisionKey(name);
    const other = this.folded.get(key);
    if (other !== undefined) return { problem: 'caseCollision', other };
    this.exact.add(plain);
    this.folded.set(key, name);
    return null;
  }
}

/** Counts inflated bytes as they come out and says when an entry or the whole bag goes over the limits. */
export class InflateBudget {
  private total = 0;

  constructor(private readonly limits: ReadLimits) {}

  get totalBytes(): number {
    return this.total;
  }

  /**
   * Adds `chunk` bytes to an entry that has produced `entryBytes` (this chunk included).
   * `compressedSize` is the most the reader will take from the archive for this entry;
   * `textLimited` marks artefacts that are read into memory whole.
   */
  count(chunk: number, entryBytes: number, entry: { compressedSize: number; compressed: boolean; textLimited: boolean }): string | null {
    this.total += chunk;
    if (this.total > this.limits.maxTotalBytes) return `the bag inflates to more than ${this.limits.maxTotalBytes} bytes`;
    if (entry.textLimited && entryBytes > this.limits.maxTextBytes) return `the file inflates to more than ${this.limits.maxTextBytes} bytes`;
    const ratio = entryBytes / Math.max(entry.compressedSize, 1);
    if (entry.compressed && entryBytes > RATIO_GRACE_BYTES && ratio > this.limits.maxRatio) {
      return `the file inflates more than ${this.limits.maxRatio} times its compressed size`;
    }
    return null;
  }
}
