// Where backups go. In Electron main keeps them: the snapshot streams over the `backup:`
// channels into main's rotating folder (main names the file, copies it to the responder's
// folder, rotates), and main asks for a last backup when it quits. In a plain browser there
// is no such host: backups are downloads (see renderer/backup/agent.ts).
import type { LanternApi } from '../../shared/ipc/api';
import type { BackupCopy, BackupListing, BackupReason } from '../../shared/ipc/contract';
import { batches, downloadInBrowser, unwrap } from './saveFile';

export interface SavedBackup {
  name: string;
  bytes: number;
  copy: BackupCopy;
  removed: number;
}

export interface BackupHost {
  save(reason: BackupReason, body: ReadableStream<Uint8Array>): Promise<SavedBackup>;
  list(): Promise<BackupListing>;
  /** Shows main's folder dialog; the copy folder afterwards (unchanged when cancelled). */
  chooseFolder(): Promise<string | null>;
  clearFolder(): Promise<void>;
  /** main is quitting: `listener` writes what it must, then answers with quitDone. */
  onQuitRequest(listener: (requestId: string) => void): () => void;
  quitDone(requestId: string, outcome: 'written' | 'unchanged' | 'failed'): Promise<void>;
}

function bridgeBackupHost(api: LanternApi): BackupHost {
  return {
    async save(reason, body) {
      let token: string;
      try {
        ({ token } = await unwrap(api.backup.begin({ reason })));
      } catch (error) {
        await body.cancel(error).catch(() => {});
        throw error;
      }
      try {
        for await (const bytes of batches(body)) await unwrap(api.backup.chunk({ token, bytes }));
        return await unwrap(api.backup.finish({ token }));
      } catch (error) {
        // main deletes the partial file; its answer does not change what went wrong here.
        await api.backup.abort({ token }).catch(() => null);
        await body.cancel(error).catch(() => {});
        throw error;
      }
    },
    list: () => unwrap(api.backup.list({})),
    chooseFolder: async () => (await unwrap(api.backup.chooseFolder({}))).copyFolder,
    clearFolder: async () => void (await unwrap(api.backup.clearFolder({}))),
    onQuitRequest: (listener) => api.on('backup:quit-requested', ({ requestId }) => listener(requestId)),
    quitDone: async (requestId, outcome) => void (await unwrap(api.backup.quitDone({ requestId, outcome }))),
  };
}

let current: BackupHost | null | undefined;

/** main's backup folder through the bridge; null in a plain browser. */
export function backupHost(): BackupHost | null {
  if (current === undefined) current = window.lantern ? bridgeBackupHost(window.lantern) : null;
  return current;
}

/** A browser's backup: the snapshot downloaded under its name. */
export async function downloadBackup(name: string, body: ReadableStream<Uint8Array>): Promise<void> {
  await downloadInBrowser({ suggestedName: name, mime: 'application/zip', body });
}

export { bridgeBackupHost };
