// The one log worker (workers/log.worker.ts) seen from the main thread: requests go in with
// an id, replies come back to whoever asked. It lives as long as the page, so its LogCache
// does too. Cancelling an export terminates it (a build cannot be interrupted halfway) and
// starts a new one for whatever else was waiting; a crash fails every waiting request.
import type { IncidentVerification } from './repositories/entries.read';
import type { TimelineExportProgress, TimelineExportRequest } from './repositories/timelineExport.read';

export type LogRequest =
  | { id: number; type: 'verify'; incidentId: string; since: IncidentVerification | null }
  | { id: number; type: 'export'; request: TimelineExportRequest; mime: string };

export type LogReply =
  | { id: number; type: 'progress'; progress: TimelineExportProgress }
  | { id: number; type: 'verified'; result: IncidentVerification }
  | { id: number; type: 'exported'; blob: Blob }
  | { id: number; type: 'failed'; code: string; message: string };

type Request = LogRequest extends infer R ? (R extends LogRequest ? Omit<R, 'id'> : never) : never;

export interface LogJobHandlers {
  onReply(reply: LogReply): void;
  /** The worker failed to load or crashed before answering. */
  onCrash(message: string): void;
}

export interface LogJob {
  /** Stops this request now: the worker is replaced, other requests are sent to the new one. */
  cancel(): void;
}

interface Pending extends LogJobHandlers {
  message: LogRequest;
}

let worker: Worker | null | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  let started: Worker;
  try {
    started = new Worker(new URL('./workers/log.worker.ts', import.meta.url), { type: 'module', name: 'lantern-log' });
  } catch {
    return null;
  }
  started.onmessage = (event: MessageEvent<LogReply>) => {
    const reply = event.data;
    const job = pending.get(reply.id);
    if (!job) return;
    if (reply.type !== 'progress') pending.delete(reply.id);
    job.onReply(reply);
  };
  // A worker that fails to load or crashes must not leave anything waiting forever.
  started.onerror = (event) => {
    event.preventDefault();
    const failed = [...pending.values()];
    pending.clear();
    if (worker === started) worker = undefined;
    started.terminate();
    for (const job of failed) job.onCrash(event.message || 'the log worker failed');
  };
  return started;
}

/** Sends `request` to the log worker; null where this runtime has no workers (then run it here). */
export function postToLogWorker(request: Request, handlers: LogJobHandlers): LogJob | null {
  if (worker === undefined) worker = startWorker();
  if (!worker) return null;
  const message = { ...request, id: ++nextId } as LogRequest;
  pending.set(message.id, { ...handlers, message });
  worker.postMessage(message);
  return {
    cancel() {
      if (!pending.delete(message.id) || !worker) return;
      worker.terminate();
      worker = startWorker();
      for (const job of pending.values()) worker?.postMessage(job.message);
    },
  };
}
