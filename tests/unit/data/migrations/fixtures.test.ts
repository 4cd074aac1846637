// A fixture database of every schema version, written by the real writers (see
// notebookHistory.ts) and stored as that version stored it, opens in the current build
// with every record preserved: the same count and the same SHA-256 per record in every
// table, every log chain and custody chain verifying, and the device key still signing.
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../../renderer/data/schema';
import { verifyIncidentLog } from '../../../../renderer/data/repositories/entries.read';
import { verifyItemCustody } from '../../../../renderer/data/repositories/evidence.read';
import type { LanternDB } from '../../../../renderer/data/db';
import { openCurrent, seedAtVersion, type Seed } from './harness';
import { STAGES, writeHistory } from './notebookHistory';
import { seedDigests, tableDigests } from './recordDigest';

/** The tables schema version `version` has (a `null` store deletes a table). */
function tablesAt(version: number): string[] {
  const tables = new Set<string>();
  for (const block of SCHEMA_VERSIONS) {
    if (block.version > version) break;
    for (const [name, spec] of Object.entries(block.stores)) {
      if (spec === null) tables.delete(name);
      else tables.add(name);
    }
  }
  return [...tables];
}

/**
 * How a record looked before version V's upgrade ran, by V: the inverse of each upgrade
 * in migrations/. A new upgrade that changes existing records adds its inverse here.
 */
const BEFORE_UPGRADE: ReadonlyMap<number, (table: string, record: object) => object> = new Map([
  [
    2,
    (table: string, record: object) => {
      if (table !== 'entries') return record;
      const { _refKeys: _, ...v1Entry } = record as { _refKeys: string[] };
      return v1Entry;
    },
  ],
]);

function storedAt(version: number, snapshot: Seed): Seed {
  const later = [...BEFORE_UPGRADE.keys()].filter((v) => v > version).sort((a, b) => b - a);
  return Object.fromEntries(
    Object.entries(snapshot).map(([table, rows]) => [table, rows.map((row) => later.reduce((r, v) => BEFORE_UPGRADE.get(v)!(table, r), row))]),
  );
}

const hexToBytes = (hex: string) => Uint8Array.from(hex.match(/../g)!.map((b) => parseInt(b, 16)));

/** The migrated device key pair still signs, and the stored public key checks it. */
async function deviceKeySigns(db: LanternDB): Promise<boolean> {
  const device = (await db.device.get('device'))!;
  const message = new TextEncoder().encode('bundle manifest');
  const signature = await crypto.subtle.sign({ name: 'Ed25519' }, device.privateKey, message);
  const publicKey = await crypto.subtle.importKey('raw', hexToBytes(device.publicKeyHex), { name: 'Ed25519' }, false, ['verify']);
  return crypto.subtle.verify({ name: 'Ed25519' }, publicKey, signature, message);
}

describe('fixture databases of every schema version', () => {
  it('has a fixture stage for every schema version', () => {
    expect([...STAGES.keys()]).toEqual(SCHEMA_VERSIONS.map((block) => block.version));
  });

  it.each(SCHEMA_VERSIONS.map((block) => block.version))('a v%i notebook opens in the current build with every record preserved', async (version) => {
    const { nb, story } = await writeHistory(version);
    const tables = tablesAt(version);
    // The records as the current build writes them: what the migrated database must hold.
    const expected: Seed = Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await nb.db.table(table).toArray()] as const)));
    for (const table of tables) expect(expected[table]!.length, `the v${version} fixture has records in ${table}`).toBeGreaterThan(0);
    const entryCount = (id: string) => expected.entries!.filter((e) => (e as { incidentId: string }).incidentId === id).length;
    nb.db.close();

    const name = `migration-fixture-v${version}-${Date.now()}`;
    await seedAtVersion(name, version, storedAt(version, expected));
    const db = await openCurrent(name);
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);

    const after = await tableDigests(db);
    const before = await seedDigests(expected);
    for (const table of db.tables.map((t) => t.name)) {
      const want = before[table] ?? [];
      expect(after[table]!.length, `${table}: record count`).toBe(want.length);
      expect(after[table], `${table}: record hashes`).toEqual(want);
    }

    expect(await verifyIncidentLog(db, story.incidentId)).toMatchObject({ ok: true, entries: entryCount(story.incidentId) });
    expect(await verifyIncidentLog(db, story.otherIncidentId)).toMatchObject({ ok: true, entries: entryCount(story.otherIncidentId) });
    for (const item of await db.evidence.toArray()) expect(await verifyItemCustody(db, item.id), `custody of #${item.itemNumber}`).toMatchObject({ ok: true });
    expect(await deviceKeySigns(db)).toBe(true);
    db.close();
  });
});
