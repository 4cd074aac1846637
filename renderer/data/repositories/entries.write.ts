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
import type { Transaction } from 'dexie';
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
 * What an append builds on: who writes, from which device, the row counter and this device's
 * chain head in each incident written to (null: no entry from this device there yet).
 */
interface AppendBasis {
  author: { name: string; role: string | null };
  deviceId: string;
  row: number;
  heads: Map<string, ChainHeadRecord | null>;
}

/** The basis the last append on a database left; the next one assumes it and checks it (appendEntries). */
const lastBasis = new WeakMap<LanternDB, AppendBasis>();

/** Reads the basis for `incidentIds`. Every read is asked for at once: one round trip. */
async function readBasis(db: LanternDB, incidentIds: readonly string[]): Promise<AppendBasis | 'no-identity'> {
  const [profile, device, rowMeta, storedHeads] = await Promise.all([
    db.profile.get('self'),
    db.device.get('device'),
    db.meta.get(ROW_COUNTER),
    db.chainHeads.where('incidentId').anyOf(incidentIds).toArray(),
  ]);
  if (!profile || !device) return 'no-identity';
  const heads = new Map<string, ChainHeadRecord | null>(incidentIds.map((id) => [id, null]));
  for (const head of storedHeads) if (head.deviceId === device.deviceId) heads.set(head.incidentId, head);
  return { author: { name: profile.name, role: profile.role || null }, deviceId: device.deviceId, row: rowMeta?.value ?? 0, heads };
}

const sameHead = (a: ChainHeadRecord | null, b: ChainHeadRecord | null | undefined) => (!a && !b) || (!!a && !!b && a.seq === b.seq && a.hash === b.hash);

function sameBasis(a: AppendBasis, b: AppendBasis): boolean {
  if (a.author.name !== b.author.name || a.author.role !== b.author.role || a.deviceId !== b.deviceId || a.row !== b.row) return false;
  for (const [id, head] of a.heads) if (!sameHead(head, b.heads.get(id))) return false;
  return true;
}

interface AppendPlan {
  entries: LogEntry[];
  rows: StoredEntry[];
  /** The basis after these entries. */
  next: AppendBasis;
}

