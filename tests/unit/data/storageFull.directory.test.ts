// A full disk for the writers outside the incident board: the contact directory (saving,
// importing, engaging, logging a call, deleting and restoring), checklist templates (save,
// import, delete), the responder's profile and device key, and settings. Each refused write
// says storage.full, stores nothing of itself, and goes through with the same input once
// there is room; the first-run save never leaves a device key without a profile.
import { describe, expect, it } from 'vitest';
import type { ContactDraft } from '../../../shared/domain/contact';
import { builtInTemplate } from '../../../shared/seed/templates';
import {
  deleteContact,
  importContacts,
  logCommunication,
  restoreContact,
  saveContact,
  setEngaged,
} from '../../../renderer/data/repositories/contacts.write';
import { deleteTemplate, exportTemplates, importTemplates, saveTemplate } from '../../../renderer/data/repositories/templates';
import { saveProfile } from '../../../renderer/data/repositories/identity.write';
import { readSetting, writeSetting } from '../../../renderer/data/repositories/settings';
import { verifyIncidentLog } from '../../../renderer/data/repositories/entries.read';
import { isQuotaError } from '../../../renderer/data/repositories/storageFull';
import { newIncident, openTestNotebook, type TestNotebook } from './fixtures';
import { DISK_FULL_MODES, diskFreed, fillDisk, snapshot } from './storageFullDisk';

const draft = (person: string): ContactDraft => ({
  category: 'counsel',
  country: 'JP',
  organization: { en: 'Example Law Office', ja: '例示法律事務所' },
  person,
  role: 'Partner',
  phones: [{ number: '+81-90-0000-0000', label: 'personal mobile', available24x7: true, outOfBand: true }],
  emails: ['mori@example.jp'],
  web: [],
  references: [],
  notes: { en: '', ja: '' },
  lastVerified: '2026-11-01',
});
const ownTemplate = (id: string) => ({ ...structuredClone(builtInTemplate('vpn-remote-access-compromise')!), id });
const call = { contactId: 'jp-pref-cyber-desks', contactName: '都道府県警察 サイバー犯罪相談窓口', channel: 'call', direction: 'outbound', via: '03-0000-0000', outcome: '被害届の受理', reference: '2026-0412', followUp: '' } as const;

/** A notebook with an incident, an own contact, an edited shipped contact and an own template. */
async function directory(nb: TestNotebook) {
  const incident = await newIncident(nb);
  const own = await saveContact(nb.ctx, null, draft('Ken Mori'));
  await saveContact(nb.ctx, 'v-insurer-hotline', { ...draft('Hotline desk'), category: 'insurer-hotline' });
  await saveTemplate(nb.ctx, ownTemplate('vpn-our-fortigate'));
  await writeSetting(nb.db, 'language', 'en');
  return { incident, own };
}
type Directory = Awaited<ReturnType<typeof directory>>;

const WRITERS: [string, (nb: TestNotebook, d: Directory) => Promise<unknown>][] = [
  ['saveContact (new)', (nb) => saveContact(nb.ctx, null, draft('Yui Ito'))],
  ['saveContact (edit own)', (nb, d) => saveContact(nb.ctx, d.own.id, draft('Ken Mori (after hours)'))],
  ['saveContact (edit shipped)', (nb) => saveContact(nb.ctx, 'jp-110', { ...draft('Duty desk'), category: 'police' })],
  ['importContacts', (nb) => importContacts(nb.ctx, [draft('Aoi Kato'), draft('Ren Saito')])],
  ['deleteContact', (nb, d) => deleteContact(nb.db, d.own.id)],
  ['restoreContact', (nb) => restoreContact(nb.db, 'v-insurer-hotline')],
  ['setEngaged', (nb, d) => setEngaged(nb.ctx, d.incident.id, 'jp-pref-cyber-desks', true, 'Engaged: prefectural police')],
  ['logCommunication', (nb, d) => logCommunication(nb.ctx, { incidentId: d.incident.id, details: call, occurredAt: '2026-11-23T00:50:00.000Z', occurredZone: 'Asia/Tokyo', occurredPrecision: 'minute', text: '電話（発信）：受理番号 2026-0412' })],
  ['saveTemplate', (nb) => saveTemplate(nb.ctx, ownTemplate('vpn-our-paloalto'), { id: 'vpn-remote-access-compromise', version: 1 })],
  ['importTemplates', (nb) => importTemplates(nb.ctx, exportTemplates([ownTemplate('vpn-a'), ownTemplate('vpn-b')]))],
  ['deleteTemplate', (nb) => deleteTemplate(nb.db, 'vpn-our-fortigate')],
  ['saveProfile (edit)', (nb) => saveProfile(nb.ctx, { name: 'Aiko Sato', role: 'Incident lead', organization: 'Example KK' })],
  ['writeSetting', (nb) => writeSetting(nb.db, 'language', 'ja')],
];

