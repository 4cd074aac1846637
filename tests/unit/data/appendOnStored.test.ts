// An append builds on what is stored when its transaction runs, not on what this tab last
// wrote: another tab's entries, a correction and a renamed profile are all taken into account,
// so the chain never forks and every entry is stored once.
import { describe, expect, it } from 'vitest';
import { LanternDB } from '../../../renderer/data/db';
import { createContext } from '../../../renderer/data/context';
import { allEntries, verifyIncidentLog } from '../../../renderer/data/repositories/entries.read';
import { amendEntry, appendEntry } from '../../../renderer/data/repositories/entries.write';
import { saveProfile } from '../../../renderer/data/repositories/identity.write';
import { newIncident, noteDraft, openTestNotebook } from './fixtures';

describe('appending on what is stored', () => {
  it('takes in what another tab wrote in between: no fork, no entry twice', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    await appendEntry(nb.ctx, noteDraft(incident.id, 'FS01 isolated'));
    // Another tab of the same profile: its own database connection and its own memory.
    const other = new LanternDB(nb.db.name);
    const otherCtx = createContext(other, { now: () => nb.clock.now, zone: () => 'Asia/Tokyo' });
    await appendEntry(otherCtx, noteDraft(incident.id, 'written in the other tab'));
    await appendEntry(nb.ctx, noteDraft(incident.id, 'FS02 isolated'));
    const entries = await allEntries(nb.db, incident.id);
    expect(entries.map((e) => e.text).slice(-3)).toEqual(['FS01 isolated', 'written in the other tab', 'FS02 isolated']);
    expect(new Set(entries.map((e) => e.seq)).size).toBe(entries.length);
    expect(new Set(entries.map((e) => e._row)).size).toBe(entries.length);
    expect(await verifyIncidentLog(nb.db, incident.id)).toMatchObject({ ok: true, entries: entries.length });
    other.close();
  });

  it('follows a correction and a renamed profile', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    const first = await appendEntry(nb.ctx, noteDraft(incident.id, 'FS01 isolated'));
    await amendEntry(nb.ctx, { ...noteDraft(incident.id, 'FS01 isolated at the switch'), targetId: first.id, reason: 'more precise' });
    await saveProfile(nb.ctx, { name: 'Aiko Sato-Tanaka', role: 'Lead', organization: 'Example KK' });
    const next = await appendEntry(nb.ctx, noteDraft(incident.id, 'FS02 isolated'));
    expect(next.author).toEqual({ name: 'Aiko Sato-Tanaka', role: 'Lead' });
    expect(await verifyIncidentLog(nb.db, incident.id)).toMatchObject({ ok: true });
  });

  it('keeps one chain per incident when appends go from one incident to another and back', async () => {
    const nb = await openTestNotebook();
    const a = await newIncident(nb, 'A');
    await appendEntry(nb.ctx, noteDraft(a.id, 'in A'));
    const b = await newIncident(nb, 'B');
    await appendEntry(nb.ctx, noteDraft(b.id, 'in B'));
    await appendEntry(nb.ctx, noteDraft(a.id, 'in A again'));
    for (const id of [a.id, b.id]) expect(await verifyIncidentLog(nb.db, id)).toMatchObject({ ok: true });
  });
});
