// @vitest-environment node
// Handoff of evidence: items arrive with their files, custody events and custody heads; later
// custody events extend the chain we hold; an item number held by another item, or two custody
// events at one position, refuse the import; a bundle can also start the incident on this laptop.
import { describe, expect, it } from 'vitest';
import { importBundle } from '../../../renderer/data/repositories/handoff.write';
import { appendCustody } from '../../../renderer/data/repositories/evidence.write';
import { custodyOf, evidenceBlob, evidenceOf, verifyItemCustody } from '../../../renderer/data/repositories/evidence.read';
import { allEntries, verifyIncidentLog } from '../../../renderer/data/repositories/entries.read';
import { newIncident, openTestNotebook } from './fixtures';
import { bundleOf, secondResponder, snapshotOf, takeInEvidence } from './handoffFixtures';

const accessed = (purpose: string) => ({ action: 'accessed' as const, details: { purpose }, at: '2026-11-23T02:00:00.000Z', zone: 'Asia/Tokyo' });

/** A opens the incident; B takes it over from A's bundle and collects evidence on the other laptop. */
async function evidenceOnB() {
  const a = await openTestNotebook();
  const incident = await newIncident(a);
  const b = await secondResponder();
  await importBundle(b.ctx, await bundleOf(a, incident.id), { newIncident: true });
  const note = await takeInEvidence(b, incident.id, 'README_RESTORE.txt', 'YOUR FILES ARE ENCRYPTED');
  const image = await takeInEvidence(b, incident.id, 'fs02-memory.raw', 'MEMORY IMAGE BYTES');
  await appendCustody(b.ctx, image.id, accessed('triage with Volatility'), 'Evidence #2 accessed');
  return { a, b, incident, note, image };
}

describe('handoff import of evidence', () => {
  it('adds items with their files and custody; each custody chain and every log chain verifies', async () => {
    const { a, b, incident, note, image } = await evidenceOnB();
    const summary = await importBundle(a.ctx, await bundleOf(b, incident.id), { incidentId: incident.id });
    expect(summary).toMatchObject({ evidence: { added: [1, 2], present: 0, withoutFile: [] }, custody: { added: 3, present: 0 }, entries: { added: 3 } });
    expect((await evidenceOf(a.db, incident.id)).map((i) => [i.itemNumber, i.originalName, i.sha256])).toEqual([
      [1, 'README_RESTORE.txt', note.sha256],
      [2, 'fs02-memory.raw', image.sha256],
    ]);
    expect(await (await evidenceBlob(a.db, note.id))!.text()).toBe('YOUR FILES ARE ENCRYPTED');
    expect((await custodyOf(a.db, image.id)).map((e) => e.action)).toEqual(['collected', 'accessed']);
    expect(await verifyItemCustody(a.db, note.id)).toMatchObject({ ok: true });
    expect(await verifyItemCustody(a.db, image.id)).toMatchObject({ ok: true, head: { seq: 2 } });
    expect(await verifyIncidentLog(a.db, incident.id)).toMatchObject({ ok: true, devices: 1 });

    // B keeps working on the image: the next bundle extends A's copy of its chain.
    await appendCustody(b.ctx, image.id, accessed('strings extraction'), 'Evidence #2 accessed');
    const next = await importBundle(a.ctx, await bundleOf(b, incident.id), { incidentId: incident.id });
    expect(next).toMatchObject({ evidence: { added: [], present: 2 }, custody: { added: 1, present: 3 }, entries: { added: 1 } });
    expect(await verifyItemCustody(a.db, image.id)).toMatchObject({ ok: true, head: { seq: 3 } });
    // A can append to the merged chain.
    const event = await appendCustody(a.ctx, image.id, accessed('second opinion'), 'Evidence #2 accessed');
    expect(event.seq).toBe(4);
    expect(await verifyItemCustody(a.db, image.id)).toMatchObject({ ok: true });
  });

  it('refuses an item number another item holds, and writes nothing', async () => {
    const { a, b, incident } = await evidenceOnB();
    await takeInEvidence(a, incident.id, 'firewall.log', 'deny tcp 10.0.0.5');
    const before = await snapshotOf(a);
    await expect(importBundle(a.ctx, await bundleOf(b, incident.id), { incidentId: incident.id })).rejects.toMatchObject({ code: 'bundle.itemNumberTaken', details: { itemNumber: 1 } });
    expect(await snapshotOf(a)).toEqual(before);
  });

  it('refuses two custody events at one position of an item’s chain', async () => {
    const { a, b, incident, image } = await evidenceOnB();
    await importBundle(a.ctx, await bundleOf(b, incident.id), { incidentId: incident.id });
    await appendCustody(a.ctx, image.id, accessed('A looked at it'), 'Evidence #2 accessed');
    await appendCustody(b.ctx, image.id, accessed('B looked at it'), 'Evidence #2 accessed');
    const before = await snapshotOf(a);
    await expect(importBundle(a.ctx, await bundleOf(b, incident.id), { incidentId: incident.id })).rejects.toMatchObject({ code: 'bundle.custodyForked', details: { itemNumber: 2 } });
    expect(await snapshotOf(a)).toEqual(before);
  });

  it('leaves out items a bundle carries without their files, and takes them in when a bundle brings them', async () => {
    const { a, b, incident, note } = await evidenceOnB();
    const withoutFiles = await importBundle(a.ctx, await bundleOf(b, incident.id, { includeEvidence: false }), { incidentId: incident.id });
    expect(withoutFiles).toMatchObject({ evidence: { added: [], withoutFile: [1, 2] }, custody: { added: 0 } });
    expect(await a.db.evidence.count()).toBe(0);
    // The log is whole either way: the evidence entries arrived and their chain verifies.
    expect(await verifyIncidentLog(a.db, incident.id)).toMatchObject({ ok: true });
    const withFiles = await importBundle(a.ctx, await bundleOf(b, incident.id), { incidentId: incident.id });
    expect(withFiles).toMatchObject({ evidence: { added: [1, 2] }, custody: { added: 3 }, entries: { added: 0 } });
    expect(await verifyItemCustody(a.db, note.id)).toMatchObject({ ok: true });
  });

  it('starts the incident on a laptop that does not have it: the bundle’s own record, same id', async () => {
    const { b, incident } = await evidenceOnB();
    const c = await openTestNotebook();
    const bundle = await bundleOf(b, incident.id);
    const summary = await importBundle(c.ctx, bundle, { newIncident: true });
    expect(summary).toMatchObject({ incidentId: incident.id, incidentAdded: true, evidence: { added: [1, 2] } });
    expect(await c.db.incidents.get(incident.id)).toEqual(bundle.timeline.incident);
    expect((await allEntries(c.db, incident.id)).length).toBe(bundle.timeline.entries.length);
    expect(await verifyIncidentLog(c.db, incident.id)).toMatchObject({ ok: true, devices: 1 });
  });
});
