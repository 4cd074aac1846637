// Version 1 (2026-11-23), the first schema: a notebook written at v1 opens in the
// current build with every record identical and every chain intact.
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../../renderer/data/schema';
import { appendEntry } from '../../../../renderer/data/repositories/entries.write';
import { verifyIncidentLog } from '../../../../renderer/data/repositories/entries.read';
import { newIncident, noteDraft, openTestNotebook } from '../fixtures';
import { openCurrent, seedAtVersion } from './harness';

describe('schema v1 → current', () => {
  it('keeps every record of a v1 notebook, with the same hashes', async () => {
    // Produce genuine v1 records with the real writers, then replay them into a fresh v1 database.
    const source = await openTestNotebook();
    const incident = await newIncident(source);
    for (let i = 0; i < 5; i++) await appendEntry(source.ctx, noteDraft(incident.id, `entry ${i} 日本語`));
    const seed = {
      incidents: await source.db.incidents.toArray(),
      entries: await source.db.entries.toArray(),
      chainHeads: await source.db.chainHeads.toArray(),
      profile: await source.db.profile.toArray(),
      device: await source.db.device.toArray(),
      meta: await source.db.meta.toArray(),
    };
    const name = `migration-v1-${Date.now()}`;
    await seedAtVersion(name, 1, seed);

    const db = await openCurrent(name);
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(seed)) {
      const stored = await db.table(table).toArray();
      expect(stored, table).toHaveLength(rows.length);
      expect(stored, table).toEqual(expect.arrayContaining(rows.map((r) => expect.objectContaining(table === 'device' ? { deviceId: (r as { deviceId: string }).deviceId } : r))));
    }
    expect((await db.entries.toArray()).map((e) => e.hash).sort()).toEqual(seed.entries.map((e) => e.hash).sort());
    expect(await verifyIncidentLog(db, incident.id)).toMatchObject({ ok: true, entries: 5 });
  });
});
