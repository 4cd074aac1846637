// The log worker's copy of one incident's log, so that a timeline export after the opening
// check does not read 100,000 entries from IndexedDB again (seconds) but only what was
// appended since. Entries are append-only and each is given the next `_row` in the
// transaction that writes it, so "what I hold" plus "rows after my last" is the whole log.
// Reads run inside the caller's transaction, so the result is as consistent as a full read.
// A full chain check always reads the database again (reload): the copy held is what passed
// the last check, plus what was appended since; altering a stored entry is found by the next
// full check, never hidden by the copy.
import type { LanternDB, StoredEntry } from './db';
import { entriesSince, type IncidentVerification, type LogReader } from './repositories/entries.read';

export interface LogCache {
  /** The whole log of `incidentId` in `_row` order (a LogReader). The array is never changed afterwards. */
  read: LogReader;
  /** Reads the whole log from the database again and holds that: what a full chain check must see. */
  reload: LogReader;
  /** The last passing check of `incidentId` this worker ran or saw, to continue from. */
  lastCheck(incidentId: string): IncidentVerification | null;
  rememberCheck(incidentId: string, check: IncidentVerification): void;
}

interface Held {
  incidentId: string;
  lastRow: number;
  entries: StoredEntry[];
}

/** Whether the last entry held is still stored under its row (not so after a restore replaced the notebook). */
async function stillStored(db: LanternDB, held: Held): Promise<boolean> {
  const last = held.entries.at(-1);
  if (!last) return false;
  const stored = await db.entries.where('[incidentId+_row]').equals([held.incidentId, held.lastRow]).first();
  return stored?.id === last.id && stored.hash === last.hash;
}

/** Holds one incident (the one last read): a second incident replaces the first. */
export function createLogCache(): LogCache {
  let held: Held | null = null;
  const checks = new Map<string, IncidentVerification>();
  return {
    async read(db: LanternDB, incidentId: string) {
      const base: Held = held?.incidentId === incidentId && (await stillStored(db, held)) ? held : { incidentId, lastRow: -Infinity, entries: [] };
      const fresh = await entriesSince(db, incidentId, base.lastRow);
      // A new array each time: whoever holds the previous one keeps exactly what it read.
      held = fresh.length === 0 ? base : { incidentId, lastRow: fresh.at(-1)!._row, entries: base.entries.concat(fresh) };
      return held.entries;
    },
    async reload(db: LanternDB, incidentId: string) {
      const entries = await entriesSince(db, incidentId, -Infinity);
      held = { incidentId, lastRow: entries.at(-1)?._row ?? -Infinity, entries };
      return entries;
    },
    lastCheck: (incidentId) => checks.get(incidentId) ?? null,
    rememberCheck(incidentId, check) {
      if (check.ok) checks.set(incidentId, check);
      else checks.delete(incidentId);
    },
  };
}
