// @vitest-environment node
// The evidence locker in the notebook: intake stores file, header, first custody event and
// log entry together or not at all; custody events chain per item; verification re-hashes
// the stored bytes and records the result, pass or fail.
import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import type { EvidenceDescription } from '../../../shared/domain/evidence';
import { detectFileType } from '../../../shared/evidence/magic';
import { addEvidence, appendCustody, verifyEvidence } from '../../../renderer/data/repositories/evidence.write';
import { custodyOf, evidenceBlob, evidenceOf, verifyItemCustody } from '../../../renderer/data/repositories/evidence.read';
import { allEntries, verifyIncidentLog } from '../../../renderer/data/repositories/entries.read';
import { entriesReferencing } from '../../../renderer/data/repositories/systems.read';
import { addSystems } from '../../../renderer/data/repositories/systems.write';
import { newIncident, openTestNotebook, type TestNotebook } from './fixtures';

const describeAs = (overrides: Partial<EvidenceDescription> = {}): EvidenceDescription => ({
  description: 'Ransom note found on FS01',
  type: 'ransom-note',
  sourceSystemId: null,
  collectedBy: { name: 'Aiko Sato', role: 'Scribe' },
  collectedAt: '2026-11-23T00:40:00.000Z',
  collectedZone: 'Asia/Tokyo',
  method: 'copied from the share with robocopy /COPY:DAT',
  toolVersion: '10.0',
  ...overrides,
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function intake(nb: TestNotebook, incidentId: string, content: string, overrides: Partial<EvidenceDescription> = {}) {
  const bytes = new TextEncoder().encode(content);
  return addEvidence(nb.ctx, {
    incidentId,
    file: new Blob([bytes]),
    originalName: 'README_RESTORE.txt',
    sha256: sha256(bytes),
    detectedType: detectFileType(bytes, bytes.length),
    description: describeAs(overrides),
    collection: { location: 'Tokyo DC rack 4', reason: 'ransom note for the police report' },
    text: (n) => `Evidence #${n} collected`,
  });
}

describe('evidence intake', () => {
  it('numbers items per incident and writes blob, collected event and log entry together', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    const other = await newIncident(nb, 'Other');
    const first = await intake(nb, incident.id, 'YOUR FILES ARE ENCRYPTED');
    const second = await intake(nb, incident.id, 'second');
    const elsewhere = await intake(nb, other.id, 'elsewhere');
    expect([first.itemNumber, second.itemNumber, elsewhere.itemNumber]).toEqual([1, 2, 1]);
    expect((await evidenceOf(nb.db, incident.id)).map((i) => i.id)).toEqual([first.id, second.id]);
    expect(first).toMatchObject({ size: 24, detectedType: { mime: 'text/plain; charset=utf-8' }, sha256: sha256(new TextEncoder().encode('YOUR FILES ARE ENCRYPTED')) });
    expect(await (await evidenceBlob(nb.db, first.id))!.text()).toBe('YOUR FILES ARE ENCRYPTED');

    const [collected] = await custodyOf(nb.db, first.id);
    expect(collected).toMatchObject({ seq: 1, action: 'collected', at: first.collectedAt, details: { location: 'Tokyo DC rack 4', sha256: first.sha256 } });
    const [entry] = await entriesReferencing(nb.db, `evidence:${first.id}`);
    expect(entry).toMatchObject({ kind: 'evidence', text: 'Evidence #1 collected', occurredAt: first.collectedAt, data: { evidence: { itemNumber: 1, action: 'collected', custodyEventId: collected!.id } } });
    expect(await verifyItemCustody(nb.db, first.id)).toMatchObject({ ok: true });
    expect(await verifyIncidentLog(nb.db, incident.id)).toMatchObject({ ok: true });
  });

  it('refuses bad details or a foreign source system and leaves nothing behind', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    const other = await newIncident(nb, 'Other');
    const [foreign] = await addSystems(nb.ctx, other.id, [{ details: { name: 'FS09', type: 'host', addresses: [], owner: '', location: '', criticality: 'medium', notes: '', tags: [] }, text: 'added' }]);
    await expect(intake(nb, incident.id, 'x', { method: '  ' })).rejects.toMatchObject({ code: 'evidence.invalid' });
    await expect(intake(nb, incident.id, 'x', { sourceSystemId: foreign!.id })).rejects.toMatchObject({ code: 'evidence.systemMissing' });
    expect([await nb.db.evidence.count(), await nb.db.evidenceBlobs.count(), await nb.db.custody.count()]).toEqual([0, 0, 0]);
    expect(await allEntries(nb.db, incident.id)).toEqual([]);
  });

  it('turns a full disk into evidence.quota and stores nothing', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    const full = vi.spyOn(nb.db.evidenceBlobs, 'add').mockImplementation(() => Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' })) as never);
    await expect(intake(nb, incident.id, 'big')).rejects.toMatchObject({ code: 'evidence.quota' });
    full.mockRestore();
    expect([await nb.db.evidence.count(), await nb.db.custody.count()]).toEqual([0, 0]);
    expect(await allEntries(nb.db, incident.id)).toEqual([]);
  });
});

