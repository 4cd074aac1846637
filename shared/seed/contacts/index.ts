// The shipped directory: authorities of Japan, the US, the UK and the EU (reference.md §4.1–4.4)
// and the empty vendor slots (§4.5).
import type { Contact } from '../../domain/contact';
import { EU_CONTACTS } from './europeanUnion';
import { JAPAN_CONTACTS } from './japan';
import { UK_CONTACTS } from './unitedKingdom';
import { US_CONTACTS } from './unitedStates';
import { VENDOR_SLOTS } from './vendorSlots';

export { VENDOR_SLOTS };
export { CHECK_NOW, CHECK_YEARLY } from './build';

export const SEED_CONTACTS: readonly Contact[] = Object.freeze([...JAPAN_CONTACTS, ...US_CONTACTS, ...UK_CONTACTS, ...EU_CONTACTS]);

/** The shipped record with this id (an authority or a vendor slot), if there is one. */
export function seedContact(id: string): Contact | undefined {
  return SEED_CONTACTS.find((contact) => contact.id === id) ?? VENDOR_SLOTS.find((contact) => contact.id === id);
}
