// Looking at the notebook's IndexedDB from the test, behind the app's back (what is
// really stored), and making its writes fail as a full disk would (QuotaExceededError).
// Read only once the app has created its database: opening a missing one creates it empty.
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { computeRecordHash } from '../../../shared/crypto/hashChain';
import { GENESIS_HASH } from '../../../shared/crypto/sha256';
import { LOG_ENTRY_SCHEMA_VERSION, type EntryRef, type LogEntry, type LogEntryContent, type RichBody } from '../../../shared/domain/logEntry';

/** A stored log entry, reduced to what durability checks compare. */
export interface StoredEntrySummary {
  id: string;
  incidentId: string;
  seq: number;
  kind: string;
  text: string;
  /** The text nodes of the rich body, joined: must equal `text` for a whole entry. */
  bodyText: string | null;
}

/** Every log entry in the `lantern` database, in chain order. */
export function storedEntries(page: Page): Promise<StoredEntrySummary[]> {
  return page.evaluate(
    () =>
      new Promise<StoredEntrySummary[]>((resolve, reject) => {
        const open = indexedDB.open('lantern');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('entries', 'readonly').objectStore('entries').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            type Node = { text?: unknown; children?: Node[] };
            const textOf = (node: Node): string => (typeof node.text === 'string' ? node.text : '') + (node.children ?? []).map(textOf).join('');
            const rows = all.result as Array<{ id: string; incidentId: string; seq: number; kind: string; text: string; body: { root: Node } | null }>;
            resolve(
              rows
                .map((e) => ({ id: e.id, incidentId: e.incidentId, seq: e.seq, kind: e.kind, text: e.text, bodyText: e.body ? textOf(e.body.root) : null }))
                .sort((a, b) => a.incidentId.localeCompare(b.incidentId) || a.seq - b.seq),
            );
          };
        };
      }),
  );
}

/** Record counts of the given object stores. */
export function storeCounts(page: Page, stores: readonly string[]): Promise<Record<string, number>> {
  return page.evaluate(
    (names) =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('lantern');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(names, 'readonly');
          const counts: Record<string, number> = {};
          for (const name of names) tx.objectStore(name).count().onsuccess = (event) => (counts[name] = (event.target as IDBRequest<number>).result);
          tx.oncomplete = () => (db.close(), resolve(counts));
          tx.onerror = () => reject(tx.error);
        };
      }),
    [...stores],
  );
}

/**
 * From now on in this document, every add/put into one of `stores` throws the
 * QuotaExceededError DOMException IndexedDB raises when the disk or the origin's quota is
 * full (`refusedWrites` counts them). A reload, or `storageFreed`, ends it.
 */
export async function fillStorage(page: Page, stores: readonly string[]): Promise<void> {
  await page.evaluate((names) => {
    const full = new Set(names);
    const w = window as unknown as { __lanternStorageFull?: { stores: Set<string>; refused: number } };
    if (w.__lanternStorageFull) {
      w.__lanternStorageFull.stores = full;
      return;
    }
    const state = { stores: full, refused: 0 };
    w.__lanternStorageFull = state;
    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if (state.stores.has(this.name)) {
          state.refused += 1;
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return original.apply(this, args);
      };
    }
  }, [...stores]);
}

/** The disk has room again: writes go through (the patch stays, refusing nothing). */
export async function storageFreed(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __lanternStorageFull?: { stores: Set<string> } };
    if (w.__lanternStorageFull) w.__lanternStorageFull.stores = new Set();
  });
}

/** How many writes the full storage refused so far. */
export const refusedWrites = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __lanternStorageFull?: { refused: number } }).__lanternStorageFull?.refused ?? 0);

/** A setting's stored value (`undefined` when it was never written). */
export function storedSetting(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (name) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('lantern');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('settings', 'readonly').objectStore('settings').get(name);
          get.onerror = () => reject(get.error);
          get.onsuccess = () => (db.close(), resolve((get.result as { value?: unknown } | undefined)?.value));
        };
      }),
    key,
  );
}

/** What a foreign (imported) log entry holds besides its chain fields. */
export interface ForeignEntryInput {
  incidentId: string;
  /** Another responder's device: a new chain, seq 1 from the genesis hash. */
  deviceId: string;
  author: { name: string; role: string | null };
  kind: LogEntryContent['kind'];
  body: RichBody | null;
  text: string;
  refs?: EntryRef[];
  occurredAt: string;
}

/**
 * Stores an entry from another device, hashed and chained as that device would have written
 * it (so the log still verifies, with one more device), as a bundle import brings it in:
 * nothing of the app's own composer or sanitizer touched its body. Reload to see it.
 */
export async function putForeignEntry(page: Page, input: ForeignEntryInput): Promise<LogEntry> {
  const content: LogEntryContent = {
    schemaVersion: LOG_ENTRY_SCHEMA_VERSION,
    id: randomUUID(),
    incidentId: input.incidentId,
    kind: input.kind,
    occurredAt: input.occurredAt,
    occurredZone: 'Asia/Tokyo',
    occurredPrecision: 'minute',
    recordedAt: new Date().toISOString(),
    recordedZone: 'Asia/Tokyo',
    author: input.author,
    deviceId: input.deviceId,
    body: input.body,
    text: input.text,
    tags: [],
    revision: null,
    refs: input.refs ?? [],
    data: null,
    seq: 1,
    prevHash: GENESIS_HASH,
  };
  const entry: LogEntry = { ...content, hash: computeRecordHash(content) };
  // As plain data: LogEntry's recursive JSON type is too deep for page.evaluate's argument type.
  type Plain = { incidentId: string; deviceId: string; seq: number; hash: string; refs: { type: string; id: string }[]; [field: string]: unknown };
  await page.evaluate(
    (record: Plain) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('lantern');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['entries', 'chainHeads', 'meta'], 'readwrite');
          const meta = tx.objectStore('meta');
          const counter = meta.get('row');
          counter.onsuccess = () => {
            const row = ((counter.result as { value?: number } | undefined)?.value ?? 0) + 1;
            meta.put({ key: 'row', value: row });
            const refKeys = record.refs.map((ref) => `${ref.type}:${ref.id}`);
            tx.objectStore('entries').add({ ...record, _row: row, _refKeys: refKeys });
            tx.objectStore('chainHeads').put({ incidentId: record.incidentId, deviceId: record.deviceId, seq: record.seq, hash: record.hash });
          };
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    entry as unknown as Plain,
  );
  return entry;
}
