// Page-side helpers for the benchmarks: read and write the notebook's IndexedDB
// directly (as a prepared fixture would), never through the app.
import type { Page } from '@playwright/test';
import type { LogEntry } from '../shared/domain/logEntry';
import { refKeysOf } from '../renderer/data/migrations/v2-refKeys';

export interface NotebookState {
  incidentId: string | null;
  entryCount: number;
  deviceId: string | null;
  author: { name: string; role: string | null } | null;
  lastRow: number;
}

export function readState(page: Page, title: string): Promise<NotebookState> {
  return page.evaluate(async (title) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lantern');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['incidents', 'entries', 'device', 'profile', 'meta'], 'readonly');
    const ask = <T>(request: IDBRequest<T>) => new Promise<T>((resolve) => (request.onsuccess = () => resolve(request.result)));
    const incidents = await ask(tx.objectStore('incidents').getAll());
    const incident = incidents.find((i: { title: string }) => i.title === title) as { id: string } | undefined;
    const device = await ask(tx.objectStore('device').get('device'));
    const profile = await ask(tx.objectStore('profile').get('self'));
    const meta = await ask(tx.objectStore('meta').get('row'));
    const entryCount = incident
      ? await ask(tx.objectStore('entries').index('[incidentId+_row]').count(IDBKeyRange.bound([incident.id, -Infinity], [incident.id, []])))
      : 0;
    db.close();
    return {
      incidentId: incident?.id ?? null,
      entryCount,
      deviceId: device?.deviceId ?? null,
      author: profile ? { name: profile.name, role: profile.role || null } : null,
      lastRow: meta?.value ?? 0,
    };
  }, title);
}

type StoredRecord = Record<string, unknown> & { _row: number; incidentId: string; deviceId: string; seq: number; hash: string };

/** Adds entries (with local `_row` numbers from `firstRow`) and moves the chain head and row counter. */
export async function writeEntries(page: Page, entries: readonly LogEntry[], firstRow: number): Promise<void> {
  const CHUNK = 5_000;
  for (let start = 0; start < entries.length; start += CHUNK) {
    // Plain records: the zod-derived entry type is too deep for page.evaluate's typing.
    const chunk: StoredRecord[] = entries.slice(start, start + CHUNK).map((entry, i) => ({ ...(entry as unknown as StoredRecord), _row: firstRow + start + i, _refKeys: refKeysOf(entry.refs) }));
    const last = chunk.at(-1)!;
    await page.evaluate(async ({ chunk, last }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('lantern');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['entries', 'chainHeads', 'meta'], 'readwrite');
      const store = tx.objectStore('entries');
      for (const entry of chunk) store.put(entry);
      tx.objectStore('chainHeads').put({ incidentId: last.incidentId, deviceId: last.deviceId, seq: last.seq, hash: last.hash });
      tx.objectStore('meta').put({ key: 'row', value: last._row });
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, { chunk, last });
  }
}

/** Puts plain records into one store (systems, checklistRuns) in chunks. */
export async function writeRecords(page: Page, store: string, records: readonly object[]): Promise<void> {
  for (let start = 0; start < records.length; start += 2_000) {
    const chunk = records.slice(start, start + 2_000) as Record<string, unknown>[];
    await page.evaluate(async ({ store, chunk }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('lantern');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(store, 'readwrite');
      for (const record of chunk) tx.objectStore(store).put(record);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, { store, chunk });
  }
}
