// A full disk for the unit tests' in-memory IndexedDB (fake-indexeddb), in the forms a
// browser gives it, and a snapshot of every table to show a refused write left nothing.
//  - `commit`: every request succeeds, then the transaction aborts at commit with
//    QuotaExceededError: what Chromium does, on a real quota and on a full disk (seen with
//    DevTools' quota override and with a profile on a 5 MB tmpfs). Dexie rejects with an
//    AbortError whose `inner` is the quota error.
//  - `request`: the write request fails with QuotaExceededError and the transaction aborts;
//    Dexie rejects with its own QuotaExceededError, or a BulkError for bulkAdd/bulkPut.
//  - `throws`: the write call itself throws (what the e2e harness injects).
// `stores` limits the refusal to some stores, so a transaction that already wrote to another
// store shows that the whole transaction is undone, not only the refused part.
import { afterEach } from 'vitest';
import type { LanternDB } from '../../../renderer/data/db';

export type DiskFull = 'commit' | 'request' | 'throws';
export const DISK_FULL_MODES: readonly DiskFull[] = ['commit', 'request', 'throws'];

/** fake-indexeddb's transaction internals: its request queue, its abort and its commit loop. */
interface FakeTransaction extends IDBTransaction {
  _abort(errorName: string | null): void;
  _start(): void;
  _execRequestAsync(request: { operation: () => unknown; source: IDBObjectStore }): IDBRequest;
  _requests: { request: IDBRequest }[];
  _state: string;
}

const storeProto = IDBObjectStore.prototype;
const txProto = IDBTransaction.prototype as FakeTransaction;
const originals = { add: storeProto.add, put: storeProto.put, delete: storeProto.delete, _start: txProto._start };
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** From now on (until `diskFreed` or the end of the test), writes to `stores` (default: all) fail as `mode` says. */
export function fillDisk(mode: DiskFull, stores?: readonly string[]): void {
  const full = (store: IDBObjectStore) => !stores || stores.includes(store.name);
  const doomed = new WeakSet<IDBTransaction>();
  for (const method of ['add', 'put', 'delete'] as const) {
    const original = originals[method] as (this: IDBObjectStore, ...args: unknown[]) => IDBRequest;
    storeProto[method] = function (this: IDBObjectStore, ...args: unknown[]) {
      if (!full(this)) return original.apply(this, args);
      const tx = this.transaction as FakeTransaction;
      if (mode === 'throws') throw quota();
      if (mode === 'request') {
        return tx._execRequestAsync({
          source: this,
          operation: () => {
            throw quota();
          },
        });
      }
      doomed.add(tx);
      return original.apply(this, args);
    } as never;
  }
  // `commit`: once a doomed transaction has no request left, it aborts where it would commit.
  txProto._start = function (this: FakeTransaction) {
    const idle = this._requests.every(({ request }) => request.readyState === 'done');
    if (doomed.has(this) && idle && this._state !== 'finished') {
      doomed.delete(this);
      this._abort('QuotaExceededError');
      return;
    }
    originals._start.call(this);
  };
}

export function diskFreed(): void {
  Object.assign(storeProto, { add: originals.add, put: originals.put, delete: originals.delete });
  txProto._start = originals._start;
}

afterEach(diskFreed);

/** Every record of every table, by table name: equal snapshots mean nothing was written. */
export async function snapshot(db: LanternDB): Promise<Record<string, unknown[]>> {
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return Object.fromEntries(tables);
}
