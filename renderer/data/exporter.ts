// Runs a timeline export in its own Web Worker where the runtime has workers (the app, the
// browser build), reporting progress and stopping on abort; in this thread where it has
// none (unit tests in Node), yielding once so the dialog can show that it started.
import { MIME_TYPES } from '../../shared/export/options';
import { CodedError } from '../../shared/result';
import type { LanternDB } from './db';
import { buildTimelineExport, type TimelineExportProgress, type TimelineExportRequest } from './repositories/timelineExport.read';

export interface ExportWorkerRequest {
  request: TimelineExportRequest;
  mime: string;
}

export type ExportReply =
  | { type: 'progress'; progress: TimelineExportProgress }
  | { type: 'done'; blob: Blob }
  | { type: 'failed'; code: string; message: string };

export interface ExportRunOptions {
  onProgress?(progress: TimelineExportProgress): void;
  signal?: AbortSignal;
}

/** What an aborted export rejects with (`code: 'export.cancelled'`). */
export const exportCancelled = (): CodedError => new CodedError('export.cancelled', 'the export was cancelled');

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./workers/export.worker.ts', import.meta.url), { type: 'module', name: 'lantern-export' });
  } catch {
    return null;
  }
}

async function inThisThread(db: LanternDB, request: TimelineExportRequest, options: ExportRunOptions): Promise<Blob> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (options.signal?.aborted) throw exportCancelled();
  const text = await buildTimelineExport(db, request, options.onProgress);
  if (options.signal?.aborted) throw exportCancelled();
  return new Blob([text], { type: MIME_TYPES[request.format === 'pdf' ? 'html' : request.format] });
}

/** The export file as a Blob (HTML for `pdf`: the caller prints it). */
export function exportTimelineOffThread(db: LanternDB, request: TimelineExportRequest, options: ExportRunOptions = {}): Promise<Blob> {
  if (options.signal?.aborted) return Promise.reject(exportCancelled());
  const worker = startWorker();
  if (!worker) return inThisThread(db, request, options);
  const mime = request.format === 'pdf' ? MIME_TYPES.html : MIME_TYPES[request.format];
  return new Promise<Blob>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      options.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(exportCancelled());
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<ExportReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return options.onProgress?.(reply.progress);
      finish();
      if (reply.type === 'done') resolve(reply.blob);
      else reject(new CodedError(reply.code, reply.message, { detail: reply.message }));
    };
    // A worker that fails to load or crashes must not leave the export waiting forever.
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(new CodedError('export.workerFailed', event.message || 'export worker failed'));
    };
    worker.postMessage({ request, mime } satisfies ExportWorkerRequest);
  });
}
