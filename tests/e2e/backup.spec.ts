// Issue 7, automatic backups, end to end with main's real backup handlers: responder A writes
// entries and takes in evidence, backs up from Settings (the file lands in main's backups
// folder); a fresh profile on another "laptop" restores it into its empty notebook and shows
// the same entries, the same evidence hash, a log that verifies and custody intact. Restoring
// onto a notebook that holds anything shows what would be replaced and wants a typed word;
// cancelling changes nothing, confirming keeps a safety backup first. The copy to a second
// folder (a USB drive) reports a removed drive without losing the backup; main's quit-time
// request writes a last backup; a damaged file is refused with a translated reason. In a
// plain browser a backup is a download that restores the same way.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { completeFirstRun, createIncident, startIntake, timelineRows, writeEntry } from './harness/flows';
import { sha256sum } from './harness/files';
import { storeCounts } from './harness/notebookDb';

test.use({ locale: 'en-US', timezoneId: 'Asia/Tokyo' });
test.setTimeout(180_000);

const NOTEBOOK_STORES = ['incidents', 'entries', 'chainHeads', 'evidence', 'evidenceBlobs', 'custody', 'custodyHeads'];

async function takeIn(page: Page, path: string, name: string, description: string) {
  const intake = await startIntake(page, path, name, description);
  await expect(intake.getByText('Added 1 of 1: evidence #1.')).toBeVisible();
  await intake.getByRole('button', { name: 'Close' }).click();
}

const backups = (page: Page) => page.getByRole('region', { name: 'Backups', exact: true });
/** The backup files in `dir` (none when main has not made the folder yet). */
const zips = (dir: string) =>
  existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((f) => f.isFile() && f.name.endsWith('.zip')).map((f) => f.name).sort() : [];
/** A folder of this test's own: the suite's artefact folder may be cleared by another run meanwhile. */
const workDir = () => mkdtempSync(join(tmpdir(), 'lantern-backup-e2e-'));

async function openBackups(page: Page) {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(backups(page).getByRole('heading', { name: 'Backups', exact: true })).toBeVisible();
}

/** Clicks "Back up now" and waits until main's folder holds one more backup and Settings names it. */
async function backUpNow(page: Page, folder: string): Promise<string> {
  const section = backups(page);
  const before = zips(folder);
  await section.getByRole('button', { name: 'Back up now' }).click();
  await expect.poll(() => zips(folder).length, { timeout: 60_000 }).toBe(before.length + 1);
  const name = zips(folder).find((n) => !before.includes(n))!;
  await expect(section.getByRole('cell', { name, exact: true })).toBeVisible();
  await expect(section.getByText('Backed up by hand')).toBeVisible();
  await expect(section.getByRole('button', { name: 'Back up now' })).toBeEnabled();
  return name;
}

