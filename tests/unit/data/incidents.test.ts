// Incidents: every change is also a log entry, written in the same transaction.
import { describe, expect, it } from 'vitest';
import { createIncident, recordAnchor, setIncidentStatus, updateIncidentDetails } from '../../../renderer/data/repositories/incidents.write';
import { listIncidents } from '../../../renderer/data/repositories/incidents.read';
import { allEntries, verifyIncidentLog } from '../../../renderer/data/repositories/entries.read';
import { newIncident, openTestNotebook } from './fixtures';

describe('incidents', () => {
  it('records detected-at and became-aware-at as decision entries', async () => {
    const nb = await openTestNotebook();
    const incident = await createIncident(nb.ctx, {
      title: 'ランサムウェア感染',
      code: 'IR-2026-014',
      severity: 'critical',
      timeZone: 'Asia/Tokyo',
      anchors: [
        { anchor: 'detected', occurredAt: '2026-11-22T23:10:00.000Z', occurredZone: 'Asia/Tokyo', occurredPrecision: 'minute', text: 'Detected' },
        { anchor: 'became-aware', occurredAt: '2026-11-23T00:00:00.000Z', occurredZone: 'Asia/Tokyo', occurredPrecision: 'minute', text: 'Became aware' },
      ],
    });
    expect(incident).toMatchObject({ status: 'open', detectedAt: '2026-11-22T23:10:00.000Z', becameAwareAt: '2026-11-23T00:00:00.000Z' });
    const entries = await allEntries(nb.db, incident.id);
    expect(entries.map((e) => [e.kind, e.data])).toEqual([
      ['decision', { anchor: 'detected' }],
      ['decision', { anchor: 'became-aware' }],
    ]);
  });

  it('refuses a blank title or unknown zone and writes nothing', async () => {
    const nb = await openTestNotebook();
    await expect(createIncident(nb.ctx, { title: '  ', code: '', severity: 'low', timeZone: 'Asia/Tokyo', anchors: [] })).rejects.toMatchObject({ code: 'incident.invalid' });
    await expect(createIncident(nb.ctx, { title: 'x', code: '', severity: 'low', timeZone: 'Nowhere/City', anchors: [] })).rejects.toMatchObject({ code: 'incident.invalid' });
    expect(await nb.db.incidents.count()).toBe(0);
    expect(await nb.db.entries.count()).toBe(0);
  });

  it('rename, close, reopen and a later anchor each append one chained entry', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    await updateIncidentDetails(nb.ctx, incident.id, { title: 'Ransomware, HQ and DC', code: 'IR-1', severity: 'critical', timeZone: 'Asia/Tokyo' }, 'Renamed');
    await setIncidentStatus(nb.ctx, incident.id, 'closed', 'Closed');
    await expect(setIncidentStatus(nb.ctx, incident.id, 'closed', 'Closed')).rejects.toMatchObject({ code: 'incident.statusUnchanged' });
    await setIncidentStatus(nb.ctx, incident.id, 'open', 'Reopened');
    const updated = await recordAnchor(nb.ctx, incident.id, {
      anchor: 'became-aware',
      occurredAt: '2026-11-23T02:00:00.000Z',
      occurredZone: 'Asia/Tokyo',
      occurredPrecision: 'exact',
      text: 'Became aware',
    });
    expect(updated).toMatchObject({ title: 'Ransomware, HQ and DC', severity: 'critical', status: 'open', closedAt: null, becameAwareAt: '2026-11-23T02:00:00.000Z' });
    const entries = await allEntries(nb.db, incident.id);
    expect(entries.map((e) => e.kind)).toEqual(['decision', 'decision', 'decision', 'decision']);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect((await verifyIncidentLog(nb.db, incident.id)).ok).toBe(true);
  });

  it('lists open incidents first, most recently changed first', async () => {
    const nb = await openTestNotebook();
    const a = await newIncident(nb, 'A');
    nb.clock.advance(1000);
    const b = await newIncident(nb, 'B');
    nb.clock.advance(1000);
    await setIncidentStatus(nb.ctx, b.id, 'closed', 'Closed');
    nb.clock.advance(1000);
    const c = await newIncident(nb, 'C');
    expect((await listIncidents(nb.db)).map((i) => i.id)).toEqual([c.id, a.id, b.id]);
  });
});
