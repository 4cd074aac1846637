// The open incident's log, held in memory. It loads every entry once, then a
// Dexie live query fetches only rows added since (`_row`), so a new entry costs
// one small query instead of a reload of the whole incident. Threads (original +
// amendments + retraction) are sorted by the current event time, ties by when
// the original was recorded.
import { liveQuery, type Subscription } from 'dexie';
import { buildThreads, type EntryThread } from '../../../shared/domain/revisions';
import type { LanternDB, StoredEntry } from '../db';
import { entriesSince } from '../repositories/entries.read';

export interface IncidentLogSnapshot {
  loading: boolean;
  error: Error | null;
  /** Threads in event-time order. */
  threads: readonly EntryThread[];
  byId: ReadonlyMap<string, StoredEntry>;
  authors: readonly string[];
  tags: readonly string[];
}

const EMPTY: IncidentLogSnapshot = { loading: true, error: null, threads: [], byId: new Map(), authors: [], tags: [] };

const threadOrder = (a: EntryThread, b: EntryThread) =>
  a.current.occurredAt < b.current.occurredAt ? -1
  : a.current.occurredAt > b.current.occurredAt ? 1
  : a.original.recordedAt < b.original.recordedAt ? -1
  : a.original.recordedAt > b.original.recordedAt ? 1
  : a.original.id < b.original.id ? -1 : 1;

function insertionPoint(threads: readonly EntryThread[], thread: EntryThread): number {
  let lo = 0;
  let hi = threads.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (threadOrder(threads[mid]!, thread) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class IncidentLogStore {
  private readonly entries = new Map<string, StoredEntry>();
  /** Amendments and retractions by the id of the entry they revise. */
  private readonly revisions = new Map<string, StoredEntry[]>();
  private lastRow = -Infinity;
  private snapshot: IncidentLogSnapshot = EMPTY;
  private readonly listeners = new Set<() => void>();
  private subscription: Subscription | null = null;

  constructor(
    private readonly db: LanternDB,
    readonly incidentId: string,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (!this.subscription) this.start();
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): IncidentLogSnapshot => this.snapshot;

  /** Stops the live query; the store can be started again by a new subscriber. */
  stop(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
  }

  private start(): void {
    // The querier reads `lastRow` on every run, so each run asks only for what is new.
    this.subscription = liveQuery(() => entriesSince(this.db, this.incidentId, this.lastRow)).subscribe({
      next: (rows) => this.ingest(rows),
      error: (error: unknown) => this.publish({ ...this.snapshot, loading: false, error: error instanceof Error ? error : new Error(String(error)) }),
    });
  }

  private ingest(rows: readonly StoredEntry[]): void {
    if (rows.length === 0 && !this.snapshot.loading) return;
    const fresh = rows.filter((row) => !this.entries.has(row.id));
    for (const row of rows) {
      this.entries.set(row.id, row);
      if (row._row > this.lastRow) this.lastRow = row._row;
    }
    for (const row of fresh) {
      const target = row.revision?.targetId;
      if (target) this.revisions.set(target, [...(this.revisions.get(target) ?? []), row]);
    }
    const threads = this.snapshot.loading ? this.rebuild() : this.merge(fresh);
    const authors = new Set(this.snapshot.authors);
    const tags = new Set(this.snapshot.tags);
    for (const entry of this.snapshot.loading ? this.entries.values() : fresh) {
      authors.add(entry.author.name);
      for (const tag of entry.tags) tags.add(tag);
    }
    this.publish({ loading: false, error: null, threads, byId: new Map(this.entries), authors: [...authors].sort(), tags: [...tags].sort() });
  }

  private rebuild(): EntryThread[] {
    return buildThreads([...this.entries.values()]).threads.sort(threadOrder);
  }

  /**
   * Folds new rows into the sorted threads without re-sorting everything: each
   * touched thread is rebuilt from its entries and put back at its place.
   */
  private merge(fresh: readonly StoredEntry[]): EntryThread[] {
    const touched = new Set(fresh.map((e) => e.revision?.targetId ?? e.id));
    if (touched.size > 1000) return this.rebuild();
    const threads = this.snapshot.threads.filter((t) => !touched.has(t.original.id));
    for (const id of touched) {
      const original = this.entries.get(id);
      if (!original) continue;
      const thread = buildThreads([original, ...(this.revisions.get(id) ?? [])]).threads[0];
      if (thread) threads.splice(insertionPoint(threads, thread), 0, thread);
    }
    return threads;
  }

  private publish(next: IncidentLogSnapshot): void {
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}

/** Keeps the last few incidents warm so switching between them is instant. */
export class IncidentLogCache {
  private readonly stores = new Map<string, IncidentLogStore>();
  constructor(
    private readonly db: LanternDB,
    private readonly keep = 3,
  ) {}

  get(incidentId: string): IncidentLogStore {
    let store = this.stores.get(incidentId);
    if (store) this.stores.delete(incidentId);
    else store = new IncidentLogStore(this.db, incidentId);
    this.stores.set(incidentId, store);
    while (this.stores.size > this.keep) {
      const [oldestId, oldest] = this.stores.entries().next().value as [string, IncidentLogStore];
      oldest.stop();
      this.stores.delete(oldestId);
    }
    return store;
  }
}
