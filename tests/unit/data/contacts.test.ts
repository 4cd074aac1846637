// The directory: shipped records edited and restored, own contacts, all-or-nothing imports,
// engagement per incident and communications written as linked, chained log entries.
import { describe, expect, it } from 'vitest';
import type { ContactDraft } from '../../../shared/domain/contact';
import { seedContact } from '../../../shared/seed/contacts';
import { contactEntries, engagementsOf, getContact, listContacts } from '../../../renderer/data/repositories/contacts.read';
import {
  deleteContact,
  importContacts,
  logCommunication,
  restoreContact,
  saveContact,
  setEngaged,
} from '../../../renderer/data/repositories/contacts.write';
import { allEntries, verifyIncidentLog } from '../../../renderer/data/repositories/entries.read';
import { newIncident, openTestNotebook } from './fixtures';

const draft = (overrides: Partial<ContactDraft> = {}): ContactDraft => ({
  category: 'counsel',
  country: 'JP',
  organization: { en: 'Example Law Office', ja: '例示法律事務所' },
  person: 'Ken Mori',
  role: 'Partner',
  phones: [{ number: '+81-90-0000-0000', label: 'personal mobile', available24x7: true, outOfBand: true }],
  emails: ['mori@example.jp'],
  web: [],
  references: [{ label: 'Engagement', value: 'EL-2026-7' }],
  notes: { en: '', ja: '' },
  lastVerified: '2026-11-01',
  ...overrides,
});

describe('directory', () => {
  it('lists every shipped record and vendor slot, then own contacts', async () => {
    const nb = await openTestNotebook();
    const own = await saveContact(nb.ctx, null, draft());
    const contacts = await listContacts(nb.db);
    expect(contacts.find((c) => c.id === 'jp-110')).toMatchObject({ kind: 'seed', edited: false });
    expect(contacts.find((c) => c.id === 'v-ir-retainer')).toMatchObject({ kind: 'seed', edited: false });
    expect(contacts.at(-1)).toMatchObject({ id: own.id, kind: 'own', person: 'Ken Mori', updatedAt: '2026-11-23T01:00:00.000Z' });
  });

  it('keeps an edited shipped record beside the original and restores the original', async () => {
    const nb = await openTestNotebook();
    const original = seedContact('v-insurer-hotline')!;
    await saveContact(nb.ctx, 'v-insurer-hotline', draft({ category: 'insurer-hotline', organization: { en: 'Acme Insurance', ja: 'アクメ損保' }, references: [{ label: 'Policy', value: 'CY-123' }] }));
    const edited = await getContact(nb.db, 'v-insurer-hotline');
    expect(edited).toMatchObject({ kind: 'seed', edited: true, organization: { en: 'Acme Insurance' }, sources: original.sources, checkBy: original.checkBy });
    await restoreContact(nb.db, 'v-insurer-hotline');
    expect(await getContact(nb.db, 'v-insurer-hotline')).toEqual({ ...original, edited: false, updatedAt: null });
  });

  it('refuses a bad contact and changes nothing', async () => {
    const nb = await openTestNotebook();
    await expect(saveContact(nb.ctx, null, draft({ phones: [{ number: 'call me', label: null, available24x7: false, outOfBand: false }] }))).rejects.toMatchObject({ code: 'contact.invalid' });
    await expect(saveContact(nb.ctx, null, draft({ organization: null, person: null }))).rejects.toMatchObject({ code: 'contact.invalid' });
    await expect(saveContact(nb.ctx, 'jp-does-not-exist', draft())).rejects.toMatchObject({ code: 'contact.missing' });
    expect(await nb.db.contacts.count()).toBe(0);
  });

  it('deletes own contacts only', async () => {
    const nb = await openTestNotebook();
    const own = await saveContact(nb.ctx, null, draft());
    await saveContact(nb.ctx, 'jp-110', { ...draft(), category: 'police', person: null, organization: { en: 'Police', ja: '警察' } });
    await expect(deleteContact(nb.db, 'jp-110')).rejects.toMatchObject({ code: 'contact.notOwn' });
    await deleteContact(nb.db, own.id);
    expect((await nb.db.contacts.toArray()).map((c) => c.id)).toEqual(['jp-110']);
  });

  it('imports all confirmed contacts or none', async () => {
    const nb = await openTestNotebook();
    await expect(importContacts(nb.ctx, [draft(), draft({ emails: ['not-an-address'] })])).rejects.toMatchObject({ code: 'contact.invalid' });
    expect(await nb.db.contacts.count()).toBe(0);
    await expect(importContacts(nb.ctx, [])).rejects.toMatchObject({ code: 'contact.importEmpty' });
    const added = await importContacts(nb.ctx, [draft(), draft({ person: 'Yui Ito' })]);
    expect(added.map((c) => c.kind)).toEqual(['own', 'own']);
    expect(await nb.db.contacts.count()).toBe(2);
  });
});

