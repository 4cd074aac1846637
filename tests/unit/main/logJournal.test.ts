// main's log journal on disk, with real files: appended records come back in order from
// `tail` and page by page from `read`; a line a crash left half written is skipped and the
// next record starts on a line of its own; lines that are not records are counted, never
// returned; the handlers answer journal.unavailable on a host without a journal.
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogJournal, JOURNAL_PAGE_BYTES } from '../../../main/services/logJournal';
import { createJournalHandlers } from '../../../main/ipc/handlers/journal';
import type { HandlerDeps } from '../../../main/ipc/handlers';
import type { JournalRecord } from '../../../shared/ipc/contract';
import { appendEntry } from '../../../renderer/data/repositories/entries.write';
import { newIncident, noteDraft, openTestNotebook } from '../data/fixtures';

const journalFile = () => join(mkdtempSync(join(tmpdir(), 'lantern-journal-test-')), 'journal', 'log.ndjson');

async function entryRecords(count: number, text = (i: number) => `FS${i} isolated`): Promise<JournalRecord[]> {
  const nb = await openTestNotebook();
  const incident = await newIncident(nb);
  const records: JournalRecord[] = [];
  for (let i = 1; i <= count; i++) records.push({ kind: 'entry', entry: await appendEntry(nb.ctx, noteDraft(incident.id, text(i))) });
  return records;
}

const texts = (records: readonly JournalRecord[]) => records.map((r) => (r.kind === 'entry' ? r.entry.text : r.kind));

async function readAll(journal: ReturnType<typeof createLogJournal>) {
  const records: JournalRecord[] = [];
  let unreadable = 0;
  let pages = 0;
  for (let cursor: number | null = 0; cursor !== null; pages++) {
    const page = await journal.read(cursor);
    records.push(...page.records);
    unreadable += page.unreadable;
    cursor = page.next;
  }
  return { records, unreadable, pages };
}

describe('the log journal', () => {
  it('is empty before the first append, then keeps records in order, one JSON line each, owner-only', async () => {
    const journal = createLogJournal(journalFile());
    expect(await journal.tail(10)).toEqual({ records: [], complete: true });
    expect(await journal.read(0)).toEqual({ records: [], next: null, unreadable: 0 });

    const records = await entryRecords(5);
    await journal.append(records.slice(0, 2));
    await journal.append([{ kind: 'reset' }, ...records.slice(2)]);
    const lines = readFileSync(journal.file, 'utf8').split('\n');
    expect(lines).toHaveLength(7);
    expect(lines.at(-1)).toBe('');
    expect(JSON.parse(lines[0]!)).toEqual(records[0]);
    if (process.platform !== 'win32') expect(statSync(journal.file).mode & 0o777).toBe(0o600);

    expect(texts((await journal.tail(3)).records)).toEqual(['FS3 isolated', 'FS4 isolated', 'FS5 isolated']);
    expect((await journal.tail(3)).complete).toBe(false);
    expect(await journal.tail(6)).toEqual({ records: [...records.slice(0, 2), { kind: 'reset' }, ...records.slice(2)], complete: true });
    expect((await journal.tail(100)).complete).toBe(true);
    const all = await readAll(journal);
    expect(all.records).toEqual([...records.slice(0, 2), { kind: 'reset' }, ...records.slice(2)]);
    expect(all.unreadable).toBe(0);
    await journal.close();
  });

  it('skips a line a crash left half written, and starts the next record on a line of its own', async () => {
    const file = journalFile();
    const records = await entryRecords(3);
    const first = createLogJournal(file);
    await first.append(records.slice(0, 2));
    await first.close();
    // The process died in the middle of writing the third record.
    const whole = JSON.stringify(records[2]);
    appendFileSync(file, whole.slice(0, whole.length >> 1));

    const reopened = createLogJournal(file);
    expect(texts((await reopened.tail(5)).records)).toEqual(['FS1 isolated', 'FS2 isolated']);
    expect((await reopened.read(0)).unreadable).toBe(1);

    await reopened.append([records[2]!]);
    expect(texts((await reopened.tail(5)).records)).toEqual(['FS1 isolated', 'FS2 isolated', 'FS3 isolated']);
    const all = await readAll(reopened);
    expect(texts(all.records)).toEqual(['FS1 isolated', 'FS2 isolated', 'FS3 isolated']);
    expect(all.unreadable).toBe(1);
    await reopened.close();
  });

  it('counts lines that are not records (not JSON, or not a valid record) and never returns them', async () => {
    const file = journalFile();
    const [record] = await entryRecords(1);
    const altered = { kind: 'entry', entry: { ...(record as Extract<JournalRecord, { kind: 'entry' }>).entry, seq: -1 } };
    const journal = createLogJournal(file);
    await journal.append([record!]);
    appendFileSync(file, `not json\n${JSON.stringify(altered)}\n{"kind":"script","src":"x"}\n`);
    const all = await readAll(journal);
    expect(all.records).toEqual([record]);
    expect(all.unreadable).toBe(3);
    expect((await journal.tail(10)).records).toEqual([record]);
    await journal.close();
  });

  it('reads a journal larger than one page in several pages, every record once', async () => {
    const file = journalFile();
    const padding = 'x'.repeat(1500);
    const records = await entryRecords(40, (i) => `entry ${i} ${padding}`);
    const lines = records.map((r) => JSON.stringify(r));
    // Enough copies of these lines to span three pages.
    const copies = Math.ceil((2.5 * JOURNAL_PAGE_BYTES) / lines.join('\n').length);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, Array.from({ length: copies }, () => lines.join('\n') + '\n').join(''));
    const journal = createLogJournal(file);
    const all = await readAll(journal);
    expect(all.pages).toBeGreaterThanOrEqual(3);
    expect(all.unreadable).toBe(0);
    expect(all.records).toHaveLength(copies * records.length);
    expect(all.records.slice(0, records.length)).toEqual(records);
    expect(all.records.slice(-records.length)).toEqual(records);
    expect((await journal.tail(5)).records).toEqual(records.slice(-5));
    await journal.close();
  });

  it('answers journal.unavailable on a host without a journal, and a main refusal as journal.writeFailed with its detail', async () => {
    const none = createJournalHandlers({} as HandlerDeps);
    expect(await none['journal:tail']({ count: 1 })).toMatchObject({ ok: false, error: { code: 'journal.unavailable' } });
    const failing = createJournalHandlers({
      journal: {
        file: '/nowhere',
        append: async () => {
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        },
        tail: async () => ({ records: [], complete: true }),
        read: async () => ({ records: [], next: null, unreadable: 0 }),
        close: async () => undefined,
      },
    } as unknown as HandlerDeps);
    expect(await failing['journal:append']({ records: [{ kind: 'reset' }] })).toMatchObject({
      ok: false,
      error: { code: 'journal.writeFailed', details: { detail: 'ENOSPC: no space left on device, write' } },
    });
  });
});
