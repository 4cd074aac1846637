// The notebook's backups on disk: main names each file (UTC time of writing), streams it
// through saveSessions (`.part`, fsync, rename), copies the finished file to the responder's
// own folder the same way, and rotates both folders to the newest N. Threats: a page
// choosing where to write (it only gets a token), a half-written file taken for a backup
// (`.part` until the rename), rotation deleting the one good backup (the file just written
// is never deleted, whatever the clock says), a USB drive pulled mid-copy costing the main
// backup (the copy starts only once the main file is in place). Pure: the file system is injected.
import { CodedError } from '../../shared/result';
import type { BackupCopy, BackupFile, BackupListing, BackupReason } from '../../shared/ipc/contract';
import { PART_SUFFIX, type SaveFs, type SaveSessions } from './saveSessions';

export interface BackupFs extends SaveFs {
  /** Creates the folder and its parents; an existing folder is fine. */
  mkdir(path: string): Promise<void>;
  /** File names in `path`. */
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ size: number; mtimeMs: number; isDirectory: boolean }>;
  /** The file's bytes, a chunk at a time. */
  read(path: string): AsyncIterable<Uint8Array>;
  join(folder: string, name: string): string;
}

export interface BackupStoreOptions {
  /** `<userData>/backups`. */
  folder: string;
  fs: BackupFs;
  /** Sessions of their own (not the save dialog's), so an export and a backup never share a limit. */
  sessions: SaveSessions;
  /** The responder's own folder, read when a backup finishes (main's settings file). */
  copyFolder(): string | null;
  keep?: number;
  now?(): Date;
  /** Hears every chunk written: the quit-time wait counts it as progress. */
  onActivity?(): void;
}

export interface FinishedBackup {
  name: string;
  bytes: number;
  copy: BackupCopy;
  removed: number;
}

export interface BackupStore {
  readonly folder: string;
  readonly keep: number;
  begin(reason: BackupReason): Promise<{ token: string; name: string }>;
  write(token: string, bytes: Uint8Array): Promise<number>;
  finish(token: string): Promise<FinishedBackup>;
  abort(token: string): Promise<void>;
  list(): Promise<BackupListing>;
  /** Deletes `.part` files a crash left behind (never one being written now). */
  removeStaleParts(): Promise<number>;
}

export const DEFAULT_KEEP = 10;
const NAME = /^lantern-backup-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})Z(?:-(\d{1,3}))?\.zip$/;
const MAX_SAME_SECOND = 999;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `lantern-backup-2026-11-23T01-00-00Z.zip`; `-2`, `-3` … when the second is taken. */
export function backupName(at: Date, counter = 1): string {
  const stamp = `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}T${pad(at.getUTCHours())}-${pad(at.getUTCMinutes())}-${pad(at.getUTCSeconds())}Z`;
  return `lantern-backup-${stamp}${counter > 1 ? `-${counter}` : ''}.zip`;
}

/** When the name says the backup was written, and its counter; null for any other file. */
export function parseBackupName(name: string): { at: Date; counter: number } | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, counter] = match;
  const at = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
  // Date.UTC rolls month 13 into the next year: only a name that is its own time counts.
  if (Number.isNaN(at.getTime()) || backupName(at) !== name.replace(/-\d{1,3}\.zip$/, '.zip')) return null;
  return { at, counter: counter ? Number(counter) : 1 };
}

/** Newest first: by the time in the name, then the counter. Names that are not backups are left out. */
export function newestFirst(names: readonly string[]): string[] {
  const parsed = names.flatMap((name) => {
    const info = parseBackupName(name);
    return info ? [{ name, ...info }] : [];
  });
  parsed.sort((a, b) => b.at.getTime() - a.at.getTime() || b.counter - a.counter);
  return parsed.map((entry) => entry.name);
}

