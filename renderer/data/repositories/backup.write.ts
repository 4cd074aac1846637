// Restoring a verified backup: the whole notebook written in ONE strict-durable transaction,
// so a restore that fails (a full disk, a file that cannot be read) leaves the notebook
// exactly as it was. An empty notebook is filled; a non-empty one is replaced only when the
// responder chose so for exactly what they saw: if anything changed meanwhile, nothing is
// written. The device identity, the responder profile and this installation's own settings
// (language, backup bookkeeping) are kept: they belong to this device, not to the notebook.
// One exception: a backup this device wrote itself rewinds its chains to where they stood
// then, and its next entries would take positions that entries written since (and perhaps
// exported in a bundle) already hold. So the device then takes a new identity: its old chains
// end where the backup left them, and it writes on under a new id and key.
import { deviceShortId } from '../../../shared/domain/logEntry';
import { CodedError } from '../../../shared/result';
import type { DeviceRecord, LanternDB } from '../db';
import { backupTables, isEmptyNotebook, isLocalSetting, notebookCounts, type NotebookCounts } from './backup.read';
import { storageChecked } from './storageFull';

export interface RestorableNotebook {
  /** Records per table, as they were read from the backup (every backed-up table present). */
  tables: ReadonlyMap<string, readonly Record<string, unknown>[]>;
  /** Evidence files by item id. */
  evidence: readonly { itemId: string; blob: Blob }[];
}

/** `empty`: only into a notebook that holds nothing; `replace`: over exactly the notebook the responder was shown. */
export type RestoreMode = { kind: 'empty' } | { kind: 'replace'; expected: NotebookCounts };

const sameCounts = (a: NotebookCounts, b: NotebookCounts) =>
  a.incidents === b.incidents && a.entries === b.entries && a.evidenceItems === b.evidenceItems && a.otherRecords === b.otherRecords && a.files === b.files && a.heads === b.heads;

/** The device's identity before and after a restore that had to change it, as rows show it (deviceShortId). */
export interface RenewedDevice {
  from: string;
  to: string;
}

/**
 * `freshDevice` is the identity the device takes if the backup holds chains of its own (key
 * generation cannot run inside the transaction). Resolves with the change, or null.
 */
export async function restoreNotebook(db: LanternDB, backup: RestorableNotebook, mode: RestoreMode, freshDevice?: DeviceRecord): Promise<RenewedDevice | null> {
  const tables = backupTables(db);
  const missing = tables.find((table) => !backup.tables.has(table.name));
  if (missing) throw new CodedError('backup.missingFile', `the backup has no ${missing.name} table`, { file: missing.name });
  const unknown = [...backup.tables.keys()].find((name) => !tables.some((table) => table.name === name));
  if (unknown) throw new CodedError('backup.unknownFormat', `this notebook has no ${unknown} table`);

  const restoredDevices = new Set((backup.tables.get('chainHeads') ?? []).map((head) => head['deviceId']));
  return storageChecked(() =>
    db.transaction('rw', [...tables, db.evidenceBlobs, db.device], async (): Promise<RenewedDevice | null> => {
      // Counted again inside the transaction: nothing can change between this check and the writes.
      const now = await notebookCounts(db);
      if (mode.kind === 'empty' && !isEmptyNotebook(now)) throw new CodedError('backup.notEmpty', 'the notebook is not empty');
      if (mode.kind === 'replace' && !sameCounts(now, mode.expected)) throw new CodedError('backup.notebookChanged', 'the notebook changed since it was shown');
      const localSettings = (await db.settings.toArray()).filter((record) => isLocalSetting(record.key));
      for (const table of tables) await table.clear();
      await db.evidenceBlobs.clear();
      for (const table of tables) {
        const records = backup.tables.get(table.name)!;
        const kept = table.name === 'settings' ? records.filter((record) => !isLocalSetting(record.key)) : records;
        await table.bulkAdd(kept as never[]);
      }
      await db.settings.bulkPut(localSettings);
      await db.evidenceBlobs.bulkAdd(backup.evidence.map(({ itemId, blob }) => ({ itemId, blob })));
      const device = await db.device.get('device');
      if (!device || !freshDevice || !restoredDevices.has(device.deviceId)) return null;
      await db.device.put(freshDevice);
      return { from: deviceShortId(device.deviceId), to: deviceShortId(freshDevice.deviceId) };
    }),
  );
}
