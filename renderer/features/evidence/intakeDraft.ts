// The intake form's state: per file a description and type, and the custody form's
// collection fields, either shared by every file or kept per file. Turned into what
// notebook.addEvidence takes when the responder confirms.
import type { EvidenceDescription, EvidenceType } from '../../../shared/domain/evidence';
import { isWallValid, resolveEventTime, type EventTimeValue } from '../../components/EventTimeField';
import { toWallInput } from '../../lib/time';

export interface CollectionDraft {
  /** '' = not from a system on the board. */
  sourceSystemId: string;
  collectedByName: string;
  collectedByRole: string;
  collectedAt: EventTimeValue;
  method: string;
  toolVersion: string;
  location: string;
  reason: string;
}

export interface FileDraft {
  description: string;
  type: EvidenceType | '';
  collection: CollectionDraft;
}

export interface IntakeDraft {
  files: FileDraft[];
  /** Several files: one set of collection fields for all of them. */
  sameForAll: boolean;
  shared: CollectionDraft;
}

export type DraftProblem = 'description' | 'type' | 'collectedBy' | 'collectedAt' | 'method';

export function newCollection(person: { name: string; role: string } | null, zone: string, now: Date): CollectionDraft {
  return {
    sourceSystemId: '',
    collectedByName: person?.name ?? '',
    collectedByRole: person?.role ?? '',
    collectedAt: { mode: 'now', wall: toWallInput(now.toISOString(), zone), zone, precision: 'minute' },
    method: '',
    toolVersion: '',
    location: '',
    reason: '',
  };
}

/** The description starts empty on purpose: a file name says nothing about where the item came from. */
export function newDraft(fileCount: number, collection: CollectionDraft): IntakeDraft {
  // One file has its own fields; several share theirs until the responder says otherwise.
  return { files: Array.from({ length: fileCount }, () => ({ description: '', type: '', collection })), sameForAll: fileCount > 1, shared: collection };
}

export const collectionFor = (draft: IntakeDraft, index: number): CollectionDraft => (draft.sameForAll ? draft.shared : draft.files[index]!.collection);

export function collectionProblems(collection: CollectionDraft): Set<DraftProblem> {
  const problems = new Set<DraftProblem>();
  if (!collection.collectedByName.trim()) problems.add('collectedBy');
  if (!isWallValid(collection.collectedAt)) problems.add('collectedAt');
  if (!collection.method.trim()) problems.add('method');
  return problems;
}

export function fileProblems(file: FileDraft): Set<DraftProblem> {
  const problems = new Set<DraftProblem>();
  if (!file.description.trim()) problems.add('description');
  if (!file.type) problems.add('type');
  return problems;
}

export function draftIsComplete(draft: IntakeDraft): boolean {
  const collections = draft.sameForAll ? [draft.shared] : draft.files.map((f) => f.collection);
  return draft.files.every((f) => fileProblems(f).size === 0) && collections.every((c) => collectionProblems(c).size === 0);
}

export interface IntakePlan {
  description: EvidenceDescription;
  collection: { location: string; reason: string };
}

/** "Now" means the moment the responder confirmed, not when a long hash finishes. */
export function planFor(file: FileDraft, collection: CollectionDraft, now: Date): IntakePlan {
  const time = resolveEventTime(collection.collectedAt, now);
  return {
    description: {
      description: file.description.trim(),
      type: file.type as EvidenceType,
      sourceSystemId: collection.sourceSystemId || null,
      collectedBy: { name: collection.collectedByName.trim(), role: collection.collectedByRole.trim() || null },
      collectedAt: time.occurredAt,
      collectedZone: time.occurredZone,
      method: collection.method.trim(),
      toolVersion: collection.toolVersion.trim(),
    },
    collection: { location: collection.location.trim(), reason: collection.reason.trim() },
  };
}
