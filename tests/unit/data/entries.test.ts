// The log repository: append-only, chained, strict about what it accepts.
import { describe, expect, it } from 'vitest';
import { amendEntry, appendEntries, appendEntry, retractEntry } from '../../../renderer/data/repositories/entries.write';
import { allEntries, verifyIncidentLog } from '../../../renderer/data/repositories/entries.read';
import { buildThreads } from '../../../shared/domain/revisions';
import { GENESIS_HASH } from '../../../shared/crypto/sha256';
import { newIncident, noteDraft, openTestNotebook } from './fixtures';

describe('appendEntry', () => {
  it('stamps recorded-at from the device clock, chains entries and moves the head', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    const first = await appendEntry(nb.ctx, noteDraft(incident.id, 'Ransom note found on FS01'));
    nb.clock.advance(60_000);
    const second = await appendEntry(nb.ctx, noteDraft(incident.id, 'FS01 switch port shut'));
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH, recordedAt: '2026-11-23T01:00:00.000Z', author: { name: 'Aiko Sato', role: 'Scribe' } });
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash, recordedAt: '2026-11-23T01:01:00.000Z' });
    const head = await nb.db.chainHeads.get([incident.id, first.deviceId]);
    expect(head).toMatchObject({ seq: 2, hash: second.hash });
    expect(await verifyIncidentLog(nb.db, incident.id)).toMatchObject({ ok: true, entries: 2 });
  });

  it('keeps a separate chain per incident', async () => {
    const nb = await openTestNotebook();
    const a = await newIncident(nb, 'A');
    const b = await newIncident(nb, 'B');
    await appendEntry(nb.ctx, noteDraft(a.id, 'a1'));
    const b1 = await appendEntry(nb.ctx, noteDraft(b.id, 'b1'));
    expect(b1.seq).toBe(1);
  });

  it('in one append over two incidents, continues the chain of this device in each and leaves the head of another device alone', async () => {
    const nb = await openTestNotebook();
    const a = await newIncident(nb, 'A');
    const b = await newIncident(nb, 'B');
    const a1 = await appendEntry(nb.ctx, noteDraft(a.id, 'a1'));
    // Another responder's chain in A, as a handoff import leaves it: its head must not be taken for ours.
    const other = { incidentId: a.id, deviceId: '0190a0b0-0000-7000-8000-0000000000ff', seq: 7, hash: 'f'.repeat(64) };
    await nb.db.chainHeads.put(other);
    const [a2, b1, a3] = await appendEntries(nb.ctx, [noteDraft(a.id, 'a2'), noteDraft(b.id, 'b1'), noteDraft(a.id, 'a3')]);
    expect(a2).toMatchObject({ seq: 2, prevHash: a1.hash });
    expect(b1).toMatchObject({ seq: 1, prevHash: GENESIS_HASH });
    expect(a3).toMatchObject({ seq: 3, prevHash: a2!.hash });
    expect(await nb.db.chainHeads.get([a.id, a1.deviceId])).toMatchObject({ seq: 3, hash: a3!.hash });
    expect(await nb.db.chainHeads.get([b.id, a1.deviceId])).toMatchObject({ seq: 1, hash: b1!.hash });
    expect(await nb.db.chainHeads.get([a.id, other.deviceId])).toEqual(other);
    expect(await verifyIncidentLog(nb.db, b.id)).toMatchObject({ ok: true, entries: 1 });
  });

  it('refuses invalid drafts and writes nothing', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    await expect(appendEntry(nb.ctx, { ...noteDraft(incident.id, 'x'), occurredZone: 'Mars/Olympus' })).rejects.toMatchObject({ code: 'entry.invalid' });
    await expect(appendEntry(nb.ctx, { ...noteDraft(incident.id, 'x'), tags: ['has space'] })).rejects.toMatchObject({ code: 'entry.invalid' });
    await expect(appendEntry(nb.ctx, { ...noteDraft(incident.id, 'x'), text: 'bad \ud800' })).rejects.toMatchObject({ code: 'entry.invalid' });
    expect(await allEntries(nb.db, incident.id)).toHaveLength(0);
    expect(await nb.db.chainHeads.count()).toBe(0);
  });

  it('refuses to write before a responder profile exists', async () => {
    const nb = await openTestNotebook(false);
    await expect(appendEntry(nb.ctx, noteDraft('0190a0b0-0000-7000-8000-00000000000f', 'x'))).rejects.toMatchObject({ code: 'identity.missing' });
  });
});

