// The log worker: checks an incident's hash chains and builds timeline exports off the main
// thread (re-hashing or writing out 100,000 entries takes seconds, and the timeline must keep
// scrolling meanwhile). One worker for both, so that the log read for the opening check is
// kept (LogCache) and an export afterwards reads only what was appended since. It opens the
// same database with the same schema and runs the same repository code as the fallbacks.
import { encodedBlob } from '../encodedBlob';
import { LanternDB } from '../db';
import { createLogCache } from '../logCache';
import { verifyIncidentLog } from '../repositories/entries.read';
import { buildTimelineExport } from '../repositories/timelineExport.read';
import type { LogReply, LogRequest } from '../logWorker';

const db = new LanternDB();
const cache = createLogCache();
const scope = self as unknown as { onmessage: ((event: MessageEvent<LogRequest>) => void) | null; postMessage(reply: LogReply): void };

const failed = (id: number, fallback: string) => (error: unknown) =>
  scope.postMessage({ id, type: 'failed', code: String((error as { code?: unknown })?.code ?? fallback), message: error instanceof Error ? error.message : String(error) });

scope.onmessage = (event) => {
  const message = event.data;
  const { id } = message;
  if (message.type === 'verify') {
    verifyIncidentLog(db, message.incidentId, message.since, new Date(), cache.reload).then((result) => {
      cache.rememberCheck(message.incidentId, result);
      scope.postMessage({ id, type: 'verified', result });
    }, failed(id, 'verify.failed'));
  } else {
    buildTimelineExport(db, message.request, (progress) => scope.postMessage({ id, type: 'progress', progress }), cache).then(
      (parts) => scope.postMessage({ id, type: 'exported', blob: encodedBlob(parts, message.mime) }),
      failed(id, 'export.failed'),
    );
  }
};
