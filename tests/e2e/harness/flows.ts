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

/**
 * The text of every row of the timeline, top to bottom. The timeline is virtualized (only the
 * rows on screen and a few beyond are in the page), so it is scrolled through a screen at a
 * time, as a reader would, and left at its newest end.
 */
export async function allTimelineRows(page: Page): Promise<string[]> {
  const feed = page.getByRole('feed', { name: 'Incident timeline' });
  const rows = new Map<number, string>();
  for (let top = 0; ; ) {
    const screen = await feed.evaluate(async (el, scrollTop) => {
      el.scrollTop = scrollTop;
      // The scroll event, then the virtualizer's render, land before the second frame.
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return {
        rows: [...el.querySelectorAll('[data-index]')].map((slot) => [Number(slot.getAttribute('data-index')), slot.textContent ?? ''] as const),
        next: el.scrollTop + el.clientHeight,
        end: el.scrollTop + el.clientHeight >= el.scrollHeight - 1,
      };
    }, top);
    for (const [index, text] of screen.rows) rows.set(index, text);
    if (screen.end) break;
    top = screen.next;
  }
  const indexes = [...rows.keys()].sort((a, b) => a - b);
  expect(indexes, 'every row of the timeline was seen while scrolling').toEqual(indexes.map((_, i) => i));
  return indexes.map((index) => rows.get(index)!);
}

/** The badge once the check of the whole log passed (one device wrote it, unless it is empty). */
export const logVerified = (page: Page, entries: number, devices = entries === 0 ? 0 : 1) =>
  page.getByText(`Log verified: ${entries} ${entries === 1 ? 'entry' : 'entries'}, ${devices} device(s)`, { exact: true });

/** Writes `text` in the composer, saves it with Ctrl+Enter and waits for its row. */
export async function writeEntry(page: Page, text: string): Promise<void> {
  await composer(page).click();
  await page.keyboard.insertText(text);
  await page.keyboard.press('Control+Enter');
  await expect(timelineRows(page).filter({ hasText: text })).toHaveCount(1);
  await expect(composer(page)).toHaveText('');
}

/**
 * On the Evidence tab, chooses one file, describes it as a ransom note copied with robocopy
 * and starts the intake; returns the intake dialog (still open, whatever the outcome).
 */
export async function startIntake(page: Page, path: string, name: string, description: string) {
  await page.getByRole('tab', { name: 'Evidence' }).click();
  await page.getByLabel('Choose files to add as evidence').setInputFiles(path);
  const intake = page.getByRole('dialog', { name: 'Add evidence: 1 file' });
  const group = intake.getByRole('group', { name: `File 1: ${name}` });
  await group.getByLabel('Description').fill(description);
  await group.getByLabel('Type').selectOption({ label: 'Ransom note' });
  await intake.getByLabel('Method or tool', { exact: true }).fill('robocopy /COPY:DAT');
  await intake.getByRole('button', { name: 'Add 1 file as evidence' }).click();
  return intake;
}