async function chooseBackup(page: Page, file: string) {
  await backups(page).getByRole('button', { name: 'Restore from backup…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
  await dialog.getByLabel('Backup file to restore').setInputFiles(file);
  return dialog;
}

/** The log check's badge after "Verify log": `Log verified: N entries, D device(s)`. */
async function verifyLog(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Verify log' }).click();
  const badge = page.getByText(/^Log verified: \d+ entries, \d+ device\(s\)$/);
  await expect(badge).toBeVisible({ timeout: 30_000 });
  return (await badge.textContent())!;
}

async function openItem(page: Page, description: string) {
  await page.getByRole('tab', { name: 'Evidence' }).click();
  await page.getByRole('row').filter({ has: page.getByRole('cell', { name: '#1', exact: true }) }).getByRole('button', { name: description }).click();
  await expect(page.getByRole('heading', { level: 2, name: /#1/ })).toBeVisible();
}

test('a backup made in one profile restores into a fresh one: same entries, evidence hash and chains', async ({ launchApp }) => {
  const dir = workDir();
  const note = join(dir, 'README_RESTORE.txt');
  writeFileSync(note, 'YOUR FILES ARE ENCRYPTED. Contact us at …');
  const expectedHash = sha256sum(note);

  // Responder A's laptop.
  const a = await launchApp({ userDataDir: join(dir, 'profile-a'), mainUserDataDir: join(dir, 'main-a') });
  await completeFirstRun(a.page, 'Aiko Sato');
  await createIncident(a.page, 'Ransomware at Tokyo DC');
  await writeEntry(a.page, 'Ransom note found on FS01');
  await writeEntry(a.page, 'FS01 のスイッチポートを遮断した');
  await takeIn(a.page, note, 'README_RESTORE.txt', 'Ransom note from the FS01 share');
  await a.page.getByRole('tab', { name: 'Log' }).click();
  const aVerdict = await verifyLog(a.page);

  await openBackups(a.page);
  await expect(backups(a.page).getByText('There are changes since the last good backup.')).toBeVisible();
  const file = await backUpNow(a.page, a.backupDir);
  expect(zips(a.backupDir)).toEqual([file]);
  expect(file).toMatch(/^lantern-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.zip$/);
  await expect(backups(a.page).getByRole('table', { name: 'Backups in the folder (1)' })).toBeVisible();
  await expect(backups(a.page).getByText('Nothing has changed since the last good backup.')).toBeVisible();
  await backups(a.page).scrollIntoViewIfNeeded();
  await a.screenshot('backup-settings-en', { fullPage: true });
  const backupFile = join(a.backupDir, file);
  expect(statSync(backupFile).size).toBeGreaterThan(1000);

  // A fresh profile on another laptop: first run, then Settings → Restore from backup.
  const b = await launchApp({ userDataDir: join(dir, 'profile-b'), mainUserDataDir: join(dir, 'main-b') });
  await completeFirstRun(b.page, 'Ken Tanaka');
  await openBackups(b.page);
  const dialog = await chooseBackup(b.page, backupFile);
  await expect(dialog.getByText(`${file} is a complete, intact backup`)).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByText('1 incident, 3 entries, 1 evidence item (43 B)')).toBeVisible();
  await expect(dialog.getByText('This notebook is empty: the backup will be restored into it.')).toBeVisible();
  await b.screenshot('backup-restore-empty-en');
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(dialog.getByText('The backup was restored.')).toBeVisible({ timeout: 60_000 });
  await expect(dialog.getByText('Log chains verified: 1 of 1 incidents.')).toBeVisible();
  await expect(dialog.getByText('Custody chains intact: 1 of 1 evidence items.')).toBeVisible();
  await expect(dialog.getByText('Evidence files matching their recorded SHA-256: 1 of 1.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Open the restored notebook' }).click();

  // The same incident, entries, evidence hash; the log verifies; custody is intact.
  await expect(b.page.getByRole('heading', { level: 1, name: 'Ransomware at Tokyo DC' })).toBeVisible();
  await expect(timelineRows(b.page).filter({ hasText: 'Ransom note found on FS01' })).toHaveCount(1);
  await expect(timelineRows(b.page).filter({ hasText: 'FS01 のスイッチポートを遮断した' })).toHaveCount(1);
  expect(await verifyLog(b.page)).toBe(aVerdict);
  await openItem(b.page, 'Ransom note from the FS01 share');
  await expect(b.page.getByRole('article')).toContainText(expectedHash);
  await expect(b.page.getByText('Custody chain intact')).toBeVisible();
  await b.page.getByRole('button', { name: 'Verify now' }).click();
  await expect(b.page.getByText("PASS: the stored file's SHA-256 matches the hash at acquisition.")).toBeVisible({ timeout: 30_000 });
  // B's own device and name stay B's: the restored notebook is written on as Ken.
  await b.page.getByRole('tab', { name: 'Log' }).click();
  await writeEntry(b.page, 'Restored on the spare laptop');
  expect(await verifyLog(b.page)).toMatch(/, 2 device\(s\)$/);

  // Restoring onto a notebook that holds anything: the choice, and Cancel changes nothing.
  await openBackups(a.page);
  const before = await storeCounts(a.page, NOTEBOOK_STORES);
  const choice = await chooseBackup(a.page, backupFile);
  await expect(choice.getByRole('heading', { name: 'This notebook is not empty' })).toBeVisible({ timeout: 30_000 });
  for (const line of ['1 incident', '3 log entries', '1 evidence item']) await expect(choice.getByRole('listitem').filter({ hasText: new RegExp(`^${line}$`) })).toBeVisible();
  const confirm = choice.getByRole('button', { name: 'Replace this notebook' });
  await expect(confirm).toBeDisabled();
  await choice.getByLabel('Type REPLACE to confirm').fill('replac');
  await expect(confirm).toBeDisabled();
  await a.screenshot('backup-restore-replace-en');
  await choice.getByRole('button', { name: 'Cancel' }).click();
  await expect(choice).toBeHidden();
  expect(await storeCounts(a.page, NOTEBOOK_STORES)).toEqual(before);
  expect(zips(a.backupDir)).toEqual([file]);

  // The same in Japanese.
  await a.page.getByRole('radio', { name: '日本語' }).check();
  const ja = a.page.getByRole('region', { name: 'バックアップ', exact: true });
  await expect(ja.getByRole('heading', { name: 'バックアップ', exact: true })).toBeVisible();
  await ja.scrollIntoViewIfNeeded();
  await a.screenshot('backup-settings-ja', { fullPage: true });
  await ja.getByRole('button', { name: 'バックアップから復元…' }).click();
  const jaDialog = a.page.getByRole('dialog', { name: 'バックアップから復元' });
  await jaDialog.getByLabel('復元するバックアップファイル').setInputFiles(backupFile);
  await expect(jaDialog.getByRole('heading', { name: 'このノートブックは空ではありません' })).toBeVisible({ timeout: 30_000 });
  await jaDialog.getByLabel('確認のため「置き換え」と入力してください').fill('置き換え');
  await expect(jaDialog.getByRole('button', { name: 'このノートブックを置き換える' })).toBeEnabled();
  await a.screenshot('backup-restore-replace-ja');
  await jaDialog.getByRole('button', { name: 'キャンセル' }).click();
  await expect(jaDialog).toBeHidden();
  expect(await storeCounts(a.page, NOTEBOOK_STORES)).toEqual(before);
  await a.page.getByRole('radio', { name: 'English' }).check();
});

test('replacing a notebook keeps a backup of it first; copies, quit-time backups and a damaged file', async ({ launchApp }) => {
  const dir = workDir();
  const usb = join(dir, 'usb-stick');
  mkdirSync(usb, { recursive: true });
  const app = await launchApp({ userDataDir: join(dir, 'profile'), mainUserDataDir: join(dir, 'main') });
  const { page } = app;
  await completeFirstRun(page, 'Aiko Sato');
  await createIncident(page, 'VPN compromise');
  await writeEntry(page, 'GlobalProtect logs preserved');
  const oldDevice = (await timelineRows(page).filter({ hasText: 'GlobalProtect logs preserved' }).locator('.entry-device').textContent())!.replace('device …', '');

  // Every backup also goes to the USB stick chosen in main's folder dialog.
  await openBackups(page);
  app.answerBackupFolderDialog(usb);
  await backups(page).getByRole('button', { name: 'Also copy to folder…' }).click();
  await expect(backups(page).getByText(usb, { exact: true })).toBeVisible();
  const first = await backUpNow(page, app.backupDir);
  await expect(backups(page).getByText(`Also copied to ${usb}.`)).toBeVisible();
  expect(zips(usb)).toEqual([first]);

  // The notebook moves on; then the older backup is restored over it, confirmed with the word.
  await page.getByRole('button', { name: 'Done' }).click();
  await writeEntry(page, 'Entry written after the backup');
  await openBackups(page);
  const dialog = await chooseBackup(page, join(app.backupDir, first));
  await dialog.getByLabel('Type REPLACE to confirm').fill('REPLACE');
  await dialog.getByRole('button', { name: 'Replace this notebook' }).click();
  await expect(dialog.getByText('The backup was restored.')).toBeVisible({ timeout: 60_000 });
  const safety = dialog.getByText(/^The replaced notebook was saved first as lantern-backup-.*\.zip\.$/);
  await expect(safety).toBeVisible();
  expect(zips(app.backupDir)).toHaveLength(2);
  // The backup holds this device's own chain: it writes on under a new identity, and says so.
  const renewed = dialog.getByText(/^This backup holds entries this device wrote itself\./);
  await expect(renewed).toContainText(`its entries up to the backup stay under …${oldDevice}.`);
  const newDevice = /now writes as device …([0-9a-f]{8});/.exec((await renewed.textContent())!)![1]!;
  expect(newDevice).not.toBe(oldDevice);
  await app.screenshot('backup-restore-renewed-device-en');
  await dialog.getByRole('button', { name: 'Open the restored notebook' }).click();
  await expect(timelineRows(page).filter({ hasText: 'GlobalProtect logs preserved' })).toHaveCount(1);
  await expect(timelineRows(page).filter({ hasText: 'Entry written after the backup' })).toHaveCount(0);
  await writeEntry(page, 'First entry after the restore');
  await expect(timelineRows(page).filter({ hasText: 'First entry after the restore' }).locator('.entry-device')).toHaveText(`device …${newDevice}`);
  await expect(timelineRows(page).filter({ hasText: 'GlobalProtect logs preserved' }).locator('.entry-device')).toHaveText(`device …${oldDevice}`);

  // The stick is pulled out: the backup still lands in main's folder, and the failed copy is said.
  rmSync(usb, { recursive: true });
  await writeEntry(page, 'FS02 isolated');
  await openBackups(page);
  await backUpNow(page, app.backupDir);
  await expect(backups(page).getByText(`The copy to the other folder failed: The folder ${usb} is not available`, { exact: false })).toBeVisible();
  expect(zips(app.backupDir)).toHaveLength(3);
  await expect(page.getByRole('button', { name: 'Backup copy failed' })).toBeVisible();
  await app.screenshot('backup-copy-failed-en', { fullPage: true });

  // main quits: the page writes a last backup when something changed, and says so when nothing did.
  await page.getByRole('button', { name: 'Done' }).click();
  await writeEntry(page, 'Last entry before quitting');
  expect(await app.quitBackup()).toBe('written');
  expect(zips(app.backupDir)).toHaveLength(4);
  expect(await app.quitBackup()).toBe('unchanged');
  expect(zips(app.backupDir)).toHaveLength(4);

  // A damaged file is refused with its reason, and nothing is written.
  const counts = await storeCounts(page, NOTEBOOK_STORES);
  const damaged = join(dir, 'lantern-backup-damaged.zip');
  writeFileSync(damaged, 'PK\u0003\u0004 this is not what it claims to be');
  await openBackups(page);
  const refused = await chooseBackup(page, damaged);
  await expect(refused.getByRole('alert')).toHaveText(
    'The backup file is incomplete or damaged (cut short, perhaps by a copy that did not finish). Nothing was restored; try another backup.',
  );
  expect(await storeCounts(page, NOTEBOOK_STORES)).toEqual(counts);
});

test.describe('in a plain browser', () => {
  test('a backup is a download that restores into a fresh browser profile', async ({ browser, rendererServer }) => {
    const { origin } = rendererServer;
    const first = await browser.newContext({ acceptDownloads: true, locale: 'en-US', timezoneId: 'Asia/Tokyo' });
    const page = await first.newPage();
    await page.goto(`${origin}/`);
    expect(await page.evaluate(() => 'lantern' in window)).toBe(false);
    await completeFirstRun(page, 'Aiko Sato');
    await createIncident(page, 'Phishing at the Osaka branch');
    await writeEntry(page, 'Mail gateway quarantine exported');
    await openBackups(page);
    await expect(backups(page).getByText(/In a browser, backups are downloaded files/)).toBeVisible();
    const download = page.waitForEvent('download');
    await backups(page).getByRole('button', { name: 'Back up now' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/^lantern-backup-.*\.zip$/);
    const path = join(workDir(), saved.suggestedFilename());
    await saved.saveAs(path);
    await expect(backups(page).getByText(`lantern-backup-`, { exact: false }).first()).toBeVisible();
    await first.close();

    const second = await browser.newContext({ locale: 'en-US', timezoneId: 'Asia/Tokyo' });
    const fresh = await second.newPage();
    await fresh.goto(`${origin}/`);
    await completeFirstRun(fresh, 'Ken Tanaka');
    await openBackups(fresh);
    const dialog = await chooseBackup(fresh, path);
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(dialog.getByText('Log chains verified: 1 of 1 incidents.')).toBeVisible({ timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Open the restored notebook' }).click();
    await expect(timelineRows(fresh).filter({ hasText: 'Mail gateway quarantine exported' })).toHaveCount(1);
    await second.close();
  });
});