/** Validates and hashes the drafts on `basis`: no database work. */
function planAppend(ctx: DataContext, basis: AppendBasis, drafts: readonly EntryDraft[]): AppendPlan {
  const heads = new Map(basis.heads);
  let row = basis.row;
  const entries: LogEntry[] = [];
  const rows: StoredEntry[] = [];
  for (const draft of drafts) {
    const head = heads.get(draft.incidentId) ?? { incidentId: draft.incidentId, deviceId: basis.deviceId, seq: 0, hash: GENESIS_HASH };
    const parsed = LogEntryContentSchema.safeParse({
      schemaVersion: LOG_ENTRY_SCHEMA_VERSION,
      id: ctx.newId(),
      incidentId: draft.incidentId,
      kind: draft.kind,
      occurredAt: draft.occurredAt,
      occurredZone: draft.occurredZone,
      occurredPrecision: draft.occurredPrecision,
      recordedAt: ctx.now().toISOString(),
      recordedZone: ctx.zone(),
      author: basis.author,
      deviceId: basis.deviceId,
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
    heads.set(draft.incidentId, { incidentId: draft.incidentId, deviceId: basis.deviceId, seq: entry.seq, hash: entry.hash });
    entries.push(entry);
  }
  return { entries, rows, next: { ...basis, row, heads } };
}

/** Asks for the plan's writes, after whatever the transaction already asked for. */
function writePlan(db: LanternDB, plan: AppendPlan, incidentIds: readonly string[]): Promise<unknown> {
  const heads = incidentIds.map((id) => plan.next.heads.get(id)!);
  // One add per row rather than bulkAdd: a failure then rejects with the database's own error (QuotaExceededError …).
  return Promise.all([...plan.rows.map((stored) => db.entries.add(stored)), db.chainHeads.bulkPut(heads), db.meta.put({ key: ROW_COUNTER, value: plan.next.row })]);
}

const incidentsOf = (drafts: readonly EntryDraft[]) => [...new Set(drafts.map((draft) => draft.incidentId))];

/**
 * Appends drafts in order. Must run inside a rw transaction over `logTables(db)`.
 * Two round trips to the database, whatever the number of drafts: every read is asked
 * for at once, then every write.
 */
export async function appendInTransaction(ctx: DataContext, drafts: readonly EntryDraft[]): Promise<LogEntry[]> {
  const incidentIds = incidentsOf(drafts);
  const basis = await readBasis(ctx.db, incidentIds);
  if (basis === 'no-identity') throw new CodedError('identity.missing', 'no responder profile on this device yet');
  const plan = planAppend(ctx, basis, drafts);
  await writePlan(ctx.db, plan, incidentIds);
  lastBasis.set(ctx.db, plan.next);
  return plan.entries;
}

/** The basis an optimistic append assumed was not the stored one: its transaction was aborted. */
class StaleBasis extends Error {}

/**
 * One round trip: the entries are validated and hashed before the transaction, on the basis
 * the last append left, and the transaction asks for the basis and the writes at once.
 * IndexedDB answers a transaction's requests in order, so the basis arrives before the writes
 * can commit. If it is not the one assumed (another tab wrote, a correction or an import moved
 * a head, the profile changed), the transaction is aborted, nothing of it is stored, and the
 * append runs again on what is stored.
 */
async function appendOptimistically(ctx: DataContext, drafts: readonly EntryDraft[], plan: AppendPlan, assumed: AppendBasis, tx: Transaction, onStale: () => void): Promise<LogEntry[]> {
  const incidentIds = incidentsOf(drafts);
  const stored = readBasis(ctx.db, incidentIds);
  const writes = writePlan(ctx.db, plan, incidentIds);
  const found = await stored;
  if (found === 'no-identity' || !sameBasis(assumed, found)) {
    writes.catch(() => undefined);
    onStale();
    tx.abort();
    throw new StaleBasis('the stored chain head, row counter or identity changed since the last append');
  }
  await writes;
  lastBasis.set(ctx.db, plan.next);
  return plan.entries;
}

/** The User Timing measure of each completed append (hash + strict write, to its commit), read by `npm run bench`. */
export const APPEND_MEASURE = 'lantern:append';
/** From that commit until main's journal holds the entry too (renderer/data/journal.ts). */
export const JOURNAL_MEASURE = 'lantern:journal';

/** A full disk refuses the whole append (storage.full); nothing of it is stored. */
export async function appendEntries(ctx: DataContext, drafts: readonly EntryDraft[]): Promise<LogEntry[]> {
  const started = performance.now();
  let committed = 0;
  const inTransaction = (work: (tx: Transaction) => Promise<LogEntry[]>) =>
    storageChecked(() =>
      ctx.db.transaction('rw', logTables(ctx.db), (tx) => {
        tx.on('complete', () => (committed = performance.now()));
        return work(tx);
      }),
    );
  // Hashed before the transaction, on what the last append left (checked inside).
  const last = lastBasis.get(ctx.db);
  const assumed = last && { ...last, heads: new Map(incidentsOf(drafts).map((id) => [id, last.heads.get(id) ?? null])) };
  const known = assumed && incidentsOf(drafts).every((id) => last!.heads.has(id));
  let written: LogEntry[];
  // Set when the optimistic transaction was aborted on purpose (Dexie may report that as AbortError).
  let stale = false;
  try {
    if (!assumed || !known) throw new StaleBasis('no earlier append to build on');
    const plan = planAppend(ctx, assumed, drafts);
    written = await inTransaction((tx) => appendOptimistically(ctx, drafts, plan, assumed, tx, () => (stale = true)));
  } catch (error) {
    if (!stale && !(error instanceof StaleBasis)) throw error;
    lastBasis.delete(ctx.db);
    written = await inTransaction(() => appendInTransaction(ctx, drafts));
  }
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
