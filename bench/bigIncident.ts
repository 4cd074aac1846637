// The 100,000-entry incidents of the prepared profile, seeded once (genuinely chained
// entries written straight into IndexedDB) and reused by later runs.
import type { Page } from '@playwright/test';
import { writeEntries } from './idb';
import { ensureIncident, PROFILE } from './profile';
import { seedEntries } from './seed';

/** LANTERN_BENCH_ENTRIES=2000 makes quick trial runs (use another LANTERN_BENCH_PROFILE then). */
export const COUNT = Number(process.env.LANTERN_BENCH_ENTRIES ?? 100_000);

export interface BigIncident {
  title: string;
  /** Seeded entry ids come from this space, so the two incidents' entries never share a key. */
  idSpace: number;
  /** Whether the benchmark writes to it (its count then exceeds COUNT by what earlier runs appended). */
  grows: boolean;
}

/** Read-only: opened, scrolled, searched and exported, never written to, so every run sees the same log. */
export const READ_INCIDENT: BigIncident = { title: `Benchmark · ${COUNT} entries`, idSpace: 0, grows: false };
/** Written to: the append figures add ~200 entries a run. */
export const APPEND_INCIDENT: BigIncident = { title: `Benchmark · ${COUNT} entries · appends`, idSpace: 1, grows: true };

/** Makes sure the profile holds a responder and `incident` with its seeded entries; returns its entry count. */
export async function prepareBigIncident(page: Page, incident: BigIncident): Promise<number> {
  const state = await ensureIncident(page, incident.title);
  if (state.entryCount === COUNT || (incident.grows && state.entryCount > COUNT)) return state.entryCount;
  if (state.entryCount > 0) throw new Error(`${PROFILE} holds a partial benchmark incident "${incident.title}" (${state.entryCount} entries); delete the folder and run again`);
  const started = Date.now();
  const identity = { incidentId: state.incidentId!, deviceId: state.deviceId!, author: state.author! };
  await writeEntries(page, seedEntries(identity, COUNT, Date.now(), incident.idSpace), state.lastRow + 1);
  console.log(`prepared "${incident.title}": ${COUNT} entries in ${((Date.now() - started) / 1000).toFixed(1)} s (once per profile)`);
  // The app does not watch writes made behind its back: open the notebook afresh.
  await page.reload();
  await page.getByRole('button', { name: 'Settings' }).waitFor();
  return COUNT;
}

/** Chooses `title` in the incident switcher and waits for its heading. */
export async function switchTo(page: Page, title: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Switch incident' }).selectOption({ label: title });
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}
