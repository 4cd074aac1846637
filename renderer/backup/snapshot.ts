// The notebook snapshot for a backup, read in a Web Worker where the runtime has workers (the
// app, the browser build) and in this thread where it has none (unit tests in Node).
import { CodedError } from '../../shared/result';
import { backupData, type NotebookSnapshot } from '../data';

export interface SnapshotRequest {
  id: number;
  dbName: string;
}

export type SnapshotReply = { id: number; ok: true; snapshot: NotebookSnapshot } | { id: number; ok: false; code: string; message: string };

let worker: Worker | null | undefined;
let nextId = 0;
const pending = new Map<number, { resolve(snapshot: NotebookSnapshot): void; reject(error: Error): void }>();

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const started = new Worker(new URL('./snapshot.worker.ts', import.meta.url), { type: 'module', name: 'lantern-backup' });
    started.onmessage = (event: MessageEvent<SnapshotReply>) => {
      const reply = event.data;
      const waiter = pending.get(reply.id);
      pending.delete(reply.id);
      if (!waiter) return;
      if (reply.ok) waiter.resolve(reply.snapshot);
      else waiter.reject(new CodedError(reply.code, reply.message, { detail: reply.message.slice(0, 300) }));
    };
    // A worker that fails to load or crashes must not leave a backup waiting forever.
    started.onerror = (event) => {
      event.preventDefault();
      for (const waiter of pending.values()) waiter.reject(new CodedError('backup.failed', event.message || 'backup worker failed', { detail: event.message || 'worker failed' }));
      pending.clear();
      worker = undefined;
    };
    return started;
  } catch {
    return null;
  }
}

export function readSnapshotOffThread(): Promise<NotebookSnapshot> {
  if (worker === undefined) worker = startWorker();
  if (!worker) return backupData.readSnapshot();
  const id = ++nextId;
  const running = worker;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    running.postMessage({ id, dbName: backupData.dbName } satisfies SnapshotRequest);
  });
}
