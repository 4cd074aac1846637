// Appending to the log: the only writes log entries ever get. Each append reads
// the device's chain head, hashes the new entry (synchronous SHA-256, so nothing
// non-Dexie is awaited inside the transaction), adds it and moves the head, all in
// one strict-durable transaction. Corrections and retractions are appends too.
import { computeRecordHash } from '../../../shared/crypto/hashChain';
import { GENESIS_HASH } from '../../../shared/crypto/sha256';
import {
  LogEntryContentSchema,
  LOG_ENTRY_SCHEMA_VERSION,
  type EntryData,
  type EntryKind,
  type EntryRef,
  type LogEntry,
  type Revision,
  type RichBody,
  type TimePrecision,
} from '../../../shared/domain/logEntry';
import { amendmentChangesSomething, buildThreads, checkRevision } from '../../../shared/domain/revisions';
import { CodedError } from '../../../shared/result';
import type { DataContext } from '../context';
import type { ChainHeadRecord, LanternDB, StoredEntry } from '../db';
import { refKeysOf } from '../migrations/v2-refKeys';
import { storageChecked } from './storageFull';

export interface EventTime {
  occurredAt: string;
  occurredZone: string;
  occurredPrecision: TimePrecision;
}

export interface EntryDraft extends EventTime {
  incidentId: string;
  kind: EntryKind;
  body: RichBody | null;
  text: string;
  tags: readonly string[];
  refs?: readonly EntryRef[];
  data?: EntryData | null;
  revision?: Revision | null;
}

/** An entry the app writes about a change it is making now (a tick, a state change, a rename). */
export const changeEntry = (
  ctx: DataContext,
  change: Pick<EntryDraft, 'incidentId' | 'kind' | 'text'> & { refs?: readonly EntryRef[]; data: EntryData },
): EntryDraft => ({
  occurredAt: ctx.now().toISOString(),
  occurredZone: ctx.zone(),
  occurredPrecision: 'exact',
  body: null,
  tags: [],
  ...change,
});

export const logTables = (db: LanternDB) => [db.entries, db.chainHeads, db.meta, db.profile, db.device];

/** The `meta` record counting inserted rows: every stored entry takes the next `_row`. */
export const ROW_COUNTER = 'row';

/** An entry as stored: its local, never-hashed bookkeeping added (also used by the handoff import). */
export const storedEntry = (entry: LogEntry, row: number): StoredEntry => ({ ...entry, _row: row, _refKeys: refKeysOf(entry.refs) });

/**
 * Appends drafts in order. Must run inside a rw transaction over `logTables(db)`.
 * Two round trips to the database, whatever the number of drafts: every read is asked
 * for at once, then every write (IndexedDB keeps a transaction's requests in order).
 */
