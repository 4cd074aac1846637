// @vitest-environment node
// Handoff between responders: another laptop's bundle merges into the incident by id, in one
// transaction; the timelines interleave by event time, every device's chain still verifies,
// nothing already here changes, and anything that cannot merge cleanly refuses the whole import.
import { describe, expect, it } from 'vitest';
import { computeRecordHash } from '../../../shared/crypto/hashChain';
import { importBundle } from '../../../renderer/data/repositories/handoff.write';
import { appendEntry } from '../../../renderer/data/repositories/entries.write';
import { allEntries, verifyIncidentLog } from '../../../renderer/data/repositories/entries.read';
import { addSystems } from '../../../renderer/data/repositories/systems.write';
import { saveContact, setEngaged } from '../../../renderer/data/repositories/contacts.write';
import { IncidentLogStore } from '../../../renderer/data/stores/incidentLog';
import { newIncident, noteDraft, openTestNotebook, type TestNotebook } from './fixtures';
import { bundleOf, secondResponder, snapshotOf } from './handoffFixtures';

const at = (hhmm: string) => `2026-11-23T${hhmm}:00.000Z`;
const note = (nb: TestNotebook, incidentId: string, text: string, hhmm: string) => appendEntry(nb.ctx, noteDraft(incidentId, text, at(hhmm)));

function loadedThreads(store: IncidentLogStore): Promise<string[]> {
  return new Promise((resolve) => {
    const check = () => {
      const snapshot = store.getSnapshot();
      if (!snapshot.complete) return;
      unsubscribe();
      resolve(snapshot.threads.filter((t) => t.original.kind === 'note').map((t) => `${t.original.author.name}: ${t.current.text}`));
    };
    const unsubscribe = store.subscribe(check);
    check();
  });
}

/** Aiko (A) starts the incident; Ken (B) takes it over from A's bundle and works on his laptop. */
async function twoResponders() {
  const a = await openTestNotebook();
  const incident = await newIncident(a);
  await note(a, incident.id, 'ransom note found on FS01', '00:10');
  await note(a, incident.id, 'FS01 unplugged', '00:30');
  await note(a, incident.id, 'CISO informed', '00:50');
  const b = await secondResponder();
  await importBundle(b.ctx, await bundleOf(a, incident.id), { newIncident: true });
  b.clock.advance(60_000);
  await note(b, incident.id, 'FS02 shows the same extension', '00:20');
  await note(b, incident.id, 'backup server unreachable', '00:40');
  await addSystems(b.ctx, incident.id, [{ details: { name: 'FS02', type: 'host', addresses: ['10.0.0.12'], owner: '', location: 'Osaka', criticality: 'high', notes: '', tags: [] }, text: 'Added FS02' }]);
  const counsel = await saveContact(b.ctx, null, {
    category: 'counsel', country: 'JP', organization: { en: 'Sato Law', ja: '佐藤法律事務所' }, person: null, role: null,
    phones: [], emails: ['ir@sato-law.example'], web: [], references: [], notes: { en: '', ja: '' }, lastVerified: null,
  });
  await setEngaged(b.ctx, incident.id, counsel.id, true, 'Engaged Sato Law');
  // A keeps writing meanwhile: A's chain is further along than the copy B holds.
  await note(a, incident.id, 'police called', '01:00');
  return { a, b, incident, counsel };
}

