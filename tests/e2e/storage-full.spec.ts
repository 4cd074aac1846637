// Issue 7, storage full: when the disk or the origin's quota is full, IndexedDB refuses
// writes with QuotaExceededError (forced here in the page, since Chromium has no quota
// switch for a profile). The app says so in words a responder can act on, refuses new
// evidence without storing any part of it, keeps the half-written entry in the composer,
// and everything saved before stays: after the disk has room again and a reload, the
// entries are all there and the log verifies.
import type { CDPSession, Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type LanternApp } from './harness/fixtures';
import { completeFirstRun, composer, createIncident, logVerified, startIntake, timelineRows, writeEntry } from './harness/flows';
import { fillStorage, refusedWrites, storageFreed, storeCounts, storedEntries } from './harness/notebookDb';

test.use({ locale: 'en-US', timezoneId: 'Asia/Tokyo' });

const EVIDENCE_QUOTA =
  "There is not enough storage for this file: the disk or the app's storage quota is full. Nothing was stored; the notebook is unchanged. Free disk space (or take in smaller files) and try again.";
const STORAGE_FULL =
  "The disk or the app's storage quota is full: nothing was saved, and everything saved before is kept. Free disk space (delete or move large files), then save again; what you typed is still here.";
const STORAGE_FULL_JA =
  'ディスクまたはアプリの保存領域がいっぱいです。何も保存されていません（これまでに保存した内容はそのまま残っています）。大きなファイルを削除・移動するなどして空きを作ってから、もう一度保存してください。入力した内容は消えていません。';
/** Every store a full disk would refuse. */
const ALL_STORES = ['incidents', 'entries', 'chainHeads', 'meta', 'settings', 'profile', 'device', 'evidence', 'evidenceBlobs', 'custody', 'custodyHeads', 'systems'];
const EVIDENCE_STORES = ['evidence', 'evidenceBlobs', 'custody', 'custodyHeads'];
/** …and the directory, the checklists and the deadline clocks. */
const ALL_STORES_WITH_DIRECTORY = [...ALL_STORES, 'contacts', 'engagements', 'templates', 'checklistRuns', 'regimes', 'anchors', 'deadlineMarks'];


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
  const first = await startIntake(page, note, 'README_RESTORE.txt', 'Ransom note from the FS01 share');
  await expect(first.getByText('Added 1 of 1: evidence #1.')).toBeVisible();
  await first.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('table', { name: 'Evidence items (1)' })).toBeVisible();
  const before = await storeCounts(page, ['entries', ...EVIDENCE_STORES]);
  expect(before).toEqual({ entries: 3, evidence: 1, evidenceBlobs: 1, custody: 1, custodyHeads: 1 });

  // The disk is full.
  await fillStorage(page, ALL_STORES);

  // New evidence is refused, said so, and nothing of it is stored.
  const refused = await startIntake(page, memory, 'memdump-ws17.raw', 'Memory of WS-17');
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

/**
 * Sets the app origin's storage quota, as DevTools does (`null`: the normal quota again), so that
 * Chromium's own quota check refuses what goes over it. The override lasts as long as the
 * DevTools session that set it: the session stays open, one per page.
 */
const quotaSessions = new WeakMap<Page, CDPSession>();
async function limitQuota(app: LanternApp, bytes: number | null): Promise<void> {
  let cdp = quotaSessions.get(app.page);
  if (!cdp) quotaSessions.set(app.page, (cdp = await app.context.newCDPSession(app.page)));
  await cdp.send('Storage.overrideQuotaForOrigin', bytes === null ? { origin: app.origin } : { origin: app.origin, quotaSize: bytes });
}