/** Which backups rotation deletes: all but the newest `keep`, the one just written always among those kept. */
export function rotationVictims(names: readonly string[], keep: number, justWritten: string | null): string[] {
  const ordered = newestFirst(names).filter((name) => name !== justWritten);
  const room = Math.max(1, keep) - (justWritten ? 1 : 0);
  return ordered.slice(Math.max(0, room));
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 300);
const errnoOf = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
  // saveSessions wraps the system's error; its message still starts with the errno name.
  return /\b(E[A-Z]{3,})\b/.exec(messageOf(error))?.[1] ?? '';
};
const FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);
const GONE = new Set(['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'EROFS', 'ENODEV', 'ENXIO', 'EIO', 'ENOTCONN', 'ESTALE', 'EBUSY']);

/** A failure writing into main's own folder, as the code the UI explains. */
export function backupWriteError(error: unknown, fallback: string): CodedError {
  const detail = messageOf(error);
  if (FULL.has(errnoOf(error))) return new CodedError('backup.diskFull', detail, { detail });
  return new CodedError(fallback, detail, { detail });
}

/** A failure copying to the responder's folder: full, gone (drive removed, no permission) or other. */
export function copyFailure(error: unknown, folder: string): BackupCopy {
  const errno = errnoOf(error);
  const code = FULL.has(errno) ? 'backup.folderFull' : GONE.has(errno) ? 'backup.folderUnavailable' : 'backup.copyFailed';
  return { status: 'failed', folder, code, detail: messageOf(error) };
}

export function createBackupStore(options: BackupStoreOptions): BackupStore {
  const { folder, fs, sessions } = options;
  const keep = Math.max(1, options.keep ?? DEFAULT_KEEP);
  const now = options.now ?? (() => new Date());
  /** token → file name, for the backups being written now. */
  const open = new Map<string, string>();

  async function freeName(at: Date): Promise<string> {
    const taken = new Set(await fs.readdir(folder));
    for (let counter = 1; counter <= MAX_SAME_SECOND; counter += 1) {
      const name = backupName(at, counter);
      if (!taken.has(name) && !taken.has(`${name}${PART_SUFFIX}`)) return name;
    }
    throw new CodedError('backup.busy', 'too many backups in one second');
  }

  async function rotate(dir: string, justWritten: string): Promise<number> {
    const victims = rotationVictims(await fs.readdir(dir), keep, justWritten);
    let removed = 0;
    for (const name of victims) {
      // One file that cannot be deleted must not stop the others, nor fail the backup.
      try {
        await fs.remove(fs.join(dir, name));
        removed += 1;
      } catch {
        /* kept; the next rotation tries again */
      }
    }
    return removed;
  }

  /** The finished backup copied into `target` the way main writes any file: `.part`, fsync, rename. */
  async function copyTo(target: string, name: string): Promise<BackupCopy> {
    const part = fs.join(target, `${name}${PART_SUFFIX}`);
    try {
      const info = await fs.stat(target);
      if (!info.isDirectory) throw Object.assign(new Error(`ENOTDIR: not a folder, ${target}`), { code: 'ENOTDIR' });
      const out = await fs.open(part);
      try {
        for await (const chunk of fs.read(fs.join(folder, name))) await out.write(chunk);
        await out.sync();
      } finally {
        await out.close();
      }
      await fs.rename(part, fs.join(target, name));
    } catch (error) {
      await fs.remove(part).catch(() => {});
      return copyFailure(error, target);
    }
    await rotate(target, name);
    return { status: 'copied', folder: target };
  }

  return {
    folder,
    keep,

    async begin() {
      try {
        await fs.mkdir(folder);
        const name = await freeName(now());
        const token = await sessions.open(fs.join(folder, name));
        open.set(token, name);
        return { token, name };
      } catch (error) {
        if (error instanceof CodedError && error.code.startsWith('backup.')) throw error;
        throw backupWriteError(error, 'backup.openFailed');
      }
    },

    async write(token, bytes) {
      if (!open.has(token)) throw new CodedError('backup.unknownSession', 'no backup is open under this token');
      options.onActivity?.();
      try {
        return await sessions.write(token, bytes);
      } catch (error) {
        open.delete(token);
        throw backupWriteError(error, 'backup.writeFailed');
      }
    },

    async finish(token) {
      const name = open.get(token);
      if (!name) throw new CodedError('backup.unknownSession', 'no backup is open under this token');
      open.delete(token);
      options.onActivity?.();
      let path: string;
      try {
        path = await sessions.finish(token);
      } catch (error) {
        throw backupWriteError(error, 'backup.finishFailed');
      }
      const { size } = await fs.stat(path);
      // The main backup is in place: whatever happens to the copy, it stays.
      const target = options.copyFolder();
      const copy: BackupCopy = target ? await copyTo(target, name) : { status: 'none' };
      const removed = await rotate(folder, name);
      return { name, bytes: size, copy, removed };
    },

    async abort(token) {
      open.delete(token);
      await sessions.abort(token);
    },

    async list() {
      let names: string[] = [];
      try {
        names = newestFirst(await fs.readdir(folder));
      } catch {
        // No backup yet: the folder is made by the first one.
      }
      const backups: BackupFile[] = [];
      for (const name of names) {
        try {
          const info = await fs.stat(fs.join(folder, name));
          backups.push({ name, bytes: info.size, createdAt: parseBackupName(name)!.at.toISOString() });
        } catch {
          /* deleted meanwhile */
        }
      }
      return { folder, keep, backups, copyFolder: options.copyFolder() };
    },

    async removeStaleParts() {
      if (open.size > 0) return 0;
      let names: string[];
      try {
        names = await fs.readdir(folder);
      } catch {
        return 0;
      }
      const stale = names.filter((name) => name.endsWith(PART_SUFFIX) && parseBackupName(name.slice(0, -PART_SUFFIX.length)));
      for (const name of stale) await fs.remove(fs.join(folder, name)).catch(() => {});
      return stale.length;
    },
  };
}
