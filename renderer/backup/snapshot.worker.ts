// Reading the notebook for a backup off the main thread: loading and serialising 100,000
// entries takes seconds, and the responder keeps writing meanwhile. The worker opens the
// same database and runs the same read (one transaction); what it posts back is Blobs and
// small records, which cross to the page without copying the files.
import { LanternDB } from '../data/db';
import { readSnapshot } from '../data/repositories/backup.read';
import type { SnapshotReply, SnapshotRequest } from './snapshot';

let db: LanternDB | null = null;
const scope = self as unknown as { onmessage: ((event: MessageEvent<SnapshotRequest>) => void) | null; postMessage(reply: SnapshotReply): void };

scope.onmessage = (event) => {
  const { id, dbName } = event.data;
  db ??= new LanternDB(dbName);
  readSnapshot(db).then(
    (snapshot) => scope.postMessage({ id, ok: true, snapshot }),
    (error: unknown) => scope.postMessage({ id, ok: false, code: String((error as { code?: unknown })?.code ?? 'backup.failed'), message: String(error) }),
  );
};
