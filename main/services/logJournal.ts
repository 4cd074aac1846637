// The log journal: main's second copy of what the notebook's database commits that a lost
// database would need back (shared/ipc/contract.ts, JournalRecordSchema), one JSON record a
// line, appended and fdatasync'd before the renderer is answered. Chromium deletes an
// IndexedDB it finds corrupt when it opens it (seen after a SIGKILL): the renderer then
// recovers the log from here. A line a crash left half written is skipped when reading, and
// the next record starts on a line of its own.
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { JournalRecordSchema, type JournalRecord } from '../../shared/ipc/contract';

export interface JournalPage {
  records: JournalRecord[];
  /** Where the next page starts; null at the end of the file. */
  next: number | null;
  /** Lines that are not a record (torn by a crash, or altered). */
  unreadable: number;
}

export interface LogJournal {
  readonly file: string;
  append(records: readonly JournalRecord[]): Promise<void>;
  /** The newest `count` records, oldest first; `complete` when the file holds no record before them. */
  tail(count: number): Promise<{ records: JournalRecord[]; complete: boolean }>;
  read(cursor: number): Promise<JournalPage>;
  close(): Promise<void>;
}

/** Bytes read for one page of `read` (a longer line is read whole). */
export const JOURNAL_PAGE_BYTES = 4 * 1024 * 1024;
const NEWLINE = 0x0a;

function parseLines(buffer: Buffer): { records: JournalRecord[]; unreadable: number } {
  const records: JournalRecord[] = [];
  let unreadable = 0;
  for (const line of buffer.toString('utf8').split('\n')) {
    if (line.trim() === '') continue;
    let parsed: ReturnType<typeof JournalRecordSchema.safeParse>;
    try {
      parsed = JournalRecordSchema.safeParse(JSON.parse(line));
    } catch {
      unreadable += 1;
      continue;
    }
    if (parsed.success) records.push(parsed.data);
    else unreadable += 1;
  }
  return { records, unreadable };
}

export function createLogJournal(file: string): LogJournal {
  let writer: FileHandle | null = null;
  // Appends and reads take turns: a read never sees half of an append.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  /** The file for reading; null when there is none yet. */
  async function openForReading(): Promise<FileHandle | null> {
    try {
      return await open(file, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async function openForAppending(): Promise<FileHandle> {
    if (writer) return writer;
    const folder = dirname(file);
    await mkdir(folder, { recursive: true, mode: 0o700 });
    const handle = await open(file, 'a+', 0o600);
    try {
      const { size } = await handle.stat();
      if (size === 0) {
        // A new file: its name in the folder must survive a power cut too (not possible on Windows).
        const dir = await open(folder, 'r').catch(() => null);
        await dir?.sync().catch(() => undefined);
        await dir?.close();
      } else {
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, size - 1);
        if (last[0] !== NEWLINE) await handle.write('\n');
      }
    } catch (error) {
      await handle.close();
      throw error;
    }
    writer = handle;
    return handle;
  }

  return {
    file,
    append: (records) =>
      inTurn(async () => {
        if (records.length === 0) return;
        const handle = await openForAppending();
        await handle.write(records.map((record) => `${JSON.stringify(record)}\n`).join(''));
        await handle.datasync();
      }),

    tail: (count) =>
      inTurn(async () => {
        const handle = await openForReading();
        if (!handle) return { records: [], complete: true };
        try {
          const { size } = await handle.stat();
          // Back from the end until `count` whole lines and the newline before them are in.
          let start = size;
          let chunk = 64 * 1024;
          let buffer = Buffer.alloc(0);
          let newlines = 0;
          for (;;) {
            const from = Math.max(0, start - chunk);
            const part = Buffer.alloc(start - from);
            await handle.read(part, 0, part.length, from);
            for (const byte of part) if (byte === NEWLINE) newlines += 1;
            buffer = Buffer.concat([part, buffer]);
            start = from;
            if (start === 0 || newlines > count + 1) break;
            chunk *= 2;
          }
          // A torn last line (no newline after it) is not a record.
          const end = buffer.lastIndexOf(NEWLINE) + 1;
          const whole = start === 0 ? buffer.subarray(0, end) : buffer.subarray(buffer.indexOf(NEWLINE) + 1, end);
          const { records } = parseLines(whole);
          const newest = records.slice(-count);
          const firstLineIsWhole = start === 0;
          return { records: newest, complete: firstLineIsWhole && newest.length === records.length };
        } finally {
          await handle.close();
        }
      }),

    read: (cursor) =>
      inTurn(async () => {
        const handle = await openForReading();
        if (!handle) return { records: [], next: null, unreadable: 0 };
        try {
          const { size } = await handle.stat();
          if (cursor >= size) return { records: [], next: null, unreadable: 0 };
          let length = Math.min(JOURNAL_PAGE_BYTES, size - cursor);
          for (;;) {
            const buffer = Buffer.alloc(length);
            await handle.read(buffer, 0, length, cursor);
            const atEnd = cursor + length >= size;
            const end = buffer.lastIndexOf(NEWLINE) + 1;
            if (end === 0 && !atEnd) {
              // One line longer than a page: read it whole.
              length = Math.min(length * 2, size - cursor);
              continue;
            }
            if (atEnd) {
              // Whatever follows the last newline is a torn line.
              const page = parseLines(buffer.subarray(0, end));
              return { ...page, unreadable: page.unreadable + (end < buffer.length ? 1 : 0), next: null };
            }
            return { ...parseLines(buffer.subarray(0, end)), next: cursor + end };
          }
        } finally {
          await handle.close();
        }
      }),

    close: () =>
      inTurn(async () => {
        await writer?.close();
        writer = null;
      }),
  };
}
