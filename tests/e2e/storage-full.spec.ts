// Issue 7, storage full: when the disk or the origin's quota is full, IndexedDB refuses
// writes with QuotaExceededError (forced here in the page, since Chromium has no quota
// switch for a profile). The app says so in words a responder can act on, refuses new
// evidence without storing any part of it, keeps the half-written entry in the composer,
// and everything saved before stays: after the disk has room again and a reload, the
// entries are all there and the log verifies.
import type { Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures';
import { completeFirstRun, composer, createIncident, logVerified, timelineRows } from './harness/flows';
import { fillStorage, refusedWrites, storageFreed, storeCounts, storedEntries } from './harness/notebookDb';

test.use({ locale: 'en-US', timezoneId: 'Asia/Tokyo' });

const EVIDENCE_QUOTA =
  "There is not enough storage for this file: the disk or the app's storage quota is full. Nothing was stored; the notebook is unchanged. Free disk space (or take in smaller files) and try again.";
const STORAGE_FULL =
  "The disk or the app's storage quota is full: nothing was saved, and everything saved before is kept. Free disk space (delete or move large files), then save again; what you typed is still here.";
/** Every store a full disk would refuse. */
const ALL_STORES = ['incidents', 'entries', 'chainHeads', 'meta', 'settings', 'profile', 'device', 'evidence', 'evidenceBlobs', 'custody', 'custodyHeads', 'systems'];
const EVIDENCE_STORES = ['evidence', 'evidenceBlobs', 'custody', 'custodyHeads'];

async function writeEntry(page: Page, text: string) {
  await composer(page).click();
  await page.keyboard.insertText(text);
  await page.keyboard.press('Control+Enter');
  await expect(timelineRows(page).filter({ hasText: text })).toHaveCount(1);
  await expect(composer(page)).toHaveText('');
}

async function takeIn(page: Page, path: string, name: string, description: string) {
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

test('a full disk refuses evidence and entries with a clear message and loses nothing saved before', async ({ app }, testInfo) => {
  const { page } = app;
  mkdirSync(testInfo.outputDir, { recursive: true });
  const note = join(testInfo.outputDir, 'README_RESTORE.txt');
  const memory = join(testInfo.outputDir, 'memdump-ws17.raw');
  writeFileSync(note, 'YOUR FILES ARE ENCRYPTED. Contact us at …');
  writeFileSync(memory, Buffer.alloc(64 * 1024, 0x5a));

  // Before the disk fills: two entries and one evidence item.
  await completeFirstRun(page);
  await createIncident(page, 'Ransomware at Tokyo DC');
  await writeEntry(page, 'Ransom note found on FS01');
  await writeEntry(page, 'FS01 のスイッチポートを遮断した');
  const first = await takeIn(page, note, 'README_RESTORE.txt', 'Ransom note from the FS01 share');
  await expect(first.getByText('Added 1 of 1: evidence #1.')).toBeVisible();
  await first.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('table', { name: 'Evidence items (1)' })).toBeVisible();
  const before = await storeCounts(page, ['entries', ...EVIDENCE_STORES]);
  expect(before).toEqual({ entries: 3, evidence: 1, evidenceBlobs: 1, custody: 1, custodyHeads: 1 });

  // The disk is full.
  await fillStorage(page, ALL_STORES);

  // New evidence is refused, said so, and nothing of it is stored.
  const refused = await takeIn(page, memory, 'memdump-ws17.raw', 'Memory of WS-17');
  await expect(refused.getByRole('alert')).toHaveText(EVIDENCE_QUOTA);
  await expect(refused.getByText('Not stored')).toBeVisible();
  expect(await refusedWrites(page)).toBeGreaterThan(0);
  await app.screenshot('storage-full-evidence-en');
  await refused.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('table', { name: 'Evidence items (1)' })).toBeVisible();
  expect(await storeCounts(page, ['entries', ...EVIDENCE_STORES])).toEqual(before);

  // A new entry is refused, said so, and the text stays in the composer.
  await page.getByRole('tab', { name: 'Log' }).click();
  const draft = 'WS-17 memory capture failed: disk full';
  await composer(page).click();
  await page.keyboard.insertText(draft);
  await page.keyboard.press('Control+Enter');
  const composerPanel = page.getByRole('region', { name: 'New entry' });
  await expect(composerPanel.getByRole('alert')).toHaveText(STORAGE_FULL);
  await expect(composer(page)).toHaveText(draft);
  await expect(timelineRows(page)).toHaveCount(3);
  await app.screenshot('storage-full-entry-en');

  // Room again: the kept draft saves with the same keystroke.
  await storageFreed(page);
  await composer(page).click();
  await page.keyboard.press('Control+Enter');
  await expect(timelineRows(page).filter({ hasText: draft })).toHaveCount(1);
  await expect(composer(page)).toHaveText('');
  await expect(composerPanel.getByRole('alert')).toHaveCount(0);

  // After a reload (no injection any more) everything saved is there, once, and verifies.
  await app.reload();
  await expect(timelineRows(page)).toHaveCount(4);
  const stored = await storedEntries(page);
  expect(stored.filter((e) => e.kind !== 'evidence').map((e) => e.text)).toEqual(['Ransom note found on FS01', 'FS01 のスイッチポートを遮断した', draft]);
  await expect(logVerified(page, 4)).toBeVisible();
  expect(await storeCounts(page, EVIDENCE_STORES)).toEqual({ evidence: 1, evidenceBlobs: 1, custody: 1, custodyHeads: 1 });
  await page.getByRole('tab', { name: 'Evidence' }).click();
  await expect(page.getByRole('table', { name: 'Evidence items (1)' })).toBeVisible();
});
