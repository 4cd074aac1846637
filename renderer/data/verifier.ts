// Runs log verification in a Web Worker where the runtime has workers (the app,
// the browser build), and in this thread where it has none (unit tests in Node).
import { CodedError } from '../../shared/result';
import type { LanternDB } from './db';
import { verifyIncidentLog, type IncidentVerification } from './repositories/entries.read';

export interface VerifyRequest {
  id: number;
  incidentId: string;
  /** An earlier passing check to continue from; none for a full check. */
  since: IncidentVerification | null;
}

export type VerifyReply = { id: number; ok: true; result: IncidentVerification } | { id: number; ok: false; code: string; message: string };

let worker: Worker | null | undefined;
let nextId = 0;
const pending = new Map<number, { resolve(result: IncidentVerification): void; reject(error: Error): void }>();

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const started = new Worker(new URL('./workers/verify.worker.ts', import.meta.url), { type: 'module', name: 'lantern-verify' });
    started.onmessage = (event: MessageEvent<VerifyReply>) => {
      const reply = event.data;
      const waiter = pending.get(reply.id);
      pending.delete(reply.id);
      if (!waiter) return;
      if (reply.ok) waiter.resolve(reply.result);
      else waiter.reject(new CodedError(reply.code, reply.message));
    };
    // A worker that fails to load or crashes must not leave a check waiting forever.
    started.onerror = (event) => {
      event.preventDefault();
      for (const waiter of pending.values()) waiter.reject(new CodedError('verify.workerFailed', event.message || 'verification worker failed'));
      pending.clear();
      worker = undefined;
    };
    return started;
  } catch {
    return null;
  }
}

export function verifyOffThread(db: LanternDB, incidentId: string, since: IncidentVerification | null = null): Promise<IncidentVerification> {
  if (worker === undefined) worker = startWorker();
  if (!worker) return verifyIncidentLog(db, incidentId, since);
  const id = ++nextId;
  const running = worker;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    running.postMessage({ id, incidentId, since } satisfies VerifyRequest);
  });
}
