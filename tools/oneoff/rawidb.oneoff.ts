// The floor under the append: strict IndexedDB transactions made raw in the app's page (no
// Dexie, no app code), 40 each, 50 ms apart, after the app has opened. One record put into a
// scratch store with three indexes (strict, relaxed, strict after one read), and the append's
// own shape on the app's database: four reads, then an entry added to `entries` with all its
// indexes, a chain head and a counter put (under a made-up incident and device).
//   npx playwright test -c tools/oneoff/playwright.config.ts tools/oneoff/rawidb.oneoff.ts
// On the bench's database: copy .cache/bench-profile (the copy gets the made-up entries) and
// run with PROFILE=<copy> LANTERN_SERVER_PORT=47613.
import { test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeRendererServer, launchApp } from '../../tests/e2e/harness/app';

test.afterAll(() => closeRendererServer());
test('raw idb', async () => {
  const app = await launchApp({ userDataDir: process.env.PROFILE ?? mkdtempSync(join(tmpdir(), 'probe-raw-')), saveDir: mkdtempSync(join(tmpdir(), 'probe-save-')) });
  await app.page.waitForTimeout(3000);
  const out = await app.page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const req = indexedDB.open('probe-raw', 1);
      req.onupgradeneeded = () => { const s = req.result.createObjectStore('entries', { keyPath: 'id' }); s.createIndex('a', 'a'); s.createIndex('b', ['a', 'row']); s.createIndex('t', 'tags', { multiEntry: true }); req.result.createObjectStore('meta', { keyPath: 'key' }); };
      req.onsuccess = () => resolve(req.result); req.onerror = () => reject(req.error);
    });
    const run = async (durability: 'strict' | 'relaxed', withRead: boolean) => {
      const times: number[] = [];
      for (let i = 0; i < 40; i++) {
        await new Promise((r) => setTimeout(r, 50));
        const t0 = performance.now();
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(['entries', 'meta'], 'readwrite', { durability });
          const write = () => { tx.objectStore('entries').put({ id: crypto.randomUUID(), a: 'inc', row: i, tags: ['x', 'y'], text: 'x'.repeat(900) }); tx.objectStore('meta').put({ key: 'row', value: i }); };
          if (withRead) { const r = tx.objectStore('meta').get('row'); r.onsuccess = write; } else write();
          tx.oncomplete = () => resolve(); tx.onerror = () => reject(tx.error);
        });
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return `${durability}${withRead ? '+read' : ''}: p50 ${times[19]!.toFixed(1)} p95 ${times[37]!.toFixed(1)} min ${times[0]!.toFixed(1)}`;
    };
    const app: IDBDatabase = await new Promise((resolve, reject) => { const req = indexedDB.open('lantern'); req.onsuccess = () => resolve(req.result); req.onerror = () => reject(req.error); });
    const shape = async () => {
      const times: number[] = [];
      for (let i = 0; i < 40; i++) {
        await new Promise((r) => setTimeout(r, 50));
        const t0 = performance.now();
        await new Promise<void>((resolve, reject) => {
          const tx = app.transaction(['entries', 'chainHeads', 'meta', 'profile', 'device'], 'readwrite', { durability: 'strict' });
          let left = 4;
          const write = () => {
            if (--left) return;
            const id = crypto.randomUUID();
            tx.objectStore('entries').add({ id, incidentId: 'probe-incident', occurredAt: new Date().toISOString(), _row: 1e9 + i, deviceId: 'probe', seq: i, revision: null, _refKeys: [], text: 'x'.repeat(900), tags: [] });
            tx.objectStore('chainHeads').put({ incidentId: 'probe-incident', deviceId: 'probe', seq: i, hash: 'h' });
            tx.objectStore('meta').put({ key: 'probe-row', value: i });
          };
          tx.objectStore('profile').get('self').onsuccess = write;
          tx.objectStore('device').get('device').onsuccess = write;
          tx.objectStore('meta').get('row').onsuccess = write;
          tx.objectStore('chainHeads').index('incidentId').getAll('probe-incident').onsuccess = write;
          tx.oncomplete = () => resolve(); tx.onerror = () => reject(tx.error);
        });
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return `app shape strict: p50 ${times[19]!.toFixed(1)} p95 ${times[37]!.toFixed(1)} min ${times[0]!.toFixed(1)}`;
    };
    return [await run('strict', false), await run('strict', true), await shape(), await run('strict', true), await shape()];
  });
  console.log(out.join('\n'));
});
