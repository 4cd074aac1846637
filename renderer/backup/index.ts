// The backup door for the UI: the app's one agent (scheduled, quit-time and manual backups),
// and restoring a backup file: read and check it in full, then fill an empty notebook or
// replace the one the responder was shown (after a safety backup of it where main keeps them),
// then run the existing verifiers over what was written.
import { CodedError } from '../../shared/result';
import { backupData, notebook, type NotebookCounts, type RestoredChecks, type RestoreMode } from '../data';
import { LATEST_SCHEMA_VERSION } from '../data/schema';
import { platform } from '../platform';
import { backupHost, downloadBackup } from '../platform/backupHost';
import { BackupAgent } from './agent';
import { readBackup, type ReadProgress, type VerifiedBackup } from './reader';
import { writeBackup } from './writer';

export type { BackupAgentSnapshot, BackupTarget } from './agent';
export type { BackupProgress } from './writer';
export type { EvidenceMismatch, ReadProgress, VerifiedBackup } from './reader';

async function appInfo(): Promise<{ name: string; version: string }> {
  try {
    const { name, version } = await platform().getInfo();
    return { name, version };
  } catch {
    return { name: 'Lantern', version: 'unknown' };
  }
}

let agent: BackupAgent | null = null;

/** The app's backup agent (created on first use). */
export function backupAgent(): BackupAgent {
  agent ??= new BackupAgent({
    host: backupHost(),
    download: downloadBackup,
    build: async (reason, onProgress, signal) => {
      const [snapshot, app] = await Promise.all([backupData.readSnapshot(), appInfo()]);
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

/** Reads and checks a backup file in full; throws CodedError backup.<problem> for anything wrong. */
export function verifyBackupFile(file: File, onProgress?: (progress: ReadProgress) => void, signal?: AbortSignal): Promise<VerifiedBackup<Blob>> {
  return readBackup(file, { tables: backupData.tableShapes(), schemaVersion: LATEST_SCHEMA_VERSION, onProgress, signal }) as Promise<VerifiedBackup<Blob>>;
}

/** What this notebook holds now: a restore into it is a replacement unless it is all zero. */
export const currentNotebook = (): Promise<NotebookCounts> => backupData.counts();

export interface RestoreOutcome {
  checks: RestoredChecks;
  /** The backup of the replaced notebook main kept first, if any. */
  safetyBackup: string | null;
}

export async function restoreBackup(verified: VerifiedBackup<Blob>, mode: RestoreMode): Promise<RestoreOutcome> {
  const running = backupAgent();
  return running.exclusive(async () => {
    let safetyBackup: string | null = null;
    if (mode.kind === 'replace' && running.getSnapshot().target === 'folder') {
      const saved = await running.backUp('before-restore');
      if (!saved.ok) throw new CodedError('backup.safetyBackupFailed', saved.detail, { code: saved.code, detail: saved.detail });
      safetyBackup = saved.name;
    }
    await backupData.restore({ tables: verified.tables, evidence: verified.evidence }, mode);
    return { checks: await backupData.checkChains(), safetyBackup };
  });
}
