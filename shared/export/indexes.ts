// Lookups the formats share: evidence items with their custody events in chain order,
// and how a contact is named in an export.
import type { Contact } from '../domain/contact';
import type { CustodyEvent, EvidenceItem } from '../domain/evidence';
import { localized } from '../domain/localized';
import type { TimelineSource } from './source';

export interface EvidenceWithCustody {
  item: EvidenceItem;
  custody: CustodyEvent[];
}

/** Items by item number, each with its events by seq. */
export function evidenceIndex(source: TimelineSource): EvidenceWithCustody[] {
  const events = new Map<string, CustodyEvent[]>();
  for (const event of source.custody) {
    const list = events.get(event.itemId);
    if (list) list.push(event);
    else events.set(event.itemId, [event]);
  }
  return [...source.evidence]
    .sort((a, b) => a.itemNumber - b.itemNumber)
    .map((item) => ({ item, custody: (events.get(item.id) ?? []).sort((a, b) => a.seq - b.seq) }));
}

/** The organisation in `language` (else the other), with the person when there is one. */
export function contactLabel(contact: Pick<Contact, 'organization' | 'person'>, language: string): string {
  const organization = contact.organization ? localized(contact.organization, language) : '';
  if (organization && contact.person) return `${organization} (${contact.person})`;
  return organization || contact.person || '';
}
