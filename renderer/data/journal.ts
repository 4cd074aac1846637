// The log journal, the renderer's half. Every committed write of a log entry, an incident or
// the responder's profile is also appended to main's journal (an fsync'd file outside the
// browser profile, main/services/logJournal.ts), and the transaction that wrote it resolves
// only once main has answered: an entry the UI acknowledges is on disk twice. Chromium
// deletes an IndexedDB it finds corrupt when it opens it (crbug 146284; seen here after a
// SIGKILL); on every start the newest journal records are checked against the database and
// whatever it lost is written back — every entry as it was hashed, so the chains verify.
import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTransaction, type Middleware } from 'dexie';
import { JOURNAL_BATCH_MAX, type JournalRecord } from '../../shared/ipc/contract';
import type { Incident } from '../../shared/domain/incident';
import type { LogEntry } from '../../shared/domain/logEntry';
import { computeRecordHash } from '../../shared/crypto/hashChain';
import type { JournalHost } from '../platform/journalHost';
import type { DataContext } from './context';
import type { ChainHeadRecord, LanternDB, ProfileRecord, StoredEntry } from './db';
import { ROW_COUNTER, storedEntry } from './repositories/entries.write';
import { saveProfile } from './repositories/identity.write';
import { readSetting, writeSetting } from './repositories/settings';
import { storageChecked } from './repositories/storageFull';

/** Tables whose committed writes go to the journal. */
export const JOURNALED_TABLES: ReadonlySet<string> = new Set(['entries', 'incidents', 'profile']);

export interface JournalHealth {
  /** The last append main refused (its folder full or gone); null while appends succeed. */
  failure: { code: string; message: string } | null;
}

/** Sends committed records to main, in commit order, one append at a time. */
export class JournalWriter {
  private pending: JournalRecord[] = [];
  private writing: Promise<void> = Promise.resolve();
  private readonly unjournaled = new WeakSet<DBCoreTransaction>();
  private health: JournalHealth = { failure: null };
  private readonly listeners = new Set<() => void>();

  constructor(readonly host: JournalHost | null) {}

  /** The records `trans` wrote, once it has committed. */
  committed(trans: DBCoreTransaction, records: readonly JournalRecord[]): void {
    if (!this.host || records.length === 0 || this.unjournaled.has(trans)) return;
    this.pending.push(...records);
    this.writing = this.writing.then(() => this.flush());
  }

  /** The current transaction writes what the journal already holds (a recovery): not journaled again. */
  skipCurrentTransaction(): void {
    const trans = Dexie.currentTransaction?.idbtrans as unknown as DBCoreTransaction | undefined;
    if (trans) this.unjournaled.add(trans);
  }

  /** Resolves once every record committed so far is in main's journal (or main refused it). */
  settled(): Promise<void> {
    return this.writing;
  }

  getHealth = (): JournalHealth => this.health;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.slice(0, JOURNAL_BATCH_MAX);
      try {
        await this.host!.append(batch);
      } catch (error) {
        // Kept for the next commit to try again; the database holds them meanwhile.
        const { code, message } = error as { code?: unknown; message?: unknown };
        this.setHealth({ failure: { code: typeof code === 'string' ? code : 'journal.writeFailed', message: String(message ?? error) } });
        return;
      }
      this.pending.splice(0, batch.length);
      if (this.health.failure) this.setHealth({ failure: null });
    }
  }

  private setHealth(next: JournalHealth): void {
    this.health = next;
    for (const listener of this.listeners) listener();
  }
}

const entryOf = ({ _row, _refKeys, ...entry }: StoredEntry): LogEntry => entry;

