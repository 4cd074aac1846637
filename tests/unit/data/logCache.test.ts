// The log worker's LogCache: after one full read, an incident's log is topped up with the rows
// appended since, and what it returns is exactly what a full read returns, for the chain check
// and for timeline exports. A notebook replaced under it (a restore) is read again in full.
import { describe, expect, it, vi } from 'vitest';
import { createLogCache } from '../../../renderer/data/logCache';
import * as entriesRead from '../../../renderer/data/repositories/entries.read';
import { allEntries, verifyIncidentLog } from '../../../renderer/data/repositories/entries.read';
import { appendEntry } from '../../../renderer/data/repositories/entries.write';
import { buildTimelineExport, type TimelineExportRequest } from '../../../renderer/data/repositories/timelineExport.read';
import { importBundle } from '../../../renderer/data/repositories/handoff.write';
import { allOf } from '../../../shared/export/options';
import { busyNotebook } from '../bundle/writerFixtures';
import { newIncident, noteDraft } from './fixtures';
import { bundleOf, secondResponder } from './handoffFixtures';

const exportRequest = (incidentId: string, format: TimelineExportRequest['format']): TimelineExportRequest => ({
  incidentId,
  format,
  options: allOf('Asia/Tokyo'),
  texts: {},
  app: { name: 'Lantern', version: 'test' },
  exportedAt: '2026-11-23T02:00:00.000Z',
});

describe('LogCache', () => {
  it('reads the whole log once, then only the rows appended since, and returns what a full read returns', async () => {
    const { nb, incident } = await busyNotebook();
    const cache = createLogCache();
    const first = await nb.db.transaction('r', nb.db.entries, () => cache.read(nb.db, incident.id));
    expect(first).toEqual(await allEntries(nb.db, incident.id));

    await appendEntry(nb.ctx, noteDraft(incident.id, 'FS03 isolated'));
    await appendEntry(nb.ctx, noteDraft(incident.id, 'FS04 isolated'));
    const since = vi.spyOn(entriesRead, 'entriesSince');
    const second = await nb.db.transaction('r', nb.db.entries, () => cache.read(nb.db, incident.id));
    expect(second).toEqual(await allEntries(nb.db, incident.id));
    expect(second.slice(0, first.length)).toEqual(first);
    expect(second.slice(-2).map((e) => e.text)).toEqual(['FS03 isolated', 'FS04 isolated']);
    // Only what came after the last row held was asked for.
    expect(since).toHaveBeenCalledWith(nb.db, incident.id, first.at(-1)!._row);
    // The array handed out earlier is left as it was.
    expect(first).toHaveLength(second.length - 2);
    since.mockRestore();
  });

  it('gives the same chain verdict as a read through the chain index, for two devices and for a broken chain', async () => {
    const { nb: a, incident } = await busyNotebook();
    const b = await secondResponder();
    await importBundle(b.ctx, await bundleOf(a, incident.id), { newIncident: true });
    await appendEntry(b.ctx, noteDraft(incident.id, 'Ken: FS02 imaged'));
    await appendEntry(b.ctx, noteDraft(incident.id, 'Ken: FS05 imaged', '2026-11-23T00:10:00.000Z'));
    const cached = await verifyIncidentLog(b.db, incident.id, null, new Date(), createLogCache().reload);
    const direct = await verifyIncidentLog(b.db, incident.id);
    expect(cached).toMatchObject({ ok: true, devices: 2 });
    expect({ ...cached, checkedAt: '', fullCheckAt: '' }).toEqual({ ...direct, checkedAt: '', fullCheckAt: '' });

    const victim = (await allEntries(b.db, incident.id))[2]!;
    await b.db.entries.update(victim.id, { text: 'tampered' });
    const broken = await verifyIncidentLog(b.db, incident.id, null, new Date(), createLogCache().reload);
    expect(broken).toMatchObject({ ok: false, failure: { entryId: (await verifyIncidentLog(b.db, incident.id)).failure!.entryId } });
  });

  it('builds the same CSV, JSON and HTML with the cache as without it, before and after new entries', async () => {
    const { nb, incident } = await busyNotebook();
    const cache = createLogCache();
    const same = async () => {
      for (const format of ['csv', 'json'] as const) {
        const text = async (c?: typeof cache) => [...(await buildTimelineExport(nb.db, exportRequest(incident.id, format), undefined, c))].join('');
        expect(await text(cache)).toEqual(await text());
      }
      // The report states the check; with the cache it continues from the last one and still passes.
      expect([...(await buildTimelineExport(nb.db, exportRequest(incident.id, 'html'), undefined, cache))].join('')).toContain('FS01 and FS02 show encrypted shares');
    };
    await same();
    await appendEntry(nb.ctx, noteDraft(incident.id, 'Backups offline since 02:00'));
    await same();
    expect(cache.lastCheck(incident.id)).toMatchObject({ ok: true, entries: (await allEntries(nb.db, incident.id)).length });
  });

  it('reads another incident, or a notebook replaced under it, in full', async () => {
    const { nb, incident } = await busyNotebook();
    const other = await newIncident(nb, 'Phishing at branch');
    await appendEntry(nb.ctx, noteDraft(other.id, 'Mail gateway rule added'));
    const cache = createLogCache();
    const read = (id: string) => nb.db.transaction('r', nb.db.entries, () => cache.read(nb.db, id));
    await read(incident.id);
    expect(await read(other.id)).toEqual(await allEntries(nb.db, other.id));
    const before = await read(incident.id);

    // A restore replaces every entry: the rows the cache counted on now hold other entries.
    const replaced = before.slice(0, 2).map((entry, i) => ({ ...entry, _row: i + 1 }));
    await nb.db.transaction('rw', nb.db.entries, async () => {
      await nb.db.entries.bulkDelete(before.map((e) => e.id));
      await nb.db.entries.bulkAdd(replaced);
    });
    expect(await read(incident.id)).toEqual(replaced);
  });
});

describe('a full chain check through the cache', () => {
  it('reads the database again, so an entry altered after the copy was taken is found', async () => {
    const { nb, incident } = await busyNotebook();
    const cache = createLogCache();
    expect(await verifyIncidentLog(nb.db, incident.id, null, new Date(), cache.reload)).toMatchObject({ ok: true });
    const victim = (await allEntries(nb.db, incident.id))[1]!;
    await nb.db.entries.update(victim.id, { text: 'tampered' });
    expect(await verifyIncidentLog(nb.db, incident.id, null, new Date(), cache.reload)).toMatchObject({ ok: false, failure: { entryId: victim.id } });
    // …and the copy now holds what is stored.
    expect((await nb.db.transaction('r', nb.db.entries, () => cache.read(nb.db, incident.id)))[1]!.text).toBe('tampered');
  });
});
