// Runs a timeline export in the log worker where the runtime has workers (the app, the
// browser build), reporting progress and stopping on abort; in this thread where it has
// none (unit tests in Node), yielding once so the dialog can show that it started.
import { encodedBlob } from './encodedBlob';
import { MIME_TYPES } from '../../shared/export/options';
import { CodedError } from '../../shared/result';
import type { LanternDB } from './db';
import { postToLogWorker } from './logWorker';
import { buildTimelineExport, type TimelineExportProgress, type TimelineExportRequest } from './repositories/timelineExport.read';

export interface ExportRunOptions {
  onProgress?(progress: TimelineExportProgress): void;
  signal?: AbortSignal;
}

/** What an aborted export rejects with (`code: 'export.cancelled'`). */
export const exportCancelled = (): CodedError => new CodedError('export.cancelled', 'the export was cancelled');

async function inThisThread(db: LanternDB, request: TimelineExportRequest, options: ExportRunOptions): Promise<Blob> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (options.signal?.aborted) throw exportCancelled();
  const parts = await buildTimelineExport(db, request, options.onProgress);
  if (options.signal?.aborted) throw exportCancelled();
  return encodedBlob(parts, MIME_TYPES[request.format === 'pdf' ? 'html' : request.format]);
}

/** The export file as a Blob (HTML for `pdf`: the caller prints it). */
export function exportTimelineOffThread(db: LanternDB, request: TimelineExportRequest, options: ExportRunOptions = {}): Promise<Blob> {
  if (options.signal?.aborted) return Promise.reject(exportCancelled());
  const mime = MIME_TYPES[request.format === 'pdf' ? 'html' : request.format];
  return new Promise<Blob>((resolve, reject) => {
    const onAbort = () => {
      job?.cancel();
      reject(exportCancelled());
    };
    const finish = () => options.signal?.removeEventListener('abort', onAbort);
    const job = postToLogWorker(
      { type: 'export', request, mime },
      {
        onReply(reply) {
          if (reply.type === 'progress') return options.onProgress?.(reply.progress);
          finish();
          if (reply.type === 'exported') resolve(reply.blob);
          else if (reply.type === 'failed') reject(new CodedError(reply.code, reply.message, { detail: reply.message }));
        },
        onCrash(message) {
          finish();
          reject(new CodedError('export.workerFailed', message));
        },
      },
    );
    if (!job) return void inThisThread(db, request, options).then(resolve, reject);
    options.signal?.addEventListener('abort', onAbort, { once: true });
  });
}
