// v1 → v2 (2026-11-23): every entry gains `_refKeys` from its refs, indexed, and
// nothing hashed changes, so every chain still verifies.
import { describe, expect, it } from 'vitest';
import { computeRecordHash } from '../../../../shared/crypto/hashChain';
import { GENESIS_HASH } from '../../../../shared/crypto/sha256';
import { verifyIncidentLog } from '../../../../renderer/data/repositories/entries.read';
import { openCurrent, seedAtVersion } from './harness';

const INCIDENT = '0190b000-0000-7000-8000-000000000001';
const DEVICE = '0190b000-0000-7000-8000-000000000002';
const SYSTEM = '0190b000-0000-7000-8000-000000000003';

function v1Entry(seq: number, prevHash: string, refs: { type: string; id: string }[]) {
  const content = {
    schemaVersion: 1,
    id: `0190b000-0000-7000-8000-0000000001${String(seq).padStart(2, '0')}`,
    incidentId: INCIDENT,
    kind: 'note',
    occurredAt: `2026-11-23T0${seq}:00:00.000Z`,
    occurredZone: 'Asia/Tokyo',
    occurredPrecision: 'minute',
    recordedAt: `2026-11-23T0${seq}:00:00.000Z`,
    recordedZone: 'Asia/Tokyo',
    author: { name: 'Aiko Sato', role: null },
    deviceId: DEVICE,
    body: null,
    text: `entry ${seq}`,
    tags: [],
    revision: null,
    refs,
    data: null,
    seq,
    prevHash,
  };
  // As v1 stored it: `_row`, and no `_refKeys`.
  return { ...content, hash: computeRecordHash(content), _row: seq };
}

describe('schema v1 → v2', () => {
  it('fills _refKeys for every entry and keeps hashes and chains intact', async () => {
    const first = v1Entry(1, GENESIS_HASH, []);
    const second = v1Entry(2, first.hash, [{ type: 'system', id: SYSTEM }, { type: 'system', id: SYSTEM }]);
    const name = `migration-v2-${Date.now()}`;
    await seedAtVersion(name, 1, {
      entries: [first, second],
      chainHeads: [{ incidentId: INCIDENT, deviceId: DEVICE, seq: 2, hash: second.hash }],
    });

    const db = await openCurrent(name);
    const stored = await db.entries.orderBy('id').toArray();
    expect(stored.map((e) => e._refKeys)).toEqual([[], [`system:${SYSTEM}`]]);
    expect(stored.map((e) => e.hash)).toEqual([first.hash, second.hash]);
    expect((await db.entries.where('_refKeys').equals(`system:${SYSTEM}`).toArray()).map((e) => e.id)).toEqual([second.id]);
    expect(await verifyIncidentLog(db, INCIDENT)).toMatchObject({ ok: true, entries: 2 });
    expect(await db.systems.count()).toBe(0);
  });
});
