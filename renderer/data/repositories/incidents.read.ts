// Incident reads: the list (open first, most recently changed first) and one incident.
import type { Incident } from '../../../shared/domain/incident';
import type { LanternDB } from '../db';

export async function listIncidents(db: LanternDB): Promise<Incident[]> {
  const all = await db.incidents.orderBy('updatedAt').reverse().toArray();
  return [...all.filter((i) => i.status === 'open'), ...all.filter((i) => i.status !== 'open')];
}

export const getIncident = (db: LanternDB, id: string) => db.incidents.get(id);
