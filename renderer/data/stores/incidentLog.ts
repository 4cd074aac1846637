// The open incident's log, held in memory. Opening shows the newest entries at
// once, loads the rest in pages that leave the UI responsive, then a Dexie live
// query fetches only rows added since (`_row`), so a new entry costs one small
// query instead of a reload. Threads (original + amendments + retraction) are
// sorted by current event time, ties by when the original was recorded.
import { liveQuery, type Subscription } from 'dexie';
import { buildThreads, type EntryThread } from '../../../shared/domain/revisions';
import type { LanternDB, StoredEntry } from '../db';
import { entriesPage, entriesSince, newestEntries } from '../repositories/entries.read';
import { afterPaint } from '../../lib/afterPaint';
import { SharedParts, StringPool } from './stringPool';

export interface IncidentLogSnapshot {
  /** Nothing to show yet. */
  loading: boolean;
  /** Every entry is in memory; until then the threads are the newest ones only. */
  complete: boolean;
  error: Error | null;
  /** Threads in event-time order. */
  threads: readonly EntryThread[];
  /** Entries in memory (originals and revisions). */
  entryCount: number;
  authors: readonly string[];
  tags: readonly string[];
}

const EMPTY: IncidentLogSnapshot = { loading: true, complete: false, error: null, threads: [], entryCount: 0, authors: [], tags: [] };
/** Rows for the first screen: a window shows about six; a few screens of them arrive at once. */
const FIRST_SCREEN = 60;
// ~40 ms of main-thread deserialisation per page here: under one 50 ms frame budget.
const PAGE = 2_000;
const FIRST_PAGE = 250;

export const threadOrder = (a: EntryThread, b: EntryThread) =>
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

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** After the next frame is painted (the first screen goes first), never later than 100 ms. */
const nextPaint = () => new Promise<void>((resolve) => afterPaint(resolve, 100));

function collect(entries: Iterable<StoredEntry>, authors: Set<string>, tags: Set<string>): void {
  for (const entry of entries) {
    authors.add(entry.author.name);
    for (const tag of entry.tags) tags.add(tag);
  }
}

function firstScreenSnapshot(newest: readonly StoredEntry[]): IncidentLogSnapshot {
  const authors = new Set<string>();
  const tags = new Set<string>();
  collect(newest, authors, tags);
  return { ...EMPTY, loading: false, threads: buildThreads(newest).threads.sort(threadOrder), entryCount: newest.length, authors: [...authors], tags: [...tags] };
}

export class IncidentLogStore {
  private readonly entries = new Map<string, StoredEntry>();
  /** Amendments and retractions by the id of the entry they revise. */
  private readonly revisions = new Map<string, StoredEntry[]>();
  private lastRow = -Infinity;
  private snapshot: IncidentLogSnapshot = EMPTY;
  private readonly listeners = new Set<() => void>();
  private running = false;
  private subscription: Subscription | null = null;
  /** The first screen's read, when prefetch() started it before anyone subscribed. */
  private firstScreen: Promise<StoredEntry[]> | null = null;

  constructor(
    private readonly db: LanternDB,
    readonly incidentId: string,
    /** Told whenever the number of entries in memory changes (IncidentLogCache keeps a budget). */
    private readonly onSize?: () => void,
  ) {}

  /** Somebody shows this log now. */
  get watched(): boolean {
    return this.listeners.size > 0;
  }

  /** Entries held in memory. */
  get size(): number {
    return this.snapshot.entryCount;
  }

  /** Still reading the log, with nobody left to show it. */
  get loadingUnwatched(): boolean {
    return this.running && !this.snapshot.complete && this.listeners.size === 0;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (!this.running) this.start();
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): IncidentLogSnapshot => this.snapshot;

  /**
   * Reads the newest entries ahead of the view (while the app starts), so the timeline's
   * first render already has its rows; the full load still starts with the first subscriber.
   */
  prefetch(): Promise<void> {
    if (this.running || !this.snapshot.loading) return Promise.resolve();
    this.firstScreen ??= newestEntries(this.db, this.incidentId, FIRST_SCREEN);
    return this.firstScreen.then((newest) => {
      if (this.snapshot.loading) this.publish(firstScreenSnapshot(newest));
    });
  }

  /** Stops loading and the live query; a new subscriber starts them again. */
  stop(): void {
    this.running = false;
    this.subscription?.unsubscribe();
    this.subscription = null;
  }

  private start(): void {
    this.running = true;
    const work = this.snapshot.complete ? Promise.resolve(this.follow()) : this.load();
    work.catch((error: unknown) => this.publish({ ...this.snapshot, loading: false, error: error instanceof Error ? error : new Error(String(error)) }));
  }

