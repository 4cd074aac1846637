// A system's details as the form edits them (lists as typed text) and as the
// repository stores them; plus which fields an edit changed.
import type { CRITICALITIES, IncidentSystem, SYSTEM_TYPES, SystemDetails } from '../../../shared/domain/system';
import { splitTags } from '../../lib/tags';

export type SystemType = (typeof SYSTEM_TYPES)[number];
export type Criticality = (typeof CRITICALITIES)[number];

export interface SystemDraft {
  name: string;
  type: SystemType;
  /** Comma- or space-separated, as typed. */
  addresses: string;
  owner: string;
  location: string;
  criticality: Criticality;
  /** Comma- or space-separated, as typed. */
  tags: string;
  notes: string;
}

export const emptyDraft = (): SystemDraft => ({
  name: '', type: 'host', addresses: '', owner: '', location: '', criticality: 'medium', tags: '', notes: '',
});

/** "10.0.0.5, 10.0.0.6 fs01.corp" → three addresses; duplicates once. */
export function splitAddresses(input: string): string[] {
  const parts = input.split(/[\s,;、，]+/u).map((part) => part.trim()).filter(Boolean);
  return [...new Set(parts)];
}

export const detailsOf = (draft: SystemDraft): SystemDetails => ({
  name: draft.name.trim(),
  type: draft.type,
  addresses: splitAddresses(draft.addresses),
  owner: draft.owner.trim(),
  location: draft.location.trim(),
  criticality: draft.criticality,
  notes: draft.notes.trim(),
  tags: splitTags(draft.tags),
});

export const detailsOfSystem = (system: IncidentSystem): SystemDetails => ({
  name: system.name,
  type: system.type,
  addresses: system.addresses,
  owner: system.owner,
  location: system.location,
  criticality: system.criticality,
  notes: system.notes,
  tags: system.tags,
});

export const draftOf = (details: SystemDetails): SystemDraft => ({
  ...details,
  addresses: details.addresses.join(', '),
  tags: details.tags.join(' '),
});

export const DETAIL_FIELDS = ['name', 'type', 'addresses', 'owner', 'location', 'criticality', 'tags', 'notes'] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];

export function changedFields(before: SystemDetails, after: SystemDetails): DetailField[] {
  const same = (a: string | readonly string[], b: string | readonly string[]) => (Array.isArray(a) && Array.isArray(b) ? a.join('\n') === b.join('\n') : a === b);
  return DETAIL_FIELDS.filter((field) => !same(before[field], after[field]));
}
