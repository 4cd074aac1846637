// Contact files for the responder's disk: which contacts go in, in which format, under which
// name (written by lib/download).
import { serializeVCards } from '../../../shared/contacts';
import type { DirectoryContact } from '../../data';
import { serializeContactsCsv } from './csv';
import { isEmptySlot } from './contactNames';

export type ExportFormat = 'vcard' | 'csv';
export type ExportScope = 'mine' | 'all';

/**
 * Which contacts go into an export. "mine" (the default) is what only this notebook knows: the
 * responder's own contacts and the shipped records they edited or filled in. Unedited shipped
 * records come with every copy of Lantern, and an import always adds own contacts, so exporting
 * them too would duplicate the directory on the laptop that imports it. "all" is for the go-bag
 * phone or a spare laptop without Lantern: every record with a way to reach it (empty slots left out).
 */
export function contactsToExport(contacts: readonly DirectoryContact[], scope: ExportScope): DirectoryContact[] {
  if (scope === 'all') return contacts.filter((contact) => !isEmptySlot(contact));
  return contacts.filter((contact) => contact.kind === 'own' || contact.edited);
}

export const exportFileName = (format: ExportFormat, day: string): string => `lantern-contacts-${day}.${format === 'vcard' ? 'vcf' : 'csv'}`;

export function exportText(contacts: readonly DirectoryContact[], format: ExportFormat): string {
  return format === 'vcard' ? serializeVCards(contacts) : serializeContactsCsv(contacts);
}

export const MIME: Record<ExportFormat, string> = { vcard: 'text/vcard;charset=utf-8', csv: 'text/csv;charset=utf-8' };
