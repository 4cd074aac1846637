// Mentions typed at full speed: a responder types `@` and a few letters and presses Enter
// (or Tab) at once, before the menu has redrawn. The pick must replace everything typed
// since the trigger with the option the menu shows for it, leaving no stray character, and
// the saved entry must read exactly as the composer did. (`#` and the worst-case timings:
// tests/unit/editor/mentionTypingAhead.test.tsx.)
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { composer, timelineRows } from './harness/flows';
import { storedEntries } from './harness/notebookDb';
import { startIncident } from './harness/startIncident';

test.use({ locale: 'en-US', timezoneId: 'Asia/Tokyo' });

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });

async function addSystem(page: Page, name: string) {
  await page.getByRole('button', { name: 'Add system' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add system' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByRole('button', { name: 'Add system' }).click();
  await expect(dialog).toBeHidden();
}

/** Types `text` with no delay between keys and presses `key` at once: no waiting for the menu. */
async function typeAndPick(page: Page, text: string, key: 'Enter' | 'Tab' = 'Enter') {
  await page.keyboard.type(text);
  await page.keyboard.press(key);
}

const ROUNDS = 8;

test('a mention picked with Enter or Tab right after typing leaves no stray character', async ({ app }) => {
  const { page } = app;
  await startIncident(page, { name: 'Aiko Sato', title: 'Ransomware at Tokyo DC' });
  await tab(page, 'Systems').click();
  for (const name of ['FS01', 'FS02', 'DC01']) await addSystem(page, name);
  await tab(page, 'Log').click();

  // Several entries: each pick races the menu's redraw, and one lost race shows the bug.
  for (let round = 1; round <= ROUNDS; round += 1) {
    await composer(page).click();
    await page.keyboard.type(`${round}. `);
    await typeAndPick(page, 'Isolated @FS02');
    await typeAndPick(page, 'and @dc', 'Tab');
    await typeAndPick(page, 'then @FS0');
    await expect(composer(page).locator('.lx-mention')).toHaveText(['FS02', 'DC01', 'FS01']);
    await expect(composer(page)).toHaveText(new RegExp(`^${round}\\. Isolated FS02\\s+and DC01\\s+then FS01\\s*$`));
    await page.keyboard.press('Control+Enter');
    await expect(timelineRows(page).filter({ hasText: `${round}. Isolated` })).toHaveCount(1);
  }

  // Adding a system logs an entry of its own: compare the responder's notes.
  const saved = (await storedEntries(page)).filter((entry) => entry.kind === 'note').map((entry) => entry.text.trim());
  expect(saved).toEqual(Array.from({ length: ROUNDS }, (_, i) => `${i + 1}. Isolated FS02 and DC01 then FS01`));
});
