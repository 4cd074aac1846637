// Shared set-up for the contacts directory tests: the view rendered as the app wires it (the
// contact page shown follows onOpenContact), and the rows of the list.
import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import type { Incident } from '../../../shared/domain/incident';
import { ContactsView } from '../../../renderer/features/contacts/ContactsView';

function Directory({ incident, initialId, onOpen }: { incident: Incident | null; initialId: string | null; onOpen?(id: string | null): void }) {
  const [contactId, setContactId] = useState(initialId);
  return (
    <ContactsView
      incident={incident}
      contactId={contactId}
      onOpenContact={(id) => {
        onOpen?.(id);
        setContactId(id);
      }}
    />
  );
}

export const renderDirectory = (incident: Incident | null = null, initialId: string | null = null, onOpen?: (id: string | null) => void) =>
  render(<Directory incident={incident} initialId={initialId} onOpen={onOpen} />);

/** The rows (one button each) of a list section such as "Authorities", once loaded. */
export async function sectionRows(name: string): Promise<HTMLElement[]> {
  const section = await screen.findByRole('region', { name });
  return within(section).getAllByRole('button');
}

/** Every row button in the list. */
export const allRows = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>('.contact-row')];
