// Builders for shipped contact records, so each country file reads like its table in reference.md §4.
import type { Contact, ContactCategory, ContactCountry, Phone } from '../../domain/contact';

/** "Check before use" at once: the reference marks the record [verify] or outdated. */
export const CHECK_NOW = '2026-01-01';
/** Sourced records: re-check at the next yearly review of the dataset. */
export const CHECK_YEARLY = '2027-06-30';

export interface SeedInput {
  id: string;
  category: ContactCategory;
  country: ContactCountry | null;
  en: string;
  ja: string;
  phones?: Phone[];
  emails?: string[];
  web?: string[];
  notes?: string;
  notesJa?: string;
  sources: string[];
  seen?: string;
  checkBy: string | null;
}

export const seed = (input: SeedInput): Contact => ({
  id: input.id,
  kind: 'seed',
  category: input.category,
  country: input.country,
  organization: { en: input.en, ja: input.ja },
  person: null,
  role: null,
  phones: input.phones ?? [],
  emails: input.emails ?? [],
  web: input.web ?? [],
  references: [],
  notes: { en: input.notes ?? '', ja: input.notesJa ?? '' },
  sources: input.sources,
  sourceSeen: input.seen ?? null,
  checkBy: input.checkBy,
  lastVerified: null,
});

export const phone = (number: string, label: string | null = null, available24x7 = false): Phone => ({
  number,
  label,
  available24x7,
  outOfBand: false,
});
