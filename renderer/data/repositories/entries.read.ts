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

/** How a whole log is read: straight from IndexedDB, or through a worker's LogCache. */
export type LogReader = (db: LanternDB, incidentId: string) => Promise<StoredEntry[]>;

/** Each device's entries in chain order (device, then seq), as `[incidentId+deviceId+seq]` lists them. */
function chainOrder(entries: readonly StoredEntry[]): StoredEntry[] {
  return [...entries].sort((a, b) => (a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : a.seq - b.seq));
}

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
  /** When every entry was last re-hashed; later checks covered only new entries. */
  fullCheckAt: string;
}

/**
 * Re-hashes the incident's entries, device by device in chain order, against the
 * stored heads. Given an earlier passing check, only the entries after each
 * device's verified tip are read and checked (what was appended since); the
 * count and anomalies add up, and `fullCheckAt` stays the earlier check's.
 */
export async function verifyIncidentLog(db: LanternDB, incidentId: string, since?: IncidentVerification | null, now = new Date(), readAll?: LogReader): Promise<IncidentVerification> {
  const previous = since?.ok ? since : null;
  const [entries, heads] = await db.transaction('r', db.entries, db.chainHeads, async () => {
    const heads = await db.chainHeads.where('incidentId').equals(incidentId).toArray();
    if (!previous && readAll) return [chainOrder(await readAll(db, incidentId)), heads] as const;
    if (!previous) return [await db.entries.where('[incidentId+deviceId+seq]').between([incidentId], [incidentId, ABOVE_ALL]).toArray(), heads] as const;
    const fresh = await Promise.all(
      heads.map((head) =>
        db.entries
          .where('[incidentId+deviceId+seq]')
          .between([incidentId, head.deviceId, previous.tips[head.deviceId]?.seq ?? 0], [incidentId, head.deviceId, ABOVE_ALL], false, true)
          .toArray(),
      ),
    );
    return [fresh.flat(), heads] as const;
  });
  const verdict = verifyLog(entries, heads, previous?.tips);
  const failedId = verdict.failure?.entryId;
  const failedEntry = failedId ? (entries.find((e) => e.id === failedId) ?? null) : null;
  const checkedAt = now.toISOString();
  if (!previous) return { ...verdict, failedEntry, checkedAt, fullCheckAt: checkedAt };
  return {
    ...verdict,
    entries: previous.entries + verdict.entries,
    clockAnomalies: [...previous.clockAnomalies, ...verdict.clockAnomalies],
    tips: { ...previous.tips, ...verdict.tips },
    failedEntry,
    checkedAt,
    fullCheckAt: previous.fullCheckAt,
  };
}
