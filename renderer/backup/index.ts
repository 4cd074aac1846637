// The backup door for the UI: the app's one agent (scheduled, quit-time and manual backups).
// Restoring lives in ./restore.ts, loaded only when the restore dialog opens (it brings the
// ZIP reader, which the first screen does not need).
import { backupData, notebook } from '../data';
import { appIdentity } from '../platform';
import { backupHost, downloadBackup } from '../platform/backupHost';
import { BackupAgent } from './agent';
import { readSnapshotOffThread } from './snapshot';
import { writeBackup } from './writer';

export type { BackupAgentSnapshot, BackupTarget } from './agent';
export type { BackupProgress } from './writer';

let agent: BackupAgent | null = null;

/** The app's backup agent (created on first use). */
export function backupAgent(): BackupAgent {
  agent ??= new BackupAgent({
    host: backupHost(),
    download: downloadBackup,
    build: async (reason, onProgress, signal) => {
      const [snapshot, app] = await Promise.all([readSnapshotOffThread(), appIdentity()]);
      return writeBackup(snapshot, { now: notebook.now(), reason, app, onProgress, signal });
    },
    data: backupData,
    now: () => notebook.now(),
    every: (tick, ms) => {
      const timer = setInterval(tick, ms);
      return () => clearInterval(timer);
    },
  });
  return agent;
}

/** Starts tracking changes, the schedule and main's quit-time request; once, at app start. */
export function startBackupAgent(): void {
  void backupAgent()
    .start()
    .catch((error: unknown) => console.error('[backup] the backup agent did not start', error));
}
