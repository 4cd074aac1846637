// Directory writes. Contacts belong to the device, not to an incident, so changing one writes no
// log entry; engaging a contact in an incident and logging a communication with it do.
// A full disk refuses a write as storage.full (storageFull.ts) and stores nothing of it.
import { ContactDraftSchema, ContactSchema, type Contact, type ContactDraft } from '../../../shared/domain/contact';
import { CommunicationDetailsSchema, type CommunicationDetails } from '../../../shared/domain/communication';
import type { LogEntry } from '../../../shared/domain/logEntry';
import { seedContact } from '../../../shared/seed/contacts';
import { CodedError } from '../../../shared/result';
import { validated } from './validated';
import type { DataContext } from '../context';
import type { LanternDB, StoredContact } from '../db';
import { appendInTransaction, changeEntry, logTables, type EventTime } from './entries.write';
import { storageChecked } from './storageFull';

const checkedDraft = (draft: ContactDraft): ContactDraft => validated(ContactDraftSchema.safeParse(draft), 'contact.invalid');
const checkedContact = (contact: Contact): Contact => validated(ContactSchema.safeParse(contact), 'contact.invalid');

/**
 * Saves a contact: `id` null adds one of the responder's own; an own id changes it; a shipped id
 * stores the edited copy beside the original, which `restoreContact` brings back.
 */
export async function saveContact(ctx: DataContext, id: string | null, draft: ContactDraft): Promise<StoredContact> {
  const fields = checkedDraft(draft);
  const { db } = ctx;
  const updatedAt = ctx.now().toISOString();
  return storageChecked(() =>
    db.transaction('rw', db.contacts, async () => {
      let contact: Contact;
      if (id === null) {
        contact = { ...fields, id: ctx.newId(), kind: 'own', sources: [], sourceSeen: null, checkBy: null };
      } else {
        const original = seedContact(id);
        const current = (await db.contacts.get(id)) ?? original;
        if (!current) throw new CodedError('contact.missing', `no contact ${id}`);
        contact = { ...fields, id, kind: current.kind, sources: current.sources, sourceSeen: current.sourceSeen, checkBy: current.checkBy };
      }
      const stored: StoredContact = { ...checkedContact(contact), updatedAt };
      await db.contacts.put(stored);
      return stored;
    }),
  );
}

/** Brings back the shipped version of an edited record. */
export async function restoreContact(db: LanternDB, id: string): Promise<void> {
  if (!seedContact(id)) throw new CodedError('contact.notShipped', `${id} is not a shipped record`);
  await storageChecked(() => db.contacts.delete(id));
}

/** Deletes one of the responder's own contacts. Entries that mention it keep its name. */
export async function deleteContact(db: LanternDB, id: string): Promise<void> {
  await storageChecked(() =>
    db.transaction('rw', db.contacts, async () => {
      const contact = await db.contacts.get(id);
      if (!contact) throw new CodedError('contact.missing', `no contact ${id}`);
      if (contact.kind !== 'own') throw new CodedError('contact.notOwn', 'a shipped record can be restored, not deleted');
      await db.contacts.delete(id);
    }),
  );
}

/** Adds the confirmed contacts of an import as own contacts: every one is checked first, then all or none are written. */
export async function importContacts(ctx: DataContext, drafts: readonly ContactDraft[]): Promise<StoredContact[]> {
  if (drafts.length === 0) throw new CodedError('contact.importEmpty', 'nothing to import');
  const updatedAt = ctx.now().toISOString();
  const contacts: StoredContact[] = drafts.map((draft) => ({
    ...checkedContact({ ...checkedDraft(draft), id: ctx.newId(), kind: 'own', sources: [], sourceSeen: null, checkBy: null }),
    updatedAt,
  }));
  await storageChecked(() => ctx.db.transaction('rw', ctx.db.contacts, () => ctx.db.contacts.bulkAdd(contacts)));
  return contacts;
}

async function requireContact(db: LanternDB, contactId: string): Promise<void> {
  if (!(await db.contacts.get(contactId)) && !seedContact(contactId)) throw new CodedError('contact.missing', `no contact ${contactId}`);
}

/** Marks a contact as engaged in the incident (or released), with a `contact` entry saying so. */
export async function setEngaged(ctx: DataContext, incidentId: string, contactId: string, engaged: boolean, text: string): Promise<void> {
  const { db } = ctx;
  await storageChecked(() =>
    db.transaction('rw', [db.incidents, db.contacts, db.engagements, ...logTables(db)], async () => {
      if (!(await db.incidents.get(incidentId))) throw new CodedError('incident.missing', `no incident ${incidentId}`);
      await requireContact(db, contactId);
      const current = await db.engagements.get([incidentId, contactId]);
      if ((current?.engaged ?? false) === engaged) throw new CodedError('contact.engagementUnchanged', `already ${engaged ? 'engaged' : 'not engaged'}`);
      await db.engagements.put({ incidentId, contactId, engaged, changedAt: ctx.now().toISOString() });
      await appendInTransaction(ctx, [
        changeEntry(ctx, { incidentId, kind: 'contact', text, refs: [{ type: 'contact', id: contactId }], data: { contact: { contactId, action: engaged ? 'engaged' : 'released' } } }),
      ]);
    }),
  );
}

export interface CommunicationInput extends EventTime {
  incidentId: string;
  details: CommunicationDetails;
  /** The entry's text in the UI language: "Call to Tokyo MPD cyber desk — receipt 2025-0412". */
  text: string;
  tags?: readonly string[];
}

/** Logs a call, e-mail, meeting or message as a `communication` entry linked to the contact. */
export async function logCommunication(ctx: DataContext, input: CommunicationInput): Promise<LogEntry> {
  const details = validated(CommunicationDetailsSchema.safeParse(input.details), 'communication.invalid');
  const { db } = ctx;
  return storageChecked(() =>
    db.transaction('rw', [db.incidents, db.contacts, ...logTables(db)], async () => {
      if (!(await db.incidents.get(input.incidentId))) throw new CodedError('incident.missing', `no incident ${input.incidentId}`);
      await requireContact(db, details.contactId);
      const [entry] = await appendInTransaction(ctx, [
        {
          incidentId: input.incidentId,
          kind: 'communication',
          occurredAt: input.occurredAt,
          occurredZone: input.occurredZone,
          occurredPrecision: input.occurredPrecision,
          body: null,
          text: input.text,
          tags: [...(input.tags ?? [])],
          refs: [{ type: 'contact', id: details.contactId }],
          data: { communication: details },
        },
      ]);
      return entry!;
    }),
  );
}
