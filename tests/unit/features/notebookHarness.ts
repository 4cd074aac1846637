// Component tests run against the app's real database (fake-indexeddb) and real
// i18n: each test starts from an empty notebook, in English.
import { cleanup } from '@testing-library/react';
import type { Incident } from '../../../shared/domain/incident';
import type { SystemDetails } from '../../../shared/domain/system';
import { appDb } from '../../../renderer/data/app';
import { notebook } from '../../../renderer/data';
import { getIncident } from '../../../renderer/data/repositories/incidents.read';
import { initI18n } from '../../../renderer/i18n';

export async function freshNotebook(): Promise<void> {
  await appDb.delete();
  await appDb.open();
  await initI18n('en');
  document.documentElement.lang = 'en';
}

/** Unmount first, so no live query outlives its test or watches the next one's database. */
export function tearDown(): void {
  cleanup();
}

export const withResponder = () => notebook.saveProfile({ name: 'Aiko Sato', role: 'Scribe', organization: 'Example KK' });

export type IncidentInput = Parameters<typeof notebook.createIncident>[0];

/** The incident most tests work in, as stored (what a view is given): Tokyo, high severity, no anchors. */
export async function openIncident(overrides: Partial<IncidentInput> = {}): Promise<Incident> {
  const { id } = await notebook.createIncident({ title: 'Ransomware at Tokyo DC', code: 'IR-2026-014', severity: 'high', timeZone: 'Asia/Tokyo', anchors: [], ...overrides });
  return (await getIncident(appDb, id))!;
}

/** An empty notebook with the responder's profile saved, as after onboarding. */
export async function freshResponder(): Promise<void> {
  await freshNotebook();
  await withResponder();
}

/** The usual start: an empty notebook, the responder's profile, and one open incident. */
export async function freshIncident(overrides: Partial<IncidentInput> = {}): Promise<Incident> {
  await freshResponder();
  return openIncident(overrides);
}

/** Adds one system to the incident's board, as the Systems tab does ("System added: FS01"). */
export async function addSystem(incidentId: string, name: string, extra: Partial<SystemDetails> = {}) {
  const details: SystemDetails = { name, type: 'server', addresses: [], owner: '', location: '', criticality: 'medium', notes: '', tags: [], ...extra };
  const [system] = await notebook.addSystems(incidentId, [{ details, text: `System added: ${name}` }]);
  return system!;
}
