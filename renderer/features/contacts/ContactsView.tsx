// The contacts directory: the list, or one contact's page. Opened from the top bar (no incident)
// or inside an incident, where contacts can be engaged and communications logged.
import { useState } from 'react';
import type { Incident } from '../../../shared/domain/incident';
import { ContactList } from './ContactList';
import { ContactPage } from './ContactPage';
import { EMPTY_FILTER, type ContactFilter } from './contactFilter';
import './contacts.css';

export interface ContactsViewProps {
  /** null: the directory opened from the top bar, outside any incident. */
  incident: Incident | null;
  /** The contact page to show; null shows the list. */
  contactId: string | null;
  /** Opens a contact's page, or (null) goes back to the list. */
  onOpenContact(id: string | null): void;
}

export function ContactsView({ incident, contactId, onOpenContact }: ContactsViewProps) {
  // Kept here, not in the list, so coming back from a contact finds the same search and the row focused.
  const [filter, setFilter] = useState<ContactFilter>(EMPTY_FILTER);
  const [lastOpened, setLastOpened] = useState<string | null>(null);
  const open = (id: string | null) => {
    if (id) setLastOpened(id);
    onOpenContact(id);
  };
  if (contactId) return <ContactPage incident={incident} contactId={contactId} onOpenContact={open} />;
  return <ContactList incident={incident} filter={filter} onFilter={setFilter} focusId={lastOpened} onOpenContact={open} />;
}
