// The prepared benchmark profile: a responder and a named incident, made through
// the UI the first time, found again on later runs.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from '../tests/e2e/harness/paths';
import { readState, type NotebookState } from './idb';

/** LANTERN_BENCH_PROFILE picks another prepared profile (two people benchmarking at once). */
export const PROFILE = process.env.LANTERN_BENCH_PROFILE ?? join(REPO_ROOT, '.cache', 'bench-profile');

export async function ensureIncident(page: Page, title: string): Promise<NotebookState> {
  await page.waitForSelector('#root > *');
  if (await page.getByLabel('Your name').isVisible()) {
    await page.getByLabel('Your name').fill('Bench Responder');
    await page.getByRole('button', { name: 'Start' }).click();
  }
  await page.getByRole('button', { name: 'Settings' }).waitFor();
  const state = await readState(page, title);
  if (state.incidentId) return state;
  await page.getByRole('button', { name: 'New incident' }).first().click();
  await page.getByRole('dialog').getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Create incident' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  return readState(page, title);
}
