// Where a verified bundle goes. Always into its own incident: merged when this notebook has it,
// added as that incident when it does not. A bundle of another incident than the open one is
// never merged into the open one; the dialog says so and offers its own incident instead.
import type { Incident } from '../../../shared/domain/incident';

export type ImportPlan =
  /** Merge into the incident this notebook already has (the bundle's own). */
  | { kind: 'merge'; incidentId: string; title: string; elsewhere: boolean }
  /** Add the bundle's incident record, then its contents. */
  | { kind: 'new'; title: string; elsewhere: boolean };

/**
 * `open`: the incident the dialog was opened in (null outside one); `local`: this notebook's
 * record of the bundle's incident, null when absent. `elsewhere`: the bundle is not the open incident's.
 */
export function importPlan(open: Incident | null, bundleIncident: Incident, local: Incident | null): ImportPlan {
  const elsewhere = open !== null && open.id !== bundleIncident.id;
  return local ? { kind: 'merge', incidentId: local.id, title: local.title, elsewhere } : { kind: 'new', title: bundleIncident.title, elsewhere };
}

/** The incident id notebook.importBundle takes: the one to merge into, or null for a new one. */
export const planTarget = (plan: ImportPlan): string | null => (plan.kind === 'merge' ? plan.incidentId : null);
