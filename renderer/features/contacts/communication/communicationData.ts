// Reading the communication a log entry records, for the contact page and the timeline.
// Pure functions with no hooks: timeline rows call them while scrolling.
import {
  COMMUNICATION_CHANNELS,
  COMMUNICATION_DIRECTIONS,
  type CommunicationDetails,
} from '../../../../shared/domain/communication';
import type { LogEntry } from '../../../../shared/domain/logEntry';
import type { EntryThread } from '../../../../shared/domain/revisions';

const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * The `data.communication` of a communication entry, or null when there is none. A light shape
 * check rather than the zod schema: the entry was validated when written, and rows render often.
 */
export function communicationOf(entry: LogEntry): CommunicationDetails | null {
  if (entry.kind !== 'communication') return null;
  const value = entry.data?.communication;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const c = value as Record<string, unknown>;
  const fields = [c.contactId, c.contactName, c.via, c.outcome, c.reference, c.followUp];
  if (!fields.every(isText)) return null;
  if (!(COMMUNICATION_CHANNELS as readonly unknown[]).includes(c.channel)) return null;
  if (!(COMMUNICATION_DIRECTIONS as readonly unknown[]).includes(c.direction)) return null;
  return value as unknown as CommunicationDetails;
}

/**
 * Whether the structured reference number still holds for the thread. A correction rewrites the
 * entry's text but carries the original `data` along, so once corrected the reference is shown
 * only while the corrected text still contains it: a chip must never show a superseded number.
 */
export function referenceStands(thread: EntryThread, details: CommunicationDetails): boolean {
  if (!details.reference) return false;
  return thread.amendments.length === 0 || thread.current.text.includes(details.reference);
}

/** Newest event first; equal event times by recording order, newest first. */
export const byEventTimeDescending = (a: EntryThread, b: EntryThread): number =>
  b.current.occurredAt.localeCompare(a.current.occurredAt) || b.original.recordedAt.localeCompare(a.original.recordedAt);
