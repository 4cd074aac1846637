// Checklist reads: an incident's runs, and one run with its items' statuses.
import { itemStatuses, type ChecklistRun, type ItemStatus } from '../../../shared/domain/checklistRun';
import type { LanternDB } from '../db';
import { entriesReferencing } from './systems.read';

export const runsOf = (db: LanternDB, incidentId: string): Promise<ChecklistRun[]> =>
  db.checklistRuns.where('incidentId').equals(incidentId).sortBy('startedAt');

export interface RunWithStatus {
  run: ChecklistRun;
  statuses: Map<string, ItemStatus>;
}

export async function runWithStatus(db: LanternDB, runId: string): Promise<RunWithStatus | null> {
  const run = await db.checklistRuns.get(runId);
  if (!run) return null;
  return { run, statuses: itemStatuses(run.id, await entriesReferencing(db, `checklistRun:${run.id}`)) };
}

/** Every run of an incident with its statuses, from one query over the incident's checklist entries. */
export async function runsWithStatus(db: LanternDB, incidentId: string): Promise<RunWithStatus[]> {
  const runs = await runsOf(db, incidentId);
  const keys = runs.map((run) => `checklistRun:${run.id}`);
  const entries = keys.length ? await db.entries.where('_refKeys').anyOf(keys).toArray() : [];
  return runs.map((run) => ({ run, statuses: itemStatuses(run.id, entries) }));
}
