// "Verify log" off the main thread: re-hashing 100,000 entries takes seconds,
// and the timeline must keep scrolling meanwhile. The worker opens the same
// database with the same schema and runs the same repository read.
import { LanternDB } from '../db';
import { verifyIncidentLog } from '../repositories/entries.read';
import type { VerifyReply, VerifyRequest } from '../verifier';

const db = new LanternDB();
const scope = self as unknown as { onmessage: ((event: MessageEvent<VerifyRequest>) => void) | null; postMessage(reply: VerifyReply): void };

scope.onmessage = (event) => {
  const { id, incidentId, since } = event.data;
  verifyIncidentLog(db, incidentId, since).then(
    (result) => scope.postMessage({ id, ok: true, result }),
    (error: unknown) => scope.postMessage({ id, ok: false, code: String((error as { code?: unknown })?.code ?? 'verify.failed'), message: String(error) }),
  );
};
