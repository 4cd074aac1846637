// @vitest-environment node
// Handoff through real bundles: A's notebook written as a signed ZIP, verified as a stranger
// would, imported on B's laptop; B works on and exports again; that bundle verifies and merges
// back into A. Every device's chain verifies on both sides and the evidence bytes arrive intact.
import { describe, expect, it } from 'vitest';
import { verifyBundle } from '../../../shared/bundle/verify';
import { gatherBundle } from '../../../renderer/data/repositories/bundle.read';
import { writeBundle } from '../../../renderer/bundle/writer';
import { importBundle } from '../../../renderer/data/repositories/handoff.write';
import { appendEntry } from '../../../renderer/data/repositories/entries.write';
import { allEntries, verifyIncidentLog } from '../../../renderer/data/repositories/entries.read';
import { evidenceBlob, verifyItemCustody } from '../../../renderer/data/repositories/evidence.read';
import { busyNotebook, collect } from '../bundle/writerFixtures';
import { noteDraft, type TestNotebook } from './fixtures';
import { secondResponder, snapshotOf } from './handoffFixtures';

async function exported(nb: TestNotebook, incidentId: string) {
  const built = await writeBundle(await gatherBundle(nb.db, incidentId, true), { includeEvidence: true }, { now: nb.clock.now, zone: 'Asia/Tokyo', report: { language: 'en', texts: {}, verification: null, app: { name: 'Lantern', version: 'test' } } });
  const zip = await collect(built.body);
  await built.done;
  return zip;
}

async function verified(zip: Blob) {
  const verification = await verifyBundle(zip);
  expect(verification.failure).toBeNull();
  return verification.contents!;
}

describe('handoff through written and verified bundles', () => {
  it('A → B → A: entries, evidence, custody, board and engagements arrive; every chain verifies', async () => {
    const { nb: a, incident, note, image, contact, system, run } = await busyNotebook();
    const b = await secondResponder();
    const first = await importBundle(b.ctx, await verified(await exported(a, incident.id)), { newIncident: true });
    expect(first).toMatchObject({ incidentAdded: true, evidence: { added: [1, 2] }, systems: { added: 1 }, runs: { added: 1 }, engagements: { added: 1 }, contacts: { added: 0 } });
    expect(await verifyIncidentLog(b.db, incident.id)).toMatchObject({ ok: true });
    expect(await verifyItemCustody(b.db, image.id)).toMatchObject({ ok: true });
    expect((await evidenceBlob(b.db, image.id))!.size).toBe(image.size);
    expect(await (await evidenceBlob(b.db, note.id))!.text()).toBe('YOUR FILES ARE ENCRYPTED');
    expect([await b.db.systems.get(system.id), await b.db.checklistRuns.get(run.id)]).toEqual([system, run]);
    expect(await b.db.engagements.get([incident.id, contact.id])).toMatchObject({ engaged: true });

    b.clock.advance(3_600_000);
    await appendEntry(b.ctx, noteDraft(incident.id, 'Ken: FS02 imaged', '2026-11-23T00:35:00.000Z'));
    const before = await snapshotOf(a);
    const back = await importBundle(a.ctx, await verified(await exported(b, incident.id)), { incidentId: incident.id });
    expect(back.entries).toMatchObject({ added: 1, byAuthor: [{ name: 'Ken Tanaka', added: 1 }] });
    expect(back).toMatchObject({ evidence: { added: [], present: 2 }, custody: { added: 0 }, systems: { added: 0, kept: 1 } });
    const after = await snapshotOf(a);
    expect(after.entries.filter((e) => before.entries.includes(e))).toEqual(before.entries);
    expect(await verifyIncidentLog(a.db, incident.id)).toMatchObject({ ok: true, devices: 2 });
    expect((await allEntries(a.db, incident.id)).at(-1)).toMatchObject({ text: 'Ken: FS02 imaged', author: { name: 'Ken Tanaka' } });

    // A's notebook, now holding both responders, exports a bundle that verifies in full.
    const merged = await verifyBundle(await exported(a, incident.id));
    expect(merged).toMatchObject({ ok: true, summary: { devices: 2 } });
  });
});
