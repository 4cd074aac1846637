// Hooks: how components read the notebook. `undefined` means still loading;
// `null` means there is nothing (no profile yet, no such incident).
import { useState, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { appDb, incidentLogs, journalWriter } from '../app';
import { getDeviceIdentity, getProfile } from '../repositories/identity.read';
import { getIncident, listIncidents } from '../repositories/incidents.read';
import { readSetting, type SettingKey, type SettingValue } from '../repositories/settings';
import type { IncidentLogSnapshot } from '../stores/incidentLog';
import type { ProfileRecord } from '../db';
import type { Incident } from '../../../shared/domain/incident';
import { entriesReferencing, getSystem, systemsOf } from '../repositories/systems.read';
import { runWithStatus, runsWithStatus } from '../repositories/checklists.read';
import { listTemplates } from '../repositories/templates';
import { contactEntries, engagementsOf, getContact, listContacts } from '../repositories/contacts.read';
import { deadlineStateOf } from '../repositories/deadlines.read';
import { custodyOf, custodyOfIncident, evidenceOf, getEvidence, verifyItemCustody } from '../repositories/evidence.read';
import { bundleEstimate } from '../repositories/bundle.read';

/**
 * A live query answers with fresh objects. An answer equal to what is already shown (e.g. the
 * `initial` value read at start, see opening.ts) keeps the shown object, so the screen below
 * does not render again for nothing.
 */
function useKeptIfEqual<T>(value: T): T {
  const [kept, setKept] = useState(value);
  const equal = value === kept || JSON.stringify(value) === JSON.stringify(kept);
  if (!equal) setKept(value);
  return equal ? kept : value;
}

// `initial` (read at start, see opening.ts) is what a hook returns until its first query answers.
export const useProfile = (initial?: ProfileRecord | null) => useKeptIfEqual(useLiveQuery(async () => (await getProfile(appDb)) ?? null, [], initial));

/** Whether main's journal takes every committed entry (renderer/data/journal.ts). */
export const useJournalHealth = () => useSyncExternalStore(journalWriter.subscribe, journalWriter.getHealth);

export const useDeviceIdentity = () => useLiveQuery(async () => (await getDeviceIdentity(appDb)) ?? null, []);

export const useIncidents = (initial?: Incident[]) => useKeptIfEqual(useLiveQuery(() => listIncidents(appDb), [], initial));

export const useIncident = (id: string | null, initial?: Incident | null) =>
  useKeptIfEqual(useLiveQuery(async () => (id ? ((await getIncident(appDb, id)) ?? null) : null), [id], initial));

export function useSetting<K extends SettingKey>(key: K, initial?: SettingValue<K> | null): SettingValue<K> | null | undefined {
  return useKeptIfEqual(useLiveQuery(async () => (await readSetting(appDb, key)) ?? null, [key], initial));
}

export function useIncidentLog(incidentId: string): IncidentLogSnapshot {
  const store = incidentLogs.get(incidentId);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

export const useSystems = (incidentId: string) => useLiveQuery(() => systemsOf(appDb, incidentId), [incidentId]);

export const useSystem = (id: string | null) => useLiveQuery(async () => (id ? ((await getSystem(appDb, id)) ?? null) : null), [id]);

/** Entries referencing `type:id`, e.g. `system:<id>`, oldest first, kept current. */
export const useEntriesReferencing = (refKey: string) => useLiveQuery(() => entriesReferencing(appDb, refKey), [refKey]);

/** Every checklist run of the incident with each item's status, kept current. */
export const useRuns = (incidentId: string) => useLiveQuery(() => runsWithStatus(appDb, incidentId), [incidentId]);

export const useRun = (runId: string | null) => useLiveQuery(async () => (runId ? await runWithStatus(appDb, runId) : null), [runId]);

/** Built-in and own templates. */
export const useTemplates = () => useLiveQuery(() => listTemplates(appDb), []);

/** The whole directory: shipped records (edited ones in their edited form) and own contacts. */
export const useContacts = () => useLiveQuery(() => listContacts(appDb), []);

export const useContact = (id: string | null) => useLiveQuery(async () => (id ? ((await getContact(appDb, id)) ?? null) : null), [id]);

/** Who the incident has engaged (and released). */
export const useEngagements = (incidentId: string) => useLiveQuery(() => engagementsOf(appDb, incidentId), [incidentId]);

/** The incident's entries linked to a contact (its communications, engagement changes), oldest first. */
export const useContactEntries = (incidentId: string, contactId: string) =>
  useLiveQuery(() => contactEntries(appDb, incidentId, contactId), [incidentId, contactId]);

/** Regimes, anchors and met marks of the incident's deadline clocks; null when there is no such incident. */
export const useDeadlineState = (incidentId: string) => useLiveQuery(() => deadlineStateOf(appDb, incidentId), [incidentId]);

/** The incident's evidence items in item-number order. */
export const useEvidence = (incidentId: string) => useLiveQuery(() => evidenceOf(appDb, incidentId), [incidentId]);

export const useEvidenceItem = (id: string | null) => useLiveQuery(async () => (id ? ((await getEvidence(appDb, id)) ?? null) : null), [id]);

/** One item's custody events in chain order, and whether the chain verifies, kept current. */
export const useCustody = (itemId: string) =>
  useLiveQuery(async () => {
    const [events, verdict] = await Promise.all([custodyOf(appDb, itemId), verifyItemCustody(appDb, itemId)]);
    return { events, verdict };
  }, [itemId]);

/** Every custody event of the incident's items, kept current: one query for the whole locker list. */
export const useIncidentCustody = (incidentId: string) => useLiveQuery(() => custodyOfIncident(appDb, incidentId), [incidentId]);

/** Entry count and evidence bytes of the incident: the export dialog's size estimate. */
export const useBundleEstimate = (incidentId: string) => useLiveQuery(() => bundleEstimate(appDb, incidentId), [incidentId]);