async function addSystem(page: Page, name: string, owner: string) {
  await page.getByRole('button', { name: 'Add system' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add system' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByLabel('Owner or business unit').fill(owner);
  await dialog.getByRole('button', { name: 'Add system' }).click();
  return dialog;
}

const storageUsage = (page: Page) => page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);

test('the systems board on a full disk: Chromium refuses over the quota, the dialog says so and keeps what was typed', async ({ launchApp }) => {
  // A persistent profile whose IndexedDB counts against the origin's quota. Chromium takes a
  // quota override when it opens the origin's storage, so the limit is set on a relaunch,
  // before the app loads: a real quota check, not an injected error.
  const first = await launchApp();
  await completeFirstRun(first.page);
  await createIncident(first.page, 'VPN compromise at Osaka');
  await first.page.getByRole('tab', { name: 'Systems' }).click();
  await expect(await addSystem(first.page, 'FW-OSK-1', 'Network team')).toBeHidden();
  await expect(first.page.getByRole('button', { name: 'FW-OSK-1', exact: true })).toBeVisible();
  const before = await storeCounts(first.page, ['systems', 'entries', 'chainHeads']);
  const usage = await storageUsage(first.page);
  await first.close();

  // No room left: the origin may hold no more than it holds now.
  const app = await launchApp({ path: null });
  const { page } = app;
  await limitQuota(app, usage);
  await app.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'VPN compromise at Osaka' })).toBeVisible();
  await page.getByRole('tab', { name: 'Systems' }).click();
  const refused = await addSystem(page, 'WS-OSK-117', 'Sales');
  await expect(refused.getByRole('alert')).toHaveText(STORAGE_FULL);
  await expect(refused.getByRole('alert')).toBeInViewport({ ratio: 1 });
  await expect(refused.getByLabel('Name', { exact: true })).toHaveValue('WS-OSK-117');
  await expect(refused.getByLabel('Owner or business unit')).toHaveValue('Sales');
  await app.screenshot('storage-full-system-en');
  expect(await storeCounts(page, ['systems', 'entries', 'chainHeads'])).toEqual(before);

  // Room again: the same dialog, unchanged, adds it.
  await limitQuota(app, null);
  await refused.getByRole('button', { name: 'Add system' }).click();
  await expect(refused).toBeHidden();
  await expect(page.getByRole('button', { name: 'WS-OSK-117', exact: true })).toBeVisible();
  await app.close();

  // Relaunched, everything saved is there and the log verifies.
  const after = await launchApp();
  await expect(after.page.getByRole('heading', { level: 1, name: 'VPN compromise at Osaka' })).toBeVisible();
  await after.page.getByRole('tab', { name: 'Systems' }).click();
  for (const name of ['FW-OSK-1', 'WS-OSK-117']) await expect(after.page.getByRole('button', { name, exact: true })).toBeVisible();
  await after.page.getByRole('tab', { name: 'Log' }).click();
  await expect(timelineRows(after.page).filter({ hasText: /System added: (FW-OSK-1|WS-OSK-117)/ })).toHaveCount(2);
  await expect(logVerified(after.page, 2)).toBeVisible();
});

test('the contact directory on a full disk: a new contact is refused in words, the form keeps it, and after a reload nothing is lost', async ({ app }) => {
  const { page } = app;
  await completeFirstRun(page);
  const newContact = async (person: string, role: string) => {
    await page.getByRole('banner').getByRole('button', { name: 'Contacts' }).click();
    await page.getByRole('button', { name: 'New contact' }).click();
    const dialog = page.getByRole('dialog', { name: 'New contact' });
    await dialog.getByLabel('Person').fill(person);
    await dialog.getByLabel('Role').fill(role);
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    return dialog;
  };
  await expect(await newContact('Ken Mori', 'Outside counsel')).toBeHidden();
  expect(await storeCounts(page, ['contacts'])).toEqual({ contacts: 1 });

  await fillStorage(page, ALL_STORES_WITH_DIRECTORY);
  const refused = await newContact('Yui Ito', 'Insurer claims desk');
  await expect(refused.getByRole('alert')).toHaveText(STORAGE_FULL);
  // Below the long form, the message is brought into sight: the button does not seem to do nothing.
  await expect(refused.getByRole('alert')).toBeInViewport();
  await expect(refused.getByLabel('Person')).toHaveValue('Yui Ito');
  await expect(refused.getByLabel('Role')).toHaveValue('Insurer claims desk');
  expect(await refusedWrites(page)).toBeGreaterThan(0);
  await app.screenshot('storage-full-contact-en');
  expect(await storeCounts(page, ['contacts'])).toEqual({ contacts: 1 });

  await storageFreed(page);
  await refused.getByRole('button', { name: 'Add contact' }).click();
  await expect(refused).toBeHidden();

  await app.reload();
  await page.getByRole('banner').getByRole('button', { name: 'Contacts' }).click();
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('Mori');
  await expect(page.getByRole('button', { name: /Ken Mori/ })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('Yui Ito');
  await expect(page.getByRole('button', { name: /Yui Ito/ })).toBeVisible();
  expect(await storeCounts(page, ['contacts'])).toEqual({ contacts: 2 });
});

test('in Japanese, a full disk says so in Japanese', async ({ app }) => {
  const { page } = app;
  await completeFirstRun(page);
  await createIncident(page, 'ランサムウェア感染');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: '日本語' }).check();
  await page.getByRole('button', { name: '完了' }).click();
  await page.getByRole('tab', { name: 'システム' }).click();
  await fillStorage(page, ALL_STORES_WITH_DIRECTORY);
  await page.getByRole('button', { name: 'システムを追加' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'システムを追加' });
  await dialog.getByLabel('名前', { exact: true }).fill('FS01');
  await dialog.getByRole('button', { name: '追加', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(STORAGE_FULL_JA);
  await expect(dialog.getByLabel('名前', { exact: true })).toHaveValue('FS01');
  await app.screenshot('storage-full-system-ja');
});
