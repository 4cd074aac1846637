// Restoring a backup file: read and check it in full, then fill an empty notebook or replace
// the one the responder was shown (after a safety backup of it where main keeps them), then
// run the existing verifiers over what was written.
import { CodedError } from '../../shared/result';
import { backupData, type NotebookCounts, type RenewedDevice, type RestoredChecks, type RestoreMode } from '../data';
import { LATEST_SCHEMA_VERSION } from '../data/schema';
import { backupAgent } from './index';
import { readBackup, type ReadProgress, type VerifiedBackup } from './reader';

export type { EvidenceMismatch, ReadProgress, VerifiedBackup } from './reader';

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
  /** The backup held this device's own chains, so it now writes under a new identity. */
  renewedDevice: RenewedDevice | null;
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
    const renewedDevice = await backupData.restore({ tables: verified.tables, evidence: verified.evidence }, mode);
    return { checks: await backupData.checkChains(), safetyBackup, renewedDevice };
  });
}