describe('handoff import', () => {
  it('adds the other responder’s entries interleaved by event time; every chain verifies; ours are unchanged', async () => {
    const { a, b, incident, counsel } = await twoResponders();
    const before = await snapshotOf(a);
    const aDevice = (await a.db.device.get('device'))!.deviceId;
    const bDevice = (await b.db.device.get('device'))!.deviceId;

    const summary = await importBundle(a.ctx, await bundleOf(b, incident.id), { incidentId: incident.id });

    expect(summary).toMatchObject({
      incidentId: incident.id,
      incidentAdded: false,
      entries: { added: 4, present: 3, byAuthor: [{ deviceId: bDevice, name: 'Ken Tanaka', role: 'Forensics', added: 4 }] },
      systems: { added: 1, kept: 0 },
      contacts: { added: 1, present: 0 },
      engagements: { added: 1 },
    });
    const after = await snapshotOf(a);
    expect(after.entries.filter((e) => before.entries.includes(e))).toEqual(before.entries);
    expect(after.heads.find((h) => h.deviceId === aDevice)).toEqual(before.heads.find((h) => h.deviceId === aDevice));
    expect(after.heads.find((h) => h.deviceId === bDevice)).toMatchObject({ seq: 4 });
    expect(await verifyIncidentLog(a.db, incident.id)).toMatchObject({ ok: true, devices: 2, entries: 8 });
    expect(await a.db.contacts.get(counsel.id)).toMatchObject({ organization: { en: 'Sato Law' } });
    expect(await a.db.engagements.get([incident.id, counsel.id])).toMatchObject({ engaged: true });
    expect((await a.db.systems.where('incidentId').equals(incident.id).toArray()).map((s) => s.name)).toEqual(['FS02']);

    const store = new IncidentLogStore(a.db, incident.id);
    expect(await loadedThreads(store)).toEqual([
      'Aiko Sato: ransom note found on FS01',
      'Ken Tanaka: FS02 shows the same extension',
      'Aiko Sato: FS01 unplugged',
      'Ken Tanaka: backup server unreachable',
      'Aiko Sato: CISO informed',
      'Aiko Sato: police called',
    ]);
    store.stop();
    // New rows continue the insertion counter: the open log takes them in as live updates.
    const rows = (await allEntries(a.db, incident.id)).map((e) => e._row);
    expect(new Set(rows).size).toBe(rows.length);
  });

  it('adds nothing when the same bundle comes again, and says what was already there', async () => {
    const { a, b, incident } = await twoResponders();
    const bundle = await bundleOf(b, incident.id);
    await importBundle(a.ctx, bundle, { incidentId: incident.id });
    const before = await snapshotOf(a);
    const again = await importBundle(a.ctx, bundle, { incidentId: incident.id });
    expect(again).toMatchObject({ entries: { added: 0, present: 7, byAuthor: [] }, systems: { added: 0, kept: 1 }, contacts: { added: 0, present: 1 }, engagements: { added: 0 } });
    expect(await snapshotOf(a)).toEqual(before);
  });

  it('refuses an entry whose id we hold with other content, and writes nothing', async () => {
    const { a, b, incident } = await twoResponders();
    const bundle = await bundleOf(b, incident.id);
    const [first, ...rest] = bundle.timeline.entries;
    const altered = { ...first!, text: 'ransom note found on FS09' };
    const forged = { ...altered, hash: computeRecordHash(altered) };
    const before = await snapshotOf(a);
    await expect(importBundle(a.ctx, { ...bundle, timeline: { ...bundle.timeline, entries: [forged, ...rest] } }, { incidentId: incident.id })).rejects.toMatchObject({
      code: 'bundle.conflict',
      details: { entryId: first!.id },
    });
    expect(await snapshotOf(a)).toEqual(before);
  });

  it('never merges two incidents: the target must be the bundle’s own incident', async () => {
    const { a, b, incident } = await twoResponders();
    const other = await newIncident(a, 'Phishing in Nagoya');
    const before = await snapshotOf(a);
    const bundle = await bundleOf(b, incident.id);
    await expect(importBundle(a.ctx, bundle, { incidentId: other.id })).rejects.toMatchObject({ code: 'bundle.otherIncident', details: { title: 'Ransomware at HQ' } });
    await expect(importBundle(a.ctx, bundle, { newIncident: true })).rejects.toMatchObject({ code: 'bundle.incidentExists' });
    const mixed = { ...bundle, board: { ...bundle.board, systems: bundle.board.systems.map((s) => ({ ...s, incidentId: other.id })) } };
    await expect(importBundle(a.ctx, mixed, { incidentId: incident.id })).rejects.toMatchObject({ code: 'bundle.incidentMismatch', details: { file: 'data/board.json' } });
    expect(await snapshotOf(a)).toEqual(before);
  });

  it('brings back our own device’s entries after a restore from an older backup, and refuses a fork', async () => {
    const a = await openTestNotebook();
    const incident = await newIncident(a);
    for (const [text, hhmm] of [['one', '00:10'], ['two', '00:20'], ['three', '00:30']] as const) await note(a, incident.id, text, hhmm);
    const bundle = await bundleOf(a, incident.id);
    // The restored notebook lacks the last entry: its head is back at 2.
    const [, second, third] = await allEntries(a.db, incident.id);
    await a.db.entries.delete(third!.id);
    await a.db.chainHeads.put({ incidentId: incident.id, deviceId: third!.deviceId, seq: 2, hash: second!.hash });

    const summary = await importBundle(a.ctx, bundle, { incidentId: incident.id });
    expect(summary.entries).toMatchObject({ added: 1, present: 2, byAuthor: [{ name: 'Aiko Sato', added: 1 }] });
    expect(await verifyIncidentLog(a.db, incident.id)).toMatchObject({ ok: true, entries: 3 });
    // Our next entry continues after the restored one.
    expect(await note(a, incident.id, 'four', '00:40')).toMatchObject({ seq: 4, prevHash: third!.hash });

    // Written on after the restore, then given the old bundle: two entries claim position 3.
    const forked = await openTestNotebook();
    const forkedIncident = await newIncident(forked);
    for (const text of ['one', 'two', 'three']) await note(forked, forkedIncident.id, text, '00:10');
    const old = await bundleOf(forked, forkedIncident.id);
    const [, , last] = await allEntries(forked.db, forkedIncident.id);
    await forked.db.entries.delete(last!.id);
    await forked.db.chainHeads.put({ incidentId: forkedIncident.id, deviceId: last!.deviceId, seq: 2, hash: (await allEntries(forked.db, forkedIncident.id))[1]!.hash });
    await note(forked, forkedIncident.id, 'written after the restore', '00:50');
    const before = await snapshotOf(forked);
    await expect(importBundle(forked.ctx, old, { incidentId: forkedIncident.id })).rejects.toMatchObject({ code: 'bundle.forked', details: { entryId: last!.id } });
    expect(await snapshotOf(forked)).toEqual(before);
  });
});
