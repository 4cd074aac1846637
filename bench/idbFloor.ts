// What this machine's IndexedDB gives before any app code runs: the floor under the append
// figure. Measured in the app's page, on a scratch database (the notebook is never written):
// - one strict put of a 1 KB record into a store with three indexes, the operation behind
//   DESIGN.md's reference figure (≈ 1.2 ms for a strict Dexie add on the reference machine);
// - the append's own transaction made raw: the app's five log stores with their indexes
//   copied from the notebook, the same four reads, then an entry (a copy of a stored one),
//   a chain head and a counter written, strict.
// No Dexie, no validation, no hashing: the app's append cannot be faster than the second.
import type { Page } from '@playwright/test';

export interface IdbFloor {
  /** ms per strict single put, one per round. */
  strictPut: number[];
  /** ms per raw append-shaped strict transaction, one per round. */
  appendShape: number[];
}

const SCRATCH = 'lantern-bench-floor';

/** `rounds` of each, `gapMs` apart (an idle page between them, as between a person's appends). */
export function measureIdbFloor(page: Page, rounds = 40, gapMs = 50): Promise<IdbFloor> {
  return page.evaluate(
    async ({ rounds, gapMs, scratch }) => {
      const LOG_STORES = ['entries', 'chainHeads', 'meta', 'profile', 'device'];
      const ask = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const done = (tx: IDBTransaction) =>
        new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error ?? new Error('aborted'));
        });
      const pause = () => new Promise((resolve) => setTimeout(resolve, gapMs));

      // The notebook's log stores: their shape, and one record of each to copy.
      const app = await ask(indexedDB.open('lantern'));
      const read = app.transaction(LOG_STORES, 'readonly');
      const shapes = LOG_STORES.map((name) => {
        const store = read.objectStore(name);
        const indexes = [...store.indexNames].map((index) => {
          const { keyPath, multiEntry, unique } = store.index(index);
          return { index, keyPath, multiEntry, unique };
        });
        return { name, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
      });
      const [entry, head, profile, device, row] = await Promise.all([
        ask(read.objectStore('entries').openCursor(null, 'prev')).then((cursor) => cursor?.value as Record<string, unknown>),
        ask(read.objectStore('chainHeads').openCursor()).then((cursor) => cursor?.value as Record<string, unknown>),
        ask(read.objectStore('profile').get('self')),
        ask(read.objectStore('device').get('device')),
        ask(read.objectStore('meta').get('row')),
      ]);
      app.close();
      if (!entry || !head || !profile || !device || !row) throw new Error('the notebook has no log to copy');

      await ask(indexedDB.deleteDatabase(scratch));
      const opening = indexedDB.open(scratch, 1);
      opening.onupgradeneeded = () => {
        for (const shape of shapes) {
          const store = opening.result.createObjectStore(shape.name, { keyPath: shape.keyPath, autoIncrement: shape.autoIncrement });
          for (const { index, keyPath, multiEntry, unique } of shape.indexes) store.createIndex(index, keyPath, { multiEntry, unique });
        }
        opening.result.createObjectStore('floor', { keyPath: 'id' }).createIndex('a', 'a');
        const floor = opening.transaction!.objectStore('floor');
        floor.createIndex('b', ['a', 'row']);
        floor.createIndex('t', 'tags', { multiEntry: true });
      };
      const db = await ask(opening);
      const seed = db.transaction(LOG_STORES, 'readwrite');
      seed.objectStore('chainHeads').put(head);
      seed.objectStore('profile').put(profile);
      seed.objectStore('device').put(device);
      seed.objectStore('meta').put(row);
      seed.objectStore('entries').put(entry);
      await done(seed);

      const strictPut: number[] = [];
      for (let i = 0; i < rounds; i++) {
        await pause();
        const started = performance.now();
        const tx = db.transaction(['floor'], 'readwrite', { durability: 'strict' });
        tx.objectStore('floor').put({ id: crypto.randomUUID(), a: 'incident', row: i, tags: ['vpn', 'fs01'], text: 'x'.repeat(1000) });
        await done(tx);
        strictPut.push(performance.now() - started);
      }

      const incidentId = head.incidentId as string;
      const appendShape: number[] = [];
      for (let i = 1; i <= rounds; i++) {
        await pause();
        const started = performance.now();
        const tx = db.transaction(LOG_STORES, 'readwrite', { durability: 'strict' });
        const finished = done(tx);
        let waiting = 4;
        const write = () => {
          if (--waiting > 0) return;
          tx.objectStore('entries').add({ ...entry, id: crypto.randomUUID(), seq: Number(entry.seq) + i, _row: Number(entry._row) + i });
          tx.objectStore('chainHeads').put({ ...head, seq: Number(head.seq) + i });
          tx.objectStore('meta').put({ ...(row as object), value: i });
        };
        tx.objectStore('profile').get('self').onsuccess = write;
        tx.objectStore('device').get('device').onsuccess = write;
        tx.objectStore('meta').get('row').onsuccess = write;
        tx.objectStore('chainHeads').index('incidentId').getAll(incidentId).onsuccess = write;
        await finished;
        appendShape.push(performance.now() - started);
      }
      db.close();
      await ask(indexedDB.deleteDatabase(scratch));
      return { strictPut, appendShape };
    },
    { rounds, gapMs, scratch: SCRATCH },
  );
}
