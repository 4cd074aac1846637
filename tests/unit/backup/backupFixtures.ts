// Backups in unit tests: a notebook written to a backup ZIP (as the app writes it), read back
// and checked as a restore does, and a fingerprint of every table (record count and a hash of
// its records in key order) to compare two notebooks by.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/crypto/canonicalJson';
import { backupTableShapes, readSnapshot } from '../../../renderer/data/repositories/backup.read';
import { LATEST_SCHEMA_VERSION } from '../../../renderer/data/schema';
import type { LanternDB } from '../../../renderer/data/db';
import { writeBackup } from '../../../renderer/backup/writer';
import { readBackup } from '../../../renderer/backup/reader';
import type { BackupReason } from '../../../shared/ipc/contract';
import { collect } from '../bundle/writerFixtures';
import type { TestNotebook } from '../data/fixtures';

export async function backupOf(nb: TestNotebook, reason: BackupReason = 'manual') {
  const built = writeBackup(await readSnapshot(nb.db), { now: nb.clock.now, reason, app: { name: 'Lantern', version: 'test' } });
  const zip = await collect(built.body);
  const manifest = await built.done;
  return { zip, manifest, name: built.name };
}

export const readForRestore = (zip: Blob, db: LanternDB) => readBackup(zip, { tables: backupTableShapes(db), schemaVersion: LATEST_SCHEMA_VERSION });

const sha256 = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');

/** Per table: how many records and a hash over them in primary-key order (device and profile left out: they stay with the device). */
export async function tableFingerprints(db: LanternDB): Promise<Record<string, { count: number; sha256: string }>> {
  const out: Record<string, { count: number; sha256: string }> = {};
  for (const table of db.tables) {
    if (table.name === 'device' || table.name === 'profile' || table.name === 'evidenceBlobs') continue;
    let records = (await table.toArray()) as Record<string, unknown>[];
    if (table.name === 'settings') records = records.filter((r) => r.key !== 'language' && !String(r.key).startsWith('backup.'));
    const lines = records.map((r) => canonicalJson(r as never)).sort();
    out[table.name] = { count: records.length, sha256: sha256(lines.join('\n')) };
  }
  return out;
}

/** Evidence bytes by item id, as SHA-256. */
export async function evidenceDigests(db: LanternDB): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const { itemId, blob } of await db.evidenceBlobs.toArray()) out[itemId] = sha256(new Uint8Array(await blob.arrayBuffer()));
  return out;
}
