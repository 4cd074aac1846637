// The communications with one contact in one incident, read from the log; the contact page shows it.
import type { Incident } from '../../../../shared/domain/incident';
import { useContactEntries, type DirectoryContact } from '../../../data';

export function ContactCommunications({ incident, contact }: { incident: Incident; contact: DirectoryContact }) {
  const entries = useContactEntries(incident.id, contact.id) ?? [];
  const communications = entries.filter((entry) => entry.kind === 'communication').reverse();
  return (
    <ul className="contact-communications">
      {communications.map((entry) => (
        <li key={entry.id}>{entry.text}</li>
      ))}
    </ul>
  );
}
