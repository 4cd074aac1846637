// v3 → v4 (2026-11-23): new tables for the evidence locker; the directory and the deadline
// clocks of v3 stay as they were.
import { describe, expect, it } from 'vitest';
import { openCurrent, seedAtVersion } from './harness';

const INCIDENT = '0190b000-0000-7000-8000-000000000021';
const regime = { incidentId: INCIDENT, regimeId: 'eu-gdpr', enabledAt: '2026-11-23T00:00:00.000Z' };
const engagement = { incidentId: INCIDENT, contactId: 'jp-110', engaged: true, changedAt: '2026-11-23T00:00:00.000Z' };
const anchor = { incidentId: INCIDENT, anchor: 'awareness', at: '2026-11-22T00:00:00.000Z', entryId: '0190b000-0000-7000-8000-000000000022', decidedBy: 'K. Tanaka', recordedBy: { name: 'Aiko Sato', role: null } };

describe('schema v3 → v4', () => {
  it('keeps regimes, engagements and anchors, and adds empty evidence tables', async () => {
    const name = `migration-v4-${Date.now()}`;
    await seedAtVersion(name, 3, { regimes: [regime], engagements: [engagement], anchors: [anchor] });
    const db = await openCurrent(name);
    expect(db.verno).toBe(4);
    expect(await db.regimes.toArray()).toEqual([regime]);
    expect(await db.engagements.toArray()).toEqual([engagement]);
    expect(await db.anchors.toArray()).toEqual([anchor]);
    for (const table of [db.evidence, db.evidenceBlobs, db.custody, db.custodyHeads]) expect(await table.count()).toBe(0);
    db.close();
  });
});