describe('amendments and retractions', () => {
  it('an amendment is a new chained entry carrying the whole new version and its reason', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    const original = await appendEntry(nb.ctx, noteDraft(incident.id, 'FS01 encrypted'));
    nb.clock.advance(1000);
    const amendment = await amendEntry(nb.ctx, {
      ...noteDraft(incident.id, 'FS01 and FS02 encrypted', '2026-11-23T00:10:00.000Z'),
      targetId: original.id,
      reason: 'FS02 also affected',
    });
    expect(amendment).toMatchObject({ seq: 2, prevHash: original.hash, revision: { action: 'amend', targetId: original.id, reason: 'FS02 also affected' } });
    const entries = await allEntries(nb.db, incident.id);
    expect(entries.find((e) => e.id === original.id)?.text).toBe('FS01 encrypted');
    const [thread] = buildThreads(entries).threads;
    expect(thread?.current.text).toBe('FS01 and FS02 encrypted');
    expect(thread?.amendments).toHaveLength(1);
  });

  it('refuses a correction without a reason, one that changes nothing, and one of a correction', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    const original = await appendEntry(nb.ctx, noteDraft(incident.id, 'x'));
    const base = { ...noteDraft(incident.id, 'y'), targetId: original.id };
    await expect(amendEntry(nb.ctx, { ...base, reason: '  ' })).rejects.toMatchObject({ code: 'revision.reasonRequired' });
    await expect(amendEntry(nb.ctx, { ...noteDraft(incident.id, 'x'), targetId: original.id, reason: 'r' })).rejects.toMatchObject({ code: 'revision.noChange' });
    const amendment = await amendEntry(nb.ctx, { ...base, reason: 'typo' });
    await expect(amendEntry(nb.ctx, { ...base, targetId: amendment.id, reason: 'r' })).rejects.toMatchObject({ code: 'revision.targetNotOriginal' });
    await expect(amendEntry(nb.ctx, { ...base, targetId: '0190a0b0-0000-7000-8000-0000000000ff', reason: 'r' })).rejects.toMatchObject({ code: 'revision.targetMissing' });
  });

  it('a retraction keeps the original and refuses later revisions', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    const original = await appendEntry(nb.ctx, noteDraft(incident.id, 'Wrong host'));
    await retractEntry(nb.ctx, { incidentId: incident.id, targetId: original.id, reason: 'logged on the wrong incident', text: 'Retracted' });
    const entries = await allEntries(nb.db, incident.id);
    expect(entries).toHaveLength(2);
    const [thread] = buildThreads(entries).threads;
    expect(thread?.retraction?.revision).toMatchObject({ action: 'retract', reason: 'logged on the wrong incident' });
    expect(thread?.current.text).toBe('Wrong host');
    await expect(retractEntry(nb.ctx, { incidentId: incident.id, targetId: original.id, reason: 'again', text: '' })).rejects.toMatchObject({ code: 'revision.targetRetracted' });
    await expect(amendEntry(nb.ctx, { ...noteDraft(incident.id, 'z'), targetId: original.id, reason: 'r' })).rejects.toMatchObject({ code: 'revision.targetRetracted' });
  });

  it('refuses to revise an entry of another incident', async () => {
    const nb = await openTestNotebook();
    const a = await newIncident(nb, 'A');
    const b = await newIncident(nb, 'B');
    const entry = await appendEntry(nb.ctx, noteDraft(a.id, 'x'));
    await expect(retractEntry(nb.ctx, { incidentId: b.id, targetId: entry.id, reason: 'r', text: '' })).rejects.toMatchObject({ code: 'revision.otherIncident' });
  });
});

describe('verifyIncidentLog against the stored database', () => {
  it('names an entry altered in IndexedDB', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    const entries = [];
    for (let i = 0; i < 4; i++) entries.push(await appendEntry(nb.ctx, noteDraft(incident.id, `entry ${i}`)));
    await nb.db.entries.update(entries[2]!.id, { text: 'entry 2, quietly edited' });
    const result = await verifyIncidentLog(nb.db, incident.id);
    expect(result).toMatchObject({ ok: false, failure: { problem: 'content-altered', entryId: entries[2]!.id, seq: 3 } });
    expect(result.failedEntry?.id).toBe(entries[2]!.id);
  });

  it('names the entry after one deleted from IndexedDB, and notices a deleted newest entry', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    const entries = [];
    for (let i = 0; i < 4; i++) entries.push(await appendEntry(nb.ctx, noteDraft(incident.id, `entry ${i}`)));
    await nb.db.entries.delete(entries[1]!.id);
    expect(await verifyIncidentLog(nb.db, incident.id)).toMatchObject({ ok: false, failure: { entryId: entries[2]!.id } });
    await nb.db.entries.bulkAdd([{ ...entries[1]!, _row: 1000, _refKeys: [] }]);
    await nb.db.entries.delete(entries[3]!.id);
    expect(await verifyIncidentLog(nb.db, incident.id)).toMatchObject({ ok: false, failure: { problem: 'missing-tail' } });
  });

  it('checks only new entries when continuing from a passing check, and a full check still sees older tampering', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    const first = [];
    for (let i = 0; i < 3; i++) first.push(await appendEntry(nb.ctx, noteDraft(incident.id, `entry ${i}`)));
    const full = await verifyIncidentLog(nb.db, incident.id);
    expect(full).toMatchObject({ ok: true, entries: 3 });

    const later = [await appendEntry(nb.ctx, noteDraft(incident.id, 'entry 3')), await appendEntry(nb.ctx, noteDraft(incident.id, 'entry 4'))];
    const incremental = await verifyIncidentLog(nb.db, incident.id, full);
    expect(incremental).toMatchObject({ ok: true, entries: 5, fullCheckAt: full.fullCheckAt });

    // A new entry altered before it was checked: the incremental check names it.
    await nb.db.entries.update(later[1]!.id, { text: 'entry 4, edited' });
    expect(await verifyIncidentLog(nb.db, incident.id, full)).toMatchObject({ ok: false, failure: { entryId: later[1]!.id } });
    await nb.db.entries.update(later[1]!.id, { text: 'entry 4' });

    // An old entry altered after the full check: only a full check re-hashes it.
    await nb.db.entries.update(first[0]!.id, { text: 'entry 0, edited' });
    expect(await verifyIncidentLog(nb.db, incident.id, incremental)).toMatchObject({ ok: true, entries: 5 });
    expect(await verifyIncidentLog(nb.db, incident.id)).toMatchObject({ ok: false, failure: { entryId: first[0]!.id } });
  });
});