describe.each(DISK_FULL_MODES)('a full disk (%s)', (mode) => {
  it.each(WRITERS)('%s: refused as storage.full, nothing stored, the same write goes through once there is room', async (_name, write) => {
    const nb = await openTestNotebook();
    const dir = await directory(nb);
    const before = await snapshot(nb.db);

    fillDisk(mode);
    await expect(write(nb, dir)).rejects.toMatchObject({ code: 'storage.full' });
    diskFreed();

    expect(await snapshot(nb.db)).toEqual(before);
    await write(nb, dir);
    expect(await snapshot(nb.db)).not.toEqual(before);
    expect(await verifyIncidentLog(nb.db, dir.incident.id)).toMatchObject({ ok: true });
  });

  it('first run: the profile is refused, so the device key made for it is not kept either', async () => {
    const nb = await openTestNotebook(false);
    fillDisk(mode, ['profile']);
    await expect(saveProfile(nb.ctx, { name: 'Aiko Sato', role: '', organization: '' })).rejects.toMatchObject({ code: 'storage.full' });
    diskFreed();
    expect(await nb.db.device.count()).toBe(0);
    expect(await nb.db.profile.count()).toBe(0);

    await saveProfile(nb.ctx, { name: 'Aiko Sato', role: '', organization: '' });
    expect(await nb.db.device.count()).toBe(1);
    expect(await nb.db.profile.get('self')).toMatchObject({ name: 'Aiko Sato' });
  });

  it('a contact engaged while the log is full is not marked engaged', async () => {
    const nb = await openTestNotebook();
    const { incident } = await directory(nb);
    fillDisk(mode, ['entries']);
    await expect(setEngaged(nb.ctx, incident.id, 'jp-pref-cyber-desks', true, 'Engaged')).rejects.toMatchObject({ code: 'storage.full' });
    diskFreed();
    expect(await nb.db.engagements.count()).toBe(0);
  });

  it('the old setting stays', async () => {
    const nb = await openTestNotebook();
    await writeSetting(nb.db, 'secondaryZone', 'UTC');
    fillDisk(mode);
    await expect(writeSetting(nb.db, 'secondaryZone', 'Europe/Berlin')).rejects.toMatchObject({ code: 'storage.full' });
    diskFreed();
    expect(await readSetting(nb.db, 'secondaryZone')).toBe('UTC');
  });
});

describe('not every failure is a full disk', () => {
  it('a bad contact, a duplicate template id or a shipped contact to delete keep their own codes while the disk is full', async () => {
    const nb = await openTestNotebook();
    await directory(nb);
    fillDisk('commit');
    await expect(importTemplates(nb.ctx, exportTemplates([ownTemplate('vpn-our-fortigate')]))).rejects.toMatchObject({ code: 'template.badFile' });
    await expect(saveContact(nb.ctx, null, { ...draft('x'), emails: ['not an address'] })).rejects.toMatchObject({ code: 'contact.invalid' });
    await expect(deleteContact(nb.db, 'v-insurer-hotline')).rejects.toMatchObject({ code: 'contact.notOwn' });
  });

  it('recognises the forms a full disk takes: a BulkError of quota failures and Chromium’s failed blob write', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    const bulk = Object.assign(new Error('contacts.bulkAdd(): 2 of 2 operations failed'), { name: 'BulkError', failures: [quota, quota], failuresByPos: { 0: quota, 1: quota } });
    expect(isQuotaError(bulk)).toBe(true);
    const blobs = new DOMException('Failed to write blobs (IOError)', 'DataError');
    expect(isQuotaError(blobs)).toBe(true);
    expect(isQuotaError(Object.assign(new Error('aborted'), { name: 'AbortError', inner: blobs }))).toBe(true);
    // A key error is a DataError too, and not a full disk.
    expect(isQuotaError(new DOMException('Data provided to an operation does not meet requirements.', 'DataError'))).toBe(false);
    expect(isQuotaError(Object.assign(new Error('1 of 2 failed'), { name: 'BulkError', failures: [new DOMException('Key already exists', 'ConstraintError')] }))).toBe(false);
  });
});
