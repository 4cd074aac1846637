// v2 → v3 (2026-11-23): new tables for the directory and the deadline clocks; every v2 record
// stays as it was, and an incident's anchors from before still start its clocks.
import { describe, expect, it } from 'vitest';
import { deadlineStateOf } from '../../../../renderer/data/repositories/deadlines.read';
import { openCurrent, seedAtVersion } from './harness';

const INCIDENT = '0190b000-0000-7000-8000-000000000011';
const incident = {
  id: INCIDENT,
  title: 'Ransomware at HQ',
  code: 'IR-7',
  severity: 'high',
  status: 'open',
  timeZone: 'Asia/Tokyo',
  createdAt: '2026-11-20T00:00:00.000Z',
  createdBy: { name: 'Aiko Sato', role: null },
  updatedAt: '2026-11-20T00:00:00.000Z',
  closedAt: null,
  detectedAt: '2026-11-19T22:00:00.000Z',
  becameAwareAt: '2026-11-20T01:00:00.000Z',
};
const system = { id: '0190b000-0000-7000-8000-000000000012', incidentId: INCIDENT, name: 'FS01' };

describe('schema v2 → v3', () => {
  it('keeps every v2 record and reads the old incident anchors as the awareness and discovery clocks', async () => {
    const name = `migration-v3-${Date.now()}`;
    await seedAtVersion(name, 2, { incidents: [incident], systems: [system], settings: [{ key: 'lastIncidentId', value: INCIDENT }] });

    const db = await openCurrent(name);
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(await db.incidents.get(INCIDENT)).toEqual(incident);
    expect(await db.systems.toArray()).toEqual([system]);
    expect(await db.settings.get('lastIncidentId')).toEqual({ key: 'lastIncidentId', value: INCIDENT });
    for (const table of [db.contacts, db.engagements, db.regimes, db.anchors, db.deadlineMarks]) expect(await table.count()).toBe(0);
    expect((await deadlineStateOf(db, INCIDENT))?.anchors).toEqual({ awareness: incident.becameAwareAt, discovery: incident.detectedAt });
    db.close();
  });
});
