// Directory reads: the shipped records (edited ones replaced by their stored version) and the
// responder's own contacts; per incident, the engaged parties and the communications logged.
import type { LanternDB, EngagementRecord, StoredEntry } from '../db';
import type { Contact } from '../../../shared/domain/contact';
import { SEED_CONTACTS, VENDOR_SLOTS, seedContact } from '../../../shared/seed/contacts';
import { entriesReferencing } from './systems.read';

/** A contact as the directory shows it; `edited`: a shipped record the responder changed. */
export interface DirectoryContact extends Contact {
  edited: boolean;
  updatedAt: string | null;
}

const shipped = (contact: Contact): DirectoryContact => ({ ...contact, edited: false, updatedAt: null });

/** Every contact: authorities, vendor slots (filled or not), then own contacts. */
export async function listContacts(db: LanternDB): Promise<DirectoryContact[]> {
  const stored = await db.contacts.toArray();
  const byId = new Map(stored.map((contact) => [contact.id, contact]));
  const seeds = [...SEED_CONTACTS, ...VENDOR_SLOTS].map((contact) => {
    const edit = byId.get(contact.id);
    return edit ? { ...edit, edited: true } : shipped(contact);
  });
  const own = stored.filter((contact) => contact.kind === 'own').map((contact) => ({ ...contact, edited: false }));
  return [...seeds, ...own];
}

export async function getContact(db: LanternDB, id: string): Promise<DirectoryContact | undefined> {
  const stored = await db.contacts.get(id);
  if (stored) return { ...stored, edited: stored.kind === 'seed' };
  const original = seedContact(id);
  return original ? shipped(original) : undefined;
}

/** Every engagement record of the incident (released ones have `engaged: false`). */
export const engagementsOf = (db: LanternDB, incidentId: string): Promise<EngagementRecord[]> =>
  db.engagements.where('incidentId').equals(incidentId).toArray();

/** The incident's entries linked to the contact (communications, engagement changes), oldest first. */
export async function contactEntries(db: LanternDB, incidentId: string, contactId: string): Promise<StoredEntry[]> {
  return (await entriesReferencing(db, `contact:${contactId}`)).filter((entry) => entry.incidentId === incidentId);
}