describe('custody', () => {
  it('chains transfers and verifications per item, and closes the chain on disposal', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    const item = await intake(nb, incident.id, 'note');
    const when = { at: '2026-11-23T02:00:00.000Z', zone: 'Asia/Tokyo' };
    await appendCustody(nb.ctx, item.id, {
      action: 'transferred',
      ...when,
      details: { releasedBy: { name: 'Aiko Sato', role: null }, receivedBy: { name: 'Det. Yamamoto', role: 'Tokyo MPD' }, method: 'courier', tracking: 'YMT-1234', fromLocation: 'HQ', toLocation: 'MPD', purpose: 'police analysis' },
    }, 'Evidence #1 handed to the police');
    const verified = await verifyEvidence(nb.ctx, item.id, ({ result }) => `Evidence #1 verified: ${result}`);
    expect(verified).toMatchObject({ result: 'pass', computedSha256: item.sha256 });
    await appendCustody(nb.ctx, item.id, { action: 'disposed', ...when, details: { authority: 'legal hold released (LH-7)', method: 'returned' } }, 'disposed');
    await expect(appendCustody(nb.ctx, item.id, { action: 'accessed', ...when, details: { purpose: 'look' } }, 'x')).rejects.toMatchObject({ code: 'evidence.disposed' });
    await expect(appendCustody(nb.ctx, item.id, { action: 'collected', ...when, details: { location: '', reason: '', sha256: item.sha256 } } as never, 'x')).rejects.toMatchObject({ code: 'evidence.disposed' });

    const events = await custodyOf(nb.db, item.id);
    expect(events.map((e) => [e.seq, e.action])).toEqual([[1, 'collected'], [2, 'transferred'], [3, 'verified'], [4, 'disposed']]);
    expect(await verifyItemCustody(nb.db, item.id)).toMatchObject({ ok: true });
    expect((await entriesReferencing(nb.db, `evidence:${item.id}`)).map((e) => e.text)).toEqual([
      'Evidence #1 collected', 'Evidence #1 handed to the police', 'Evidence #1 verified: pass', 'disposed',
    ]);
  });

  it('records a failed verification when the stored bytes changed, and a tampered event breaks the chain', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    const item = await intake(nb, incident.id, 'original bytes');
    await nb.db.evidenceBlobs.put({ itemId: item.id, blob: new Blob(['altered bytes!']) });
    const outcome = await verifyEvidence(nb.ctx, item.id, ({ result }) => result);
    expect(outcome.result).toBe('fail');
    expect(outcome.event.details).toEqual({ result: 'fail', computedSha256: sha256(new TextEncoder().encode('altered bytes!')) });

    const [collected] = await custodyOf(nb.db, item.id);
    await nb.db.custody.update(collected!.id, { details: { ...collected!.details, location: 'somewhere else' } } as never);
    expect(await verifyItemCustody(nb.db, item.id)).toMatchObject({ ok: false, problem: 'content-altered', seq: 1 });

    await nb.db.evidenceBlobs.delete(item.id);
    await expect(verifyEvidence(nb.ctx, item.id, () => 'x')).rejects.toMatchObject({ code: 'evidence.blobMissing', details: { itemNumber: 1 } });
  });
});