function recordsOf(table: string, req: DBCoreMutateRequest, res: DBCoreMutateResponse): JournalRecord[] {
  if (req.type === 'delete' || req.type === 'deleteRange') return table === 'entries' ? [{ kind: 'reset' }] : [];
  const stored = req.values.filter((_, i) => !res.failures[i]);
  if (table === 'entries') return (stored as StoredEntry[]).map((value) => ({ kind: 'entry', entry: entryOf(value) }));
  if (table === 'incidents') return (stored as Incident[]).map((incident) => ({ kind: 'incident', incident }));
  return (stored as ProfileRecord[]).map(({ name, role, organization }) => ({ kind: 'profile', profile: { name, role, organization } }));
}

/** Collects what each read-write transaction writes to the journaled tables; hands it on at commit. */
export function journalMiddleware(writer: JournalWriter): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'LogJournal',
    create(down) {
      const collected = new WeakMap<DBCoreTransaction, JournalRecord[]>();
      return {
        ...down,
        transaction(stores, mode, options) {
          const trans = down.transaction(stores, mode, options);
          if (mode === 'readwrite' && stores.some((store) => JOURNALED_TABLES.has(store))) {
            const records: JournalRecord[] = [];
            collected.set(trans, records);
            (trans as unknown as IDBTransaction).addEventListener('complete', () => writer.committed(trans, records));
          }
          return trans;
        },
        table(name) {
          const table = down.table(name);
          if (!JOURNALED_TABLES.has(name)) return table;
          return {
            ...table,
            // Dexie's own promise passed on (an async function would hand back a native one).
            mutate: (req) =>
              table.mutate(req).then((res) => {
                collected.get(req.trans)?.push(...recordsOf(name, req, res));
                return res;
              }),
          };
        },
      };
    },
  };
}

/**
 * Journals `db`'s writes through `writer`. A read-write transaction over a journaled table
 * then resolves once what it committed is in main's journal too: a write the UI acknowledges
 * is on disk twice. One nested in another resolves with the outer one.
 */
export function attachJournal(db: LanternDB, writer: JournalWriter): void {
  db.journal = writer;
  // Without a host (a plain browser) there is nothing to write to.
  if (!writer.host) return;
  db.use(journalMiddleware(writer));
  const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
  db.transaction = ((...args: unknown[]) => {
    const result = transaction(...args);
    if (Dexie.currentTransaction || !String(args[0]).includes('w')) return result;
    const tables = args.slice(1, -1).flat().map((table) => (typeof table === 'string' ? table : (table as { name: string }).name));
    if (!tables.some((table) => JOURNALED_TABLES.has(table))) return result;
    return result.then(async (value) => {
      await writer.settled();
      return value;
    });
  }) as LanternDB['transaction'];
}

/** Journal records checked on every start: a lost database is seen in the newest ones. */
export const JOURNAL_CHECK = 50;

export interface JournalRecovery {
  /** Entries written back. */
  entries: number;
  /** Incidents written back. */
  incidents: number;
  /** The responder's profile was written back (with a new device identity). */
  profile: boolean;
  /** Journal entries not written back: altered (their hash does not match) or unreadable lines. */
  rejected: number;
}

function afterLastReset(records: readonly JournalRecord[]): JournalRecord[] {
  let start = 0;
  records.forEach((record, i) => {
    if (record.kind === 'reset') start = i + 1;
  });
  return records.slice(start);
}

async function readWholeJournal(host: JournalHost): Promise<{ records: JournalRecord[]; unreadable: number }> {
  const records: JournalRecord[] = [];
  let unreadable = 0;
  for (let cursor: number | null = 0; cursor !== null; ) {
    const page = await host.read(cursor);
    for (const record of page.records) records.push(record);
    unreadable += page.unreadable;
    cursor = page.next;
  }
  return { records, unreadable };
}

/**
 * Compares the journal with the database and writes back what the database lost: the
 * newest records first; when all of those are gone (a database Chromium reset), the whole
 * journal. Returns what was written back, or null when nothing was missing.
 */
