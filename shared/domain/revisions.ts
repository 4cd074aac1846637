// Amendments and retractions: the only way to change what the log says.
// An entry with `revision: null` is an original; amendments carry a complete new
// version of it; a retraction withdraws it while keeping every version visible.
import type { LogEntry } from './logEntry';

export interface EntryThread {
  original: LogEntry;
  /** Amendments, oldest first (by recorded time, then id). */
  amendments: LogEntry[];
  retraction: LogEntry | null;
  /** What the timeline shows: the latest amendment, or the original. */
  current: LogEntry;
}

const byRecorded = (a: LogEntry, b: LogEntry) =>
  a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Groups entries into threads, one per original. Revisions whose original is missing are returned apart. */
export function buildThreads(entries: readonly LogEntry[]): { threads: EntryThread[]; orphans: LogEntry[] } {
  const threads = new Map<string, EntryThread>();
  for (const entry of entries) {
    if (!entry.revision) threads.set(entry.id, { original: entry, amendments: [], retraction: null, current: entry });
  }
  const orphans: LogEntry[] = [];
  for (const entry of entries) {
    if (!entry.revision) continue;
    const thread = threads.get(entry.revision.targetId);
    if (!thread) orphans.push(entry);
    else if (entry.revision.action === 'amend') thread.amendments.push(entry);
    else if (!thread.retraction || byRecorded(entry, thread.retraction) < 0) thread.retraction = entry;
  }
  for (const thread of threads.values()) {
    if (thread.amendments.length > 0) {
      thread.amendments.sort(byRecorded);
      thread.current = thread.amendments.at(-1)!;
    }
  }
  return { threads: [...threads.values()], orphans };
}

export type RevisionRefusal =
  | 'revision.targetMissing'
  | 'revision.targetNotOriginal'
  | 'revision.otherIncident'
  | 'revision.targetRetracted'
  | 'revision.reasonRequired'
  | 'revision.noChange'
  | 'revision.stateEntry';

/**
 * Kinds whose entries record checklist, containment, engagement, deadline and custody state:
 * that state changes through a new action of its feature, never a correction.
 */
export const STATE_ENTRY_KINDS: ReadonlySet<string> = new Set(['checklist', 'system', 'contact', 'deadline', 'evidence']);

export interface AmendmentDraft {
  reason: string;
  text: string;
  body: unknown;
  occurredAt: string;
  occurredZone: string;
  occurredPrecision: string;
  tags: readonly string[];
}

/** Why a revision of `target` may not be written, or null when it may. */
export function checkRevision(
  incidentId: string,
  target: LogEntry | undefined,
  retracted: boolean,
  reason: string,
): RevisionRefusal | null {
  if (!target) return 'revision.targetMissing';
  if (target.revision) return 'revision.targetNotOriginal';
  if (STATE_ENTRY_KINDS.has(target.kind)) return 'revision.stateEntry';
  if (target.incidentId !== incidentId) return 'revision.otherIncident';
  if (retracted) return 'revision.targetRetracted';
  if (reason.trim().length === 0) return 'revision.reasonRequired';
  return null;
}

/** An amendment must change the body, the event time or the tags of the current version. */
export function amendmentChangesSomething(current: LogEntry, draft: AmendmentDraft): boolean {
  return (
    JSON.stringify(current.body) !== JSON.stringify(draft.body) ||
    current.text !== draft.text ||
    current.occurredAt !== draft.occurredAt ||
    current.occurredZone !== draft.occurredZone ||
    current.occurredPrecision !== draft.occurredPrecision ||
    current.tags.join('\u0000') !== [...draft.tags].join('\u0000')
  );
}
