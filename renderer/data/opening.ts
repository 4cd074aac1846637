// What the first screen needs, read as the app starts (alongside its language and
// translations) instead of one component after another (profile → incidents → incident
// → entries): the first render then already shows the last incident's newest entries.
import type { Incident } from '../../shared/domain/incident';
import type { ProfileRecord } from './db';
import { appDb, incidentLogs } from './app';
import { getProfile } from './repositories/identity.read';
import { listIncidents } from './repositories/incidents.read';
import { readSetting } from './repositories/settings';

export interface OpeningState {
  profile: ProfileRecord | null;
  incidents: Incident[];
  lastIncidentId: string | null;
}

/** Reads the profile, the incident list and the last incident, whose newest entries are put in memory. */
export async function readOpeningState(): Promise<OpeningState> {
  const last = readSetting(appDb, 'lastIncidentId').then(async (id) => {
    // A stale id costs one empty indexed read; the shell then shows the incident list.
    if (id) await incidentLogs.get(id).prefetch();
    return id ?? null;
  });
  const [profile, incidents, lastIncidentId] = await Promise.all([getProfile(appDb), listIncidents(appDb), last]);
  return { profile: profile ?? null, incidents, lastIncidentId };
}
