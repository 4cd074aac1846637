// What the first screen needs, read as the app starts (alongside its language and
// translations) instead of one component after another (profile → incidents → incident
// → entries): the first render then already shows the last incident's newest entries.
import type { Incident } from '../../shared/domain/incident';
import type { ProfileRecord } from './db';
import { appContext, appDb, incidentLogs, journalWriter } from './app';
import { recoverFromJournal, type JournalRecovery } from './journal';
import { getProfile } from './repositories/identity.read';
import { listIncidents } from './repositories/incidents.read';
import { readSetting } from './repositories/settings';

export interface OpeningState {
  profile: ProfileRecord | null;
  incidents: Incident[];
  lastIncidentId: string | null;
  /** What the database had lost and the journal gave back at this start; null: nothing was missing. */
  recovered: JournalRecovery | null;
}

/**
 * Checks the journal against the database (writing back what it lost) while it reads the
 * profile, the incident list and the last incident, whose newest entries are put in memory;
 * reads them again when something was written back.
 */
export async function readOpeningState(): Promise<OpeningState> {
  const recovery = recoverFromJournal(appContext, journalWriter).catch((error: unknown) => {
    // The database is as it was; the journal is checked again at the next start.
    console.error('[journal] the check against the journal failed', error);
    return null;
  });
  const [recovered, state] = await Promise.all([recovery, readState()]);
  return { ...(recovered ? await readState() : state), recovered };
}

async function readState(): Promise<Omit<OpeningState, 'recovered'>> {
  const last = readSetting(appDb, 'lastIncidentId').then(async (id) => {
    // A stale id costs one empty indexed read; the shell then shows the incident list.
    if (id) await incidentLogs.get(id).prefetch();
    return id ?? null;
  });
  const [profile, incidents, lastIncidentId] = await Promise.all([getProfile(appDb), listIncidents(appDb), last]);
  return { profile: profile ?? null, incidents, lastIncidentId };
}
