// A full disk: IndexedDB refuses log writes with QuotaExceededError. The log's writers
// say so with a code the UI explains (storage.full), store nothing of the refused write,
// and the log written before is untouched and keeps verifying.
import { afterEach, describe, expect, it } from 'vitest';
import { amendEntry, appendEntry, retractEntry } from '../../../renderer/data/repositories/entries.write';
import { allEntries, verifyIncidentLog } from '../../../renderer/data/repositories/entries.read';
import { isQuotaError } from '../../../renderer/data/repositories/storageFull';
import { newIncident, noteDraft, openTestNotebook } from './fixtures';

const originals = { add: IDBObjectStore.prototype.add, put: IDBObjectStore.prototype.put };

/** Every add/put throws what a full disk gives, until `afterEach` restores them. */
function fillDisk() {
  for (const method of ['add', 'put'] as const) {
    IDBObjectStore.prototype[method] = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  }
}

afterEach(() => Object.assign(IDBObjectStore.prototype, originals));

describe('a full disk', () => {
  it('refuses a new entry as storage.full, stores nothing, and the next save after freeing space works', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    const kept = await appendEntry(nb.ctx, noteDraft(incident.id, 'Ransom note found on FS01'));
    const head = await nb.db.chainHeads.toArray();

    fillDisk();
    await expect(appendEntry(nb.ctx, noteDraft(incident.id, 'WS-17 capture failed'))).rejects.toMatchObject({ code: 'storage.full' });
    await expect(amendEntry(nb.ctx, { ...noteDraft(incident.id, 'Ransom note on FS01 and FS02'), targetId: kept.id, reason: 'FS02 too' })).rejects.toMatchObject({ code: 'storage.full' });
    await expect(retractEntry(nb.ctx, { incidentId: incident.id, targetId: kept.id, reason: 'wrong host', text: 'Retracted' })).rejects.toMatchObject({ code: 'storage.full' });
    Object.assign(IDBObjectStore.prototype, originals);

    expect((await allEntries(nb.db, incident.id)).map((e) => e.text)).toEqual(['Ransom note found on FS01']);
    expect(await nb.db.chainHeads.toArray()).toEqual(head);
    await appendEntry(nb.ctx, noteDraft(incident.id, 'WS-17 capture failed'));
    expect(await verifyIncidentLog(nb.db, incident.id)).toMatchObject({ ok: true, entries: 2 });
  });

  it('leaves other failures as they are', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    await expect(appendEntry(nb.ctx, { ...noteDraft(incident.id, 'x'), tags: ['has space'] })).rejects.toMatchObject({ code: 'entry.invalid' });
  });

  it('recognises the quota error raw, as Dexie names it, and inside the AbortError of a failed commit', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError(Object.assign(new Error('full'), { name: 'QuotaExceededError', inner: quota }))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('aborted'), { name: 'AbortError', inner: quota }))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('aborted'), { name: 'AbortError', inner: null }))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