  private async load(): Promise<void> {
    const first = this.firstScreen ?? newestEntries(this.db, this.incidentId, FIRST_SCREEN);
    this.firstScreen = null;
    const newest = await first;
    if (!this.running) return;
    if (this.snapshot.loading) this.publish(firstScreenSnapshot(newest));
    // The whole log (100,000 entries take seconds) loads after the first screen is painted.
    await nextPaint();
    if (!this.running) return;
    const authors = new Set<string>();
    const tags = new Set<string>();

    this.entries.clear();
    this.revisions.clear();
    this.lastRow = -Infinity;
    // One copy of each repeated short string, and of what entries repeat from one another,
    // across the whole log (see stringPool.ts).
    const strings = new StringPool();
    const parts = new SharedParts();
    // Small pages first, while the reader starts on the first screen; then full ones.
    for (let after = -Infinity, size = FIRST_PAGE; ; size = Math.min(PAGE, size * 2)) {
      const page = await entriesPage(this.db, this.incidentId, after, size);
      if (!this.running) return;
      if (page.length === 0) break;
      for (const row of page) parts.share(strings.share(row));
      this.add(page);
      after = page.at(-1)!._row;
      this.publish({ ...this.snapshot, entryCount: this.entries.size });
      await nextTask();
    }
    authors.clear();
    tags.clear();
    collect(this.entries.values(), authors, tags);
    const threads = buildThreads([...this.entries.values()]).threads.sort(threadOrder);
    this.publish({ ...this.snapshot, complete: true, threads, entryCount: this.entries.size, authors: [...authors].sort(), tags: [...tags].sort() });
    this.follow();
  }

  /** The live query: its querier reads `lastRow` on every run, so each run asks only for what is new. */
  private follow(): void {
    if (!this.running) return;
    this.subscription = liveQuery(() => entriesSince(this.db, this.incidentId, this.lastRow)).subscribe({
      next: (rows) => this.ingest(rows),
      error: (error: unknown) => this.publish({ ...this.snapshot, error: error instanceof Error ? error : new Error(String(error)) }),
    });
  }

  /** Takes rows into memory; returns those not seen before. */
  private add(rows: readonly StoredEntry[]): StoredEntry[] {
    const fresh = rows.filter((row) => !this.entries.has(row.id));
    for (const row of rows) {
      this.entries.set(row.id, row);
      if (row._row > this.lastRow) this.lastRow = row._row;
    }
    for (const row of fresh) {
      const target = row.revision?.targetId;
      if (target) this.revisions.set(target, [...(this.revisions.get(target) ?? []), row]);
    }
    return fresh;
  }

  private ingest(rows: readonly StoredEntry[]): void {
    const fresh = this.add(rows);
    if (fresh.length === 0) return;
    const authors = new Set(this.snapshot.authors);
    const tags = new Set(this.snapshot.tags);
    collect(fresh, authors, tags);
    this.publish({ ...this.snapshot, threads: this.merge(fresh), entryCount: this.entries.size, authors: [...authors].sort(), tags: [...tags].sort() });
  }

  /**
   * Folds new rows into the sorted threads without re-sorting everything: each
   * touched thread is rebuilt from its entries and put back at its place.
   */
  private merge(fresh: readonly StoredEntry[]): EntryThread[] {
    const touched = new Set(fresh.map((e) => e.revision?.targetId ?? e.id));
    if (touched.size > 1000) return buildThreads([...this.entries.values()]).threads.sort(threadOrder);
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
    const grew = next.entryCount !== this.snapshot.entryCount;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
    if (grew) this.onSize?.();
  }
}

/**
 * Entries the cache keeps in memory across the logs nobody shows (about 75 MiB per 100,000 here).
 * Two logs of 100,000 held at once doubled what every major GC goes through, and its pauses
 * cost the timeline's scroll whole frames (BENCHMARKS.md).
 */
export const WARM_ENTRIES = 150_000;

/**
 * Keeps the last few incidents warm so switching between them is instant, as long as the logs
 * in memory stay within `budget` entries: past it, the least recently opened log nobody shows
 * is let go (opened again, it loads afresh, as on a first open). A log left while it was still
 * loading is let go at once: its reading would only add to what the shown log has to share.
 */
export class IncidentLogCache {
  private readonly stores = new Map<string, IncidentLogStore>();
  constructor(
    private readonly db: LanternDB,
    private readonly keep = 3,
    private readonly budget = WARM_ENTRIES,
  ) {}

  get(incidentId: string): IncidentLogStore {
    let store = this.stores.get(incidentId);
    if (store) this.stores.delete(incidentId);
    else store = new IncidentLogStore(this.db, incidentId, () => this.trim());
    this.stores.set(incidentId, store);
    while (this.stores.size > this.keep) {
      const [oldestId, oldest] = this.stores.entries().next().value as [string, IncidentLogStore];
      this.drop(oldestId, oldest);
    }
    return store;
  }

  /**
   * Lets go of a log left before it had loaded (its reading stops), and of unwatched logs, least
   * recently opened first, until the rest fit the budget.
   */
  private trim(): void {
    let total = 0;
    for (const store of this.stores.values()) total += store.size;
    for (const [id, store] of this.stores) {
      if (store.watched || (total <= this.budget && !store.loadingUnwatched)) continue;
      total -= store.size;
      this.drop(id, store);
    }
  }

  private drop(incidentId: string, store: IncidentLogStore): void {
    store.stop();
    this.stores.delete(incidentId);
  }
}