describe('contacts in an incident', () => {
  it('engages and releases a contact with a chained contact entry each, and refuses a repeat', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    await setEngaged(nb.ctx, incident.id, 'jp-pref-cyber-desks', true, 'Engaged: prefectural police cyber desk');
    await expect(setEngaged(nb.ctx, incident.id, 'jp-pref-cyber-desks', true, 'again')).rejects.toMatchObject({ code: 'contact.engagementUnchanged' });
    await setEngaged(nb.ctx, incident.id, 'jp-pref-cyber-desks', false, 'Released');
    expect(await engagementsOf(nb.db, incident.id)).toEqual([{ incidentId: incident.id, contactId: 'jp-pref-cyber-desks', engaged: false, changedAt: '2026-11-23T01:00:00.000Z' }]);
    const entries = await contactEntries(nb.db, incident.id, 'jp-pref-cyber-desks');
    expect(entries.map((e) => [e.kind, e.text, (e.data as { contact: { action: string } }).contact.action])).toEqual([
      ['contact', 'Engaged: prefectural police cyber desk', 'engaged'],
      ['contact', 'Released', 'released'],
    ]);
    await expect(setEngaged(nb.ctx, incident.id, 'nobody', true, 'x')).rejects.toMatchObject({ code: 'contact.missing' });
  });

  it('logs a communication as a communication entry linked to the contact, in this incident only', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    const other = await newIncident(nb, 'Other');
    const details = { contactId: 'jp-pref-cyber-desks', contactName: '都道府県警察 サイバー犯罪相談窓口', channel: 'call', direction: 'outbound', via: '03-0000-0000', outcome: '被害届の受理', reference: '2026-0412', followUp: '明日10時に再連絡' } as const;
    const entry = await logCommunication(nb.ctx, { incidentId: incident.id, details, occurredAt: '2026-11-23T00:50:00.000Z', occurredZone: 'Asia/Tokyo', occurredPrecision: 'minute', text: '電話（発信）：受理番号 2026-0412' });
    expect(entry).toMatchObject({ kind: 'communication', refs: [{ type: 'contact', id: 'jp-pref-cyber-desks' }], data: { communication: details } });
    expect((await contactEntries(nb.db, incident.id, 'jp-pref-cyber-desks')).map((e) => e.id)).toEqual([entry.id]);
    expect(await contactEntries(nb.db, other.id, 'jp-pref-cyber-desks')).toEqual([]);
    expect(await verifyIncidentLog(nb.db, incident.id)).toMatchObject({ ok: true });
  });

  it('refuses a communication with a bad channel or an unknown contact and writes nothing', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    const base = { incidentId: incident.id, occurredAt: '2026-11-23T00:50:00.000Z', occurredZone: 'Asia/Tokyo', occurredPrecision: 'minute' as const, text: 'x' };
    const details = { contactId: 'jp-110', contactName: 'Police', channel: 'call', direction: 'outbound', via: '', outcome: '', reference: '', followUp: '' } as const;
    await expect(logCommunication(nb.ctx, { ...base, details: { ...details, channel: 'fax' as never } })).rejects.toMatchObject({ code: 'communication.invalid' });
    await expect(logCommunication(nb.ctx, { ...base, details: { ...details, contactId: 'nobody' } })).rejects.toMatchObject({ code: 'contact.missing' });
    expect(await allEntries(nb.db, incident.id)).toEqual([]);
  });
});
