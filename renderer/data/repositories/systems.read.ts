// Systems board reads, and the entries that reference one system.
import type { LanternDB, StoredEntry } from '../db';
import type { IncidentSystem } from '../../../shared/domain/system';

export const systemsOf = (db: LanternDB, incidentId: string): Promise<IncidentSystem[]> =>
  db.systems.where('incidentId').equals(incidentId).sortBy('name');

export const getSystem = (db: LanternDB, id: string) => db.systems.get(id);

/** Entries referencing `type:id` (a system, a checklist run …), oldest first. */
export async function entriesReferencing(db: LanternDB, refKey: string): Promise<StoredEntry[]> {
  const entries = await db.entries.where('_refKeys').equals(refKey).toArray();
  return entries.sort((a, b) => (a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : a._row - b._row));
}
