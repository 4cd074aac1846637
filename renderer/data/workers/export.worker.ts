// Timeline exports off the main thread: reading 100,000 entries and writing them out takes
// seconds, and the app must keep responding. One worker per export, so cancelling is
// terminating it. It opens the same database and runs the same builder as the fallback.
import { LanternDB } from '../db';
import { buildTimelineExport } from '../repositories/timelineExport.read';
import type { ExportReply, ExportWorkerRequest } from '../exporter';

const db = new LanternDB();
const scope = self as unknown as { onmessage: ((event: MessageEvent<ExportWorkerRequest>) => void) | null; postMessage(reply: ExportReply): void };

scope.onmessage = (event) => {
  const { request, mime } = event.data;
  buildTimelineExport(db, request, (progress) => scope.postMessage({ type: 'progress', progress })).then(
    (text) => scope.postMessage({ type: 'done', blob: new Blob([text], { type: mime }) }),
    (error: unknown) =>
      scope.postMessage({ type: 'failed', code: String((error as { code?: unknown })?.code ?? 'export.failed'), message: error instanceof Error ? error.message : String(error) }),
  );
};
