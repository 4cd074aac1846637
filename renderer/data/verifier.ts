// Runs log verification in the log worker where the runtime has workers (the app, the
// browser build), and in this thread where it has none (unit tests in Node).
import { CodedError } from '../../shared/result';
import type { LanternDB } from './db';
import { postToLogWorker } from './logWorker';
import { verifyIncidentLog, type IncidentVerification } from './repositories/entries.read';

export function verifyOffThread(db: LanternDB, incidentId: string, since: IncidentVerification | null = null): Promise<IncidentVerification> {
  return new Promise((resolve, reject) => {
    const job = postToLogWorker(
      { type: 'verify', incidentId, since },
      {
        onReply(reply) {
          if (reply.type === 'verified') resolve(reply.result);
          else if (reply.type === 'failed') reject(new CodedError(reply.code, reply.message));
        },
        onCrash: (message) => reject(new CodedError('verify.workerFailed', message)),
      },
    );
    if (!job) verifyIncidentLog(db, incidentId, since).then(resolve, reject);
  });
}
