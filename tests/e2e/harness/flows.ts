// Steps many e2e tests take the same way a responder does (English UI): first run,
// a new incident, the log's composer and timeline, and the integrity badge.
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

export async function completeFirstRun(page: Page, name = 'Aiko Sato'): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Start' }).click();
}

export async function createIncident(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New incident' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New incident' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('button', { name: 'Create incident' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

export const composer = (page: Page) => page.getByRole('textbox', { name: 'New entry' });
export const timelineRows = (page: Page) => page.getByRole('feed', { name: 'Incident timeline' }).getByRole('article');

/** The badge once the check of the whole log passed (one device wrote it, unless it is empty). */
export const logVerified = (page: Page, entries: number, devices = entries === 0 ? 0 : 1) =>
  page.getByText(`Log verified: ${entries} ${entries === 1 ? 'entry' : 'entries'}, ${devices} device(s)`, { exact: true });
