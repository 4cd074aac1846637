// Issue 5 end to end: a generated 200 MB file, a PNG and the EICAR test file go into the
// locker with progress; their SHA-256 equal `sha256sum`'s; the PNG previews as an image and
// EICAR as hex; a transfer is recorded; verify passes; a stored Blob altered through
// IndexedDB fails verification, named; and after a reload everything is still there.
import type { Page } from '@playwright/test';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures';
import { startIncident } from './harness/startIncident';
import { sha256sum, writeLargeFile } from './harness/files';

test.use({ locale: 'en-US', timezoneId: 'Asia/Tokyo' });
test.setTimeout(180_000);

const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';
/** A 2×2 red PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

const row = (page: Page, number: number) => page.getByRole('row').filter({ has: page.getByRole('cell', { name: `#${number}`, exact: true }) });

async function openItem(page: Page, number: number, description: string) {
  await page.getByRole('tab', { name: 'Evidence' }).click();
  if (await page.getByRole('button', { name: '← Back to evidence' }).isVisible()) await page.getByRole('button', { name: '← Back to evidence' }).click();
  await row(page, number).getByRole('button', { name: description }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`#${number}`) })).toBeVisible();
}

test('taking in, previewing, transferring and verifying evidence', async ({ app }, testInfo) => {
  const { page } = app;
  const dir = testInfo.outputDir;
  mkdirSync(dir, { recursive: true });
  const files = { image: join(dir, 'memdump-fs01.raw'), png: join(dir, 'console.png'), eicar: join(dir, 'eicar.com.txt') };
  await writeLargeFile(files.image, 200 * 1024 * 1024);
  writeFileSync(files.png, PNG);
  writeFileSync(files.eicar, EICAR);
  const expected = { image: sha256sum(files.image), png: sha256sum(files.png), eicar: sha256sum(files.eicar) };

  await startIncident(page, { name: 'Ken Tanaka', title: 'Ransomware at Tokyo DC' });
  await page.getByRole('tab', { name: 'Evidence' }).click();
  await expect(page.getByText('No evidence yet')).toBeVisible();
  await page.getByLabel('Choose files to add as evidence').setInputFiles([files.image, files.png, files.eicar]);

  const intake = page.getByRole('dialog', { name: 'Add evidence: 3 files' });
  const descriptions = ['Memory image of FS01', 'Screenshot of the EDR console', 'Sample dropped on FS01'];
  const types = ['Memory image', 'Screenshot or photo', 'Malware sample'];
  for (const [i, name] of ['memdump-fs01.raw', 'console.png', 'eicar.com.txt'].entries()) {
    const group = intake.getByRole('group', { name: `File ${i + 1}: ${name}` });
    await group.getByLabel('Description').fill(descriptions[i]!);
    await group.getByLabel('Type').selectOption({ label: types[i]! });
  }
  await intake.getByLabel('Method or tool', { exact: true }).fill('winpmem / Snipping Tool / copy from share');
  await intake.getByLabel('Tool version').fill('4.0');
  await intake.getByRole('button', { name: 'Add 3 files as evidence' }).click();
  // The 200 MB file is hashed first, with a progress bar.
  await expect(intake.getByRole('progressbar').first()).toBeVisible();
  await expect(intake.getByText('Added 3 of 3', { exact: false })).toBeVisible({ timeout: 120_000 });
  // Read by the hash worker, hashed by its own worker (sha256Stream.ts): both loaded under the CSP.
  expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toEqual(
    expect.arrayContaining([expect.stringMatching(/\/hash\.worker-[\w-]+\.js$/), expect.stringMatching(/\/sha256\.worker-[\w-]+\.js$/)]),
  );
  await intake.getByRole('button', { name: 'Close' }).click();

  // The locker has three items whose hashes equal sha256sum's.
  await expect(page.getByRole('table', { name: 'Evidence items (3)' })).toBeVisible();
  await app.screenshot('issue5-locker-en');
  await openItem(page, 1, descriptions[0]!);
  await expect(page.getByRole('article')).toContainText(expected.image);
  await openItem(page, 2, descriptions[1]!);
  await expect(page.getByRole('article')).toContainText(expected.png);
  const image = page.getByRole('img', { name: /Image of evidence item #2/ });
  await expect(image).toBeVisible();
  expect(await image.getAttribute('src')).toMatch(/^blob:/);
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2);
  await openItem(page, 3, descriptions[2]!);
  await expect(page.getByRole('article')).toContainText(expected.eicar);
  const hex = page.getByRole('region', { name: 'Hex view' });
  await expect(hex).toContainText('58 35 4F 21');
  await expect(page.locator('pre')).toHaveCount(0);
  await app.screenshot('issue5-eicar-hex-en');

  // The memory image goes to the forensic lab by courier.
  await openItem(page, 1, descriptions[0]!);
  await page.getByRole('button', { name: 'Record transfer…' }).click();
  const transfer = page.getByRole('dialog', { name: 'Record transfer of item #1' });
  await transfer.getByLabel('Received by').fill('Mika Ito');
  await transfer.getByLabel("Receiver's role or organisation").fill('Example Forensics KK');
  await transfer.getByLabel('Method').fill('Courier');
  await transfer.getByLabel('Tracking or shipping number').fill('YMT-4455-0912');
  await transfer.getByLabel('Purpose of the transfer').fill('memory analysis');
  await transfer.getByRole('button', { name: 'Record transfer' }).click();
  await expect(transfer).toBeHidden();
  await expect(page.getByText('YMT-4455-0912').first()).toBeVisible();
  await page.getByRole('button', { name: 'Verify now' }).click();
  await expect(page.getByText("PASS: the stored file's SHA-256 matches the hash at acquisition.")).toBeVisible({ timeout: 60_000 });
  await app.screenshot('issue5-item-en');

  // Someone alters the stored PNG behind the app's back; Verify all names it.
  const altered = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('lantern');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['evidence', 'evidenceBlobs'], 'readwrite');
          const all = tx.objectStore('evidence').getAll();
          all.onsuccess = () => {
            const item = (all.result as { id: string; itemNumber: number }[]).find((i) => i.itemNumber === 2)!;
            tx.objectStore('evidenceBlobs').put({ itemId: item.id, blob: new Blob(['not the screenshot']) });
          };
          tx.oncomplete = () => (db.close(), resolve(2));
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  expect(altered).toBe(2);
  await page.getByRole('button', { name: '← Back to evidence' }).click();
  await page.getByRole('button', { name: 'Verify all' }).click();
  const failed = page.getByRole('alert').filter({ hasText: 'FAILED verification' });
  await expect(failed).toBeVisible({ timeout: 60_000 });
  await expect(failed).toContainText('#2');
  await expect(failed).toContainText(descriptions[1]!);
  await expect(failed).not.toContainText('#1 ');
  await app.screenshot('issue5-verify-all-en');

  // After a reload the locker, the custody chain and the failed check are all there.
  await app.reload();
  await page.getByRole('tab', { name: 'Evidence' }).click();
  await expect(page.getByRole('table', { name: 'Evidence items (3)' })).toBeVisible();
  await expect(row(page, 2)).toContainText('SHA-256 does NOT match');
  await openItem(page, 1, descriptions[0]!);
  await expect(page.getByText('Custody chain intact')).toBeVisible();
  await expect(page.getByText('YMT-4455-0912').first()).toBeVisible();
  await page.getByRole('tab', { name: 'Log' }).click();
  await expect(page.getByRole('feed').getByRole('article').filter({ hasText: 'Evidence #2 verified: SHA-256 does NOT match' })).toHaveCount(1);
  rmSync(files.image, { force: true });
});
