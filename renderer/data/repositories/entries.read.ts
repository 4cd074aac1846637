// Log reads: an incident's entries for the in-memory timeline, what arrived since
// a row, and the full chain check that names the first bad entry.
import { verifyLog, type LogVerdict } from '../../../shared/crypto/hashChain';
import type { LanternDB, StoredEntry } from '../db';

// IndexedDB orders arrays above every string and number, so `[id, []]` bounds all of an incident's keys.
const ABOVE_ALL: never[] = [];

export function entriesSince(db: LanternDB, incidentId: string, afterRow: number): Promise<StoredEntry[]> {
  return db.entries.where('[incidentId+_row]').between([incidentId, afterRow], [incidentId, ABOVE_ALL], false, true).toArray();
}

export const allEntries = (db: LanternDB, incidentId: string) => entriesSince(db, incidentId, -Infinity);

/** Up to `limit` rows after `afterRow`, in insertion order: the log loads in pages that let the UI breathe. */
export function entriesPage(db: LanternDB, incidentId: string, afterRow: number, limit: number): Promise<StoredEntry[]> {
  return db.entries.where('[incidentId+_row]').between([incidentId, afterRow], [incidentId, ABOVE_ALL], false, true).limit(limit).toArray();
}

/** The `limit` entries with the latest event times: enough for the first screen of the timeline. */
export function newestEntries(db: LanternDB, incidentId: string, limit: number): Promise<StoredEntry[]> {
  return db.entries.where('[incidentId+occurredAt]').between([incidentId, ''], [incidentId, ABOVE_ALL]).reverse().limit(limit).toArray();
}

export interface IncidentVerification extends LogVerdict {
  /** The entry the failure names, when it still exists. */
  failedEntry: StoredEntry | null;
  checkedAt: string;
}

/** Re-hashes every entry of the incident, device by device in chain order, against the stored heads. */
export async function verifyIncidentLog(db: LanternDB, incidentId: string, now = new Date()): Promise<IncidentVerification> {
  const [entries, heads] = await db.transaction('r', db.entries, db.chainHeads, () =>
    Promise.all([
      db.entries.where('[incidentId+deviceId+seq]').between([incidentId], [incidentId, ABOVE_ALL]).toArray(),
      db.chainHeads.where('incidentId').equals(incidentId).toArray(),
    ]),
  );
  const verdict = verifyLog(entries, heads);
  const failedId = verdict.failure?.entryId;
  const failedEntry = failedId ? (entries.find((e) => e.id === failedId) ?? null) : null;
  return { ...verdict, failedEntry, checkedAt: now.toISOString() };
}