export async function recoverFromJournal(ctx: DataContext, writer: JournalWriter): Promise<JournalRecovery | null> {
  const { db } = ctx;
  const host = writer.host;
  if (!host) return null;
  const tail = await host.tail(JOURNAL_CHECK);
  const newest = afterLastReset(tail.records);
  const newestEntries = newest.flatMap((record) => (record.kind === 'entry' ? [record.entry] : []));
  const [present, profile] = await Promise.all([db.entries.bulkGet(newestEntries.map((entry) => entry.id)), db.profile.get('self')]);
  const lost = present.filter((entry) => !entry).length;
  const journaledProfile = newest.some((record) => record.kind === 'profile');
  if (lost === 0 && (profile || !journaledProfile)) return null;

  let records = newest;
  let rejected = 0;
  if (!tail.complete && (lost === newestEntries.length || !profile)) {
    const whole = await readWholeJournal(host);
    records = afterLastReset(whole.records);
    rejected += whole.unreadable;
  }

  const entries = new Map<string, LogEntry>();
  const incidents = new Map<string, Incident>();
  let lastProfile: { name: string; role: string; organization: string } | null = null;
  for (const record of records) {
    if (record.kind === 'entry') {
      if (computeRecordHash(record.entry) !== record.entry.hash) rejected += 1;
      else if (!entries.has(record.entry.id)) entries.set(record.entry.id, record.entry);
    } else if (record.kind === 'incident') incidents.set(record.incident.id, record.incident);
    else if (record.kind === 'profile') lastProfile = record.profile;
  }

  const restoredProfile = !profile && lastProfile !== null;
  // A new device identity with it: the old one's private key never left the lost database.
  if (restoredProfile) await saveProfile(ctx, lastProfile!);

  const written: { entries: number; incidents: number } = await storageChecked(() =>
    db.transaction('rw', [db.entries, db.chainHeads, db.meta, db.incidents, db.settings], async () => {
      writer.skipCurrentTransaction();
      const ids = [...entries.keys()];
      const stored = await db.entries.bulkGet(ids);
      const missing = ids.filter((_, i) => !stored[i]).map((id) => entries.get(id)!);
      // Incidents the database lost, as last journaled (one that still exists is never changed).
      const storedIncidents = await db.incidents.bulkGet([...incidents.keys()]);
      const incidentsBack = [...incidents.values()].filter((_, i) => !storedIncidents[i]);
      if (incidentsBack.length > 0) await db.incidents.bulkAdd(incidentsBack);
      // A database that lost everything reopens on the incident written to last.
      const lastIncident = missing.at(-1)?.incidentId ?? incidentsBack.at(-1)?.id;
      if (lastIncident && !(await readSetting(db, 'lastIncidentId'))) await writeSetting(db, 'lastIncidentId', lastIncident);
      if (missing.length === 0) return { entries: 0, incidents: incidentsBack.length };

      let row = (await db.meta.get(ROW_COUNTER))?.value ?? 0;
      await db.entries.bulkAdd(missing.map((entry) => storedEntry(entry, ++row)));
      await db.meta.put({ key: ROW_COUNTER, value: row });
      // Each device's chain head moves to its newest entry written back.
      const newestOf = new Map<string, LogEntry>();
      for (const entry of missing) {
        const key = `${entry.incidentId}\u0000${entry.deviceId}`;
        if ((newestOf.get(key)?.seq ?? -1) < entry.seq) newestOf.set(key, entry);
      }
      const heads = await db.chainHeads.bulkGet([...newestOf.values()].map((entry) => [entry.incidentId, entry.deviceId] as [string, string]));
      const moved: ChainHeadRecord[] = [...newestOf.values()]
        .filter((entry, i) => (heads[i]?.seq ?? 0) < entry.seq)
        .map((entry) => ({ incidentId: entry.incidentId, deviceId: entry.deviceId, seq: entry.seq, hash: entry.hash }));
      await db.chainHeads.bulkPut(moved);
      return { entries: missing.length, incidents: incidentsBack.length };
    }),
  );
  if (written.entries === 0 && written.incidents === 0 && !restoredProfile && rejected === 0) return null;
  return { ...written, profile: restoredProfile, rejected };
}