export async function appendInTransaction(ctx: DataContext, drafts: readonly EntryDraft[]): Promise<LogEntry[]> {
  const { db } = ctx;
  const incidentIds = [...new Set(drafts.map((draft) => draft.incidentId))];
  const reads = Promise.all([
    db.profile.get('self'),
    db.device.get('device'),
    db.meta.get(ROW_COUNTER),
    // One getAll per incident: `anyOf` walks a cursor, a round trip to the database per head and one more.
    ...incidentIds.map((id) => db.chainHeads.where('incidentId').equals(id).toArray()),
  ]);
  // While the database answers: the device's clock, its zone (through Intl, where the runtime
  // has no Temporal, one of an append's costliest steps) and the new ids.
  const recordedAt = ctx.now().toISOString();
  const recordedZone = ctx.zone();
  const ids = drafts.map(() => ctx.newId());
  const [profile, device, rowMeta, ...headsPerIncident] = await reads;
  if (!profile || !device) throw new CodedError('identity.missing', 'no responder profile on this device yet');
  const author = { name: profile.name, role: profile.role || null };
  const heads = new Map<string, ChainHeadRecord>(headsPerIncident.flat().filter((head) => head.deviceId === device.deviceId).map((head) => [head.incidentId, head]));
  let row = rowMeta?.value ?? 0;
  const written: LogEntry[] = [];
  const rows: StoredEntry[] = [];
  for (const [index, draft] of drafts.entries()) {
    const head = heads.get(draft.incidentId) ?? { incidentId: draft.incidentId, deviceId: device.deviceId, seq: 0, hash: GENESIS_HASH };
    const parsed = LogEntryContentSchema.safeParse({
      schemaVersion: LOG_ENTRY_SCHEMA_VERSION,
      id: ids[index],
      incidentId: draft.incidentId,
      kind: draft.kind,
      occurredAt: draft.occurredAt,
      occurredZone: draft.occurredZone,
      occurredPrecision: draft.occurredPrecision,
      recordedAt,
      recordedZone,
      author,
      deviceId: device.deviceId,
      body: draft.body,
      text: draft.text,
      tags: [...draft.tags],
      revision: draft.revision ?? null,
      refs: [...(draft.refs ?? [])],
      data: draft.data ?? null,
      seq: head.seq + 1,
      prevHash: head.hash,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CodedError('entry.invalid', `${issue?.path.join('.')}: ${issue?.message}`, { field: issue?.path.join('.') ?? null });
    }
    const entry: LogEntry = { ...parsed.data, hash: computeRecordHash(parsed.data) };
    row += 1;
    rows.push(storedEntry(entry, row));
    heads.set(draft.incidentId, { incidentId: draft.incidentId, deviceId: device.deviceId, seq: entry.seq, hash: entry.hash });
    written.push(entry);
  }
  const touched = incidentIds.map((id) => heads.get(id)!);
  // One add per row rather than bulkAdd: a failure then rejects with the database's own error (QuotaExceededError …).
  await Promise.all([...rows.map((stored) => db.entries.add(stored)), db.chainHeads.bulkPut(touched), db.meta.put({ key: ROW_COUNTER, value: row })]);
  return written;
}

/** The User Timing measure of each completed append (hash + strict write, to its commit), read by `npm run bench`. */
export const APPEND_MEASURE = 'lantern:append';
/** From that commit until main's journal holds the entry too (renderer/data/journal.ts). */
export const JOURNAL_MEASURE = 'lantern:journal';

/** The event's own time where it shares the page's clock (browsers); otherwise now (some test DOMs stamp events with Date.now()). */
const commitTime = (event: Event, started: number): number => {
  const now = performance.now();
  return event.timeStamp >= started && event.timeStamp <= now ? event.timeStamp : now;
};

/** A full disk refuses the whole append (storage.full); nothing of it is stored. */
export async function appendEntries(ctx: DataContext, drafts: readonly EntryDraft[]): Promise<LogEntry[]> {
  const started = performance.now();
  let committed = 0;
  const written = await storageChecked(() =>
    ctx.db.transaction('rw', logTables(ctx.db), (tx) => {
      // The commit is when IndexedDB's `complete` event was made, not when a listener runs:
      // Dexie's own listener runs first and starts every live query the write concerns.
      tx.idbtrans.addEventListener('complete', (event) => (committed = commitTime(event, started)));
      return appendInTransaction(ctx, drafts);
    }),
  );
  // Timing only; a runtime without User Timing (some test DOMs) skips it.
  if (typeof performance.measure === 'function') {
    performance.measure(APPEND_MEASURE, { start: started, end: committed, detail: { entries: drafts.length } });
    if (ctx.db.journal?.host) performance.measure(JOURNAL_MEASURE, { start: committed, detail: { entries: drafts.length } });
  }
  return written;
}

export async function appendEntry(ctx: DataContext, draft: EntryDraft): Promise<LogEntry> {
  const [entry] = await appendEntries(ctx, [draft]);
  return entry!;
}

async function loadThreadInTransaction(db: LanternDB, targetId: string) {
  const target = await db.entries.get(targetId);
  if (!target) return { target: undefined, thread: undefined };
  const revisions = await db.entries.where('revision.targetId').equals(targetId).toArray();
  return { target, thread: buildThreads([target, ...revisions]).threads[0] };
}

export interface AmendmentInput extends EventTime {
  incidentId: string;
  targetId: string;
  reason: string;
  body: RichBody | null;
  text: string;
  tags: readonly string[];
}

/** Writes a complete new version of an original entry, with the reason for the change. */
export async function amendEntry(ctx: DataContext, input: AmendmentInput): Promise<LogEntry> {
  return storageChecked(() => ctx.db.transaction('rw', logTables(ctx.db), async () => {
    const { target, thread } = await loadThreadInTransaction(ctx.db, input.targetId);
    const refusal = checkRevision(input.incidentId, target, Boolean(thread?.retraction), input.reason);
    if (refusal) throw new CodedError(refusal, refusal);
    if (!amendmentChangesSomething(thread!.current, input)) throw new CodedError('revision.noChange', 'the correction changes nothing');
    const { targetId, reason, ...version } = input;
    const [entry] = await appendInTransaction(ctx, [
      { ...version, kind: target!.kind, refs: target!.refs, data: target!.data, revision: { action: 'amend', targetId, reason: reason.trim() } },
    ]);
    return entry!;
  }));
}

/** Withdraws an original entry; it stays visible, marked, with every version. */
export async function retractEntry(ctx: DataContext, input: { incidentId: string; targetId: string; reason: string; text: string }): Promise<LogEntry> {
  return storageChecked(() => ctx.db.transaction('rw', logTables(ctx.db), async () => {
    const { target, thread } = await loadThreadInTransaction(ctx.db, input.targetId);
    const refusal = checkRevision(input.incidentId, target, Boolean(thread?.retraction), input.reason);
    if (refusal) throw new CodedError(refusal, refusal);
    const current = thread!.current;
    const [entry] = await appendInTransaction(ctx, [
      {
        incidentId: input.incidentId,
        kind: target!.kind,
        occurredAt: current.occurredAt,
        occurredZone: current.occurredZone,
        occurredPrecision: current.occurredPrecision,
        body: null,
        text: input.text,
        tags: [],
        refs: target!.refs,
        revision: { action: 'retract', targetId: input.targetId, reason: input.reason.trim() },
      },
    ]);
    return entry!;
  }));
}
