// @vitest-environment node
// A backup restored into an empty notebook on another device gives the same notebook: every
// table's records (count and hash), the evidence bytes, and chains that verify.
import { describe, expect, it } from 'vitest';
import { restoreNotebook } from '../../../renderer/data/repositories/backup.write';
import { createDeviceKeys } from '../../../renderer/data/repositories/identity.write';
import { notebookCounts } from '../../../renderer/data/repositories/backup.read';
import { appendEntry } from '../../../renderer/data/repositories/entries.write';
import { allEntries, verifyIncidentLog } from '../../../renderer/data/repositories/entries.read';
import { verifyItemCustody } from '../../../renderer/data/repositories/evidence.read';
import { writeSetting } from '../../../renderer/data/repositories/settings';
import { checkChains } from '../../../renderer/data/repositories/backup.state';
import { busyNotebook, readZip } from '../bundle/writerFixtures';
import { noteDraft } from '../data/fixtures';
import { secondResponder } from '../data/handoffFixtures';
import { backupOf, evidenceDigests, readForRestore, tableFingerprints } from './backupFixtures';

describe('backup → restore into an empty notebook', () => {
  it('gives identical records per table, identical evidence bytes, and chains that verify', async () => {
    const { nb, incident, note, image } = await busyNotebook();
    await writeSetting(nb.db, 'secondaryZone', 'UTC');
    await writeSetting(nb.db, 'language', 'ja');
    const { zip, manifest } = await backupOf(nb);

    // The ZIP: a manifest, its signature, one NDJSON file per table, one stored file per item.
    const opened = await readZip(zip);
    expect(opened.names).toContain('lantern-backup.json');
    expect(opened.names).toContain('lantern-backup.sig.json');
    expect(opened.names).toContain('tables/entries.ndjson');
    expect(opened.names).not.toContain('tables/device.ndjson');
    expect(opened.names).not.toContain('tables/profile.ndjson');
    expect(opened.names.filter((n) => n.startsWith('evidence/')).sort()).toEqual([`evidence/${note.id}`, `evidence/${image.id}`].sort());
    expect(manifest).toMatchObject({ format: 'lantern-backup', version: 1, schemaVersion: 4, counts: { incidents: 1, evidenceItems: 2, evidenceBytes: image.size + note.size } });
    expect(manifest.tables.find((t) => t.name === 'entries')!.records).toBe((await nb.db.entries.count()));

    const b = await secondResponder();
    expect(await notebookCounts(b.db)).toEqual({ incidents: 0, entries: 0, evidenceItems: 0, otherRecords: 0, files: 0, heads: 0 });
    const verified = await readForRestore(zip, b.db);
    expect(verified.evidenceMismatches).toEqual([]);
    await restoreNotebook(b.db, verified, { kind: 'empty' });

    expect(await tableFingerprints(b.db)).toEqual(await tableFingerprints(nb.db));
    expect(await evidenceDigests(b.db)).toEqual(await evidenceDigests(nb.db));
    expect(Object.keys(await evidenceDigests(b.db))).toHaveLength(2);
    expect(await verifyIncidentLog(b.db, incident.id)).toMatchObject({ ok: true });
    for (const item of [note, image]) expect(await verifyItemCustody(b.db, item.id)).toMatchObject({ ok: true });
    expect(await checkChains(b.db)).toEqual({ logs: { verified: 1, total: 1, failed: [] }, custody: { verified: 2, total: 2, failed: [] } });

    // This device stays itself: its own key and profile, its own language; the notebook's other settings arrive.
    expect((await b.db.device.get('device'))!.deviceId).not.toBe((await nb.db.device.get('device'))!.deviceId);
    expect((await b.db.profile.get('self'))!.name).toBe('Ken Tanaka');
    expect(await b.db.settings.get('language')).toBeUndefined();
    expect((await b.db.settings.get('secondaryZone'))!.value).toBe('UTC');

    // And it writes on: its entries start their own chain, and the log still verifies.
    await appendEntry(b.ctx, noteDraft(incident.id, 'Restored on the spare laptop'));
    expect(await verifyIncidentLog(b.db, incident.id)).toMatchObject({ ok: true, devices: 2 });
    expect((await allEntries(b.db, incident.id)).at(-1)!.text).toBe('Restored on the spare laptop');
  });

  it('backs up and restores an empty notebook', async () => {
    const a = await secondResponder();
    const { zip, manifest } = await backupOf(a, 'scheduled');
    expect(manifest.counts).toEqual({ incidents: 0, entries: 0, evidenceItems: 0, evidenceBytes: 0 });
    const b = await secondResponder();
    await restoreNotebook(b.db, await readForRestore(zip, b.db), { kind: 'empty' });
    expect(await tableFingerprints(b.db)).toEqual(await tableFingerprints(a.db));
  });
});

describe('restoring a backup this device wrote itself', () => {
  it('gives the device a new identity, so entries written after the backup keep their positions to themselves', async () => {
    const { nb, incident } = await busyNotebook();
    const before = (await nb.db.device.get('device'))!;
    const { zip } = await backupOf(nb);
    // Written after the backup (and, say, exported in a bundle): seq positions the backup does not hold.
    const later = await appendEntry(nb.ctx, noteDraft(incident.id, 'Written after the backup'));
    const verified = await readForRestore(zip, nb.db);

    const renewed = await restoreNotebook(nb.db, verified, { kind: 'replace', expected: await notebookCounts(nb.db) }, await createDeviceKeys(nb.ctx));

    const after = (await nb.db.device.get('device'))!;
    expect(after.deviceId).not.toBe(before.deviceId);
    expect(after.fingerprint).not.toBe(before.fingerprint);
    expect(renewed).toEqual({ from: before.deviceId.slice(-8), to: after.deviceId.slice(-8) });
    // The old chain ends where the backup left it; the device writes on under its new id from seq 1.
    const next = await appendEntry(nb.ctx, noteDraft(incident.id, 'Written after the restore'));
    expect(next).toMatchObject({ deviceId: after.deviceId, seq: 1 });
    expect(next.seq === later.seq && next.deviceId === later.deviceId).toBe(false);
    expect(await verifyIncidentLog(nb.db, incident.id)).toMatchObject({ ok: true, devices: 2 });
    expect((await allEntries(nb.db, incident.id)).some((entry) => entry.id === later.id)).toBe(false);
  });

  it('keeps the identity when the backup holds no chain of this device', async () => {
    const { nb } = await busyNotebook();
    const { zip } = await backupOf(nb);
    const b = await secondResponder();
    const own = (await b.db.device.get('device'))!;
    expect(await restoreNotebook(b.db, await readForRestore(zip, b.db), { kind: 'empty' }, await createDeviceKeys(b.ctx))).toBeNull();
    expect((await b.db.device.get('device'))!.deviceId).toBe(own.deviceId);
  });
});
