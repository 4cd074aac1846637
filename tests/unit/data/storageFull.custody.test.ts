// A full disk for the evidence item's custody chain after intake: a transfer, an access, a
// verification or a disposal is refused as storage.full, with nothing of it stored (not the
// event, not the custody head, not its log entry), and goes through once there is room.
import { describe, expect, it } from 'vitest';
import { appendCustody, verifyEvidence } from '../../../renderer/data/repositories/evidence.write';
import { verifyItemCustody } from '../../../renderer/data/repositories/evidence.read';
import { verifyIncidentLog } from '../../../renderer/data/repositories/entries.read';
import { intake } from '../bundle/writerFixtures';
import { newIncident, openTestNotebook, type TestNotebook } from './fixtures';
import { DISK_FULL_MODES, diskFreed, fillDisk, snapshot } from './storageFullDisk';

async function itemIn(nb: TestNotebook) {
  const incident = await newIncident(nb);
  const item = await intake(nb, incident.id, 'README_RESTORE.txt', new TextEncoder().encode('YOUR FILES ARE ENCRYPTED'));
  return { incident, item };
}

const when = { at: '2026-11-23T02:00:00.000Z', zone: 'Asia/Tokyo' };
const WRITERS: [string, (nb: TestNotebook, itemId: string) => Promise<unknown>][] = [
  [
    'a transfer',
    (nb, id) =>
      appendCustody(nb.ctx, id, { action: 'transferred', ...when, details: { releasedBy: { name: 'Aiko Sato', role: null }, receivedBy: { name: 'Det. Yamamoto', role: 'Tokyo MPD' }, method: 'courier', tracking: 'YMT-1234', fromLocation: 'HQ', toLocation: 'MPD', purpose: 'police analysis' } }, 'Evidence #1 handed to the police'),
  ],
  ['an access', (nb, id) => appendCustody(nb.ctx, id, { action: 'accessed', ...when, details: { purpose: 'read the note' } }, 'Evidence #1 accessed')],
  ['a verification', (nb, id) => verifyEvidence(nb.ctx, id, ({ result }) => `Evidence #1 verified: ${result}`)],
  ['a disposal', (nb, id) => appendCustody(nb.ctx, id, { action: 'disposed', ...when, details: { authority: 'legal hold released (LH-7)', method: 'returned' } }, 'Evidence #1 disposed')],
];

describe.each(DISK_FULL_MODES)('a full disk (%s)', (mode) => {
  it.each(WRITERS)('%s is refused as storage.full, stores nothing, and goes through once there is room', async (_name, write) => {
    const nb = await openTestNotebook();
    const { incident, item } = await itemIn(nb);
    const before = await snapshot(nb.db);

    fillDisk(mode);
    await expect(write(nb, item.id)).rejects.toMatchObject({ code: 'storage.full' });
    diskFreed();
    expect(await snapshot(nb.db)).toEqual(before);

    await write(nb, item.id);
    expect(await nb.db.custody.count()).toBe(before.custody!.length + 1);
    expect(await verifyItemCustody(nb.db, item.id)).toMatchObject({ ok: true });
    expect(await verifyIncidentLog(nb.db, incident.id)).toMatchObject({ ok: true });
  });
});
