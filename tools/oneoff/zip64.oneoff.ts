// Issue 6, checked once outside CI: an evidence bundle holding one item larger than 4 GiB
// (a memory image) is a valid ZIP64 archive for Info-ZIP's `unzip -t` and passes
// `lantern-verify`. The item goes through the app as a responder's would: Add evidence
// (hashed in the renderer, stored in IndexedDB), then Export evidence bundle (streamed
// through client-zip to main's save session). Node cannot do this one: its Blob stops at 4 GiB.
//   LANTERN_ZIP64_GIB=4.5 npx playwright test -c tools/oneoff/playwright.config.ts
// Needs about 3 × the size free (the file, the profile's copy, the bundle) under .cache/zip64.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { closeRendererServer, launchApp } from '../../tests/e2e/harness/app';
import { REPO_ROOT } from '../../tests/e2e/harness/paths';
import { startIncident } from '../../tests/e2e/harness/startIncident';

const GIB = 1024 ** 3;
const size = Math.round(Number(process.env.LANTERN_ZIP64_GIB ?? 4.5) * GIB);
const dir = join(REPO_ROOT, '.cache', 'zip64');
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

test.afterAll(() => closeRendererServer());

test(`a bundle with a ${(size / GIB).toFixed(1)} GiB evidence item passes unzip -t and lantern-verify`, async () => {
  mkdirSync(dir, { recursive: true });
  const image = join(dir, 'memory.raw');
  if (!existsSync(image) || statSync(image).size !== size) execFileSync('sh', ['-c', `head -c ${size} /dev/urandom > '${image}'`]);
  let started = performance.now();
  const digest = execFileSync('sha256sum', [image], { encoding: 'utf8' }).split(' ')[0]!;
  console.log(`sha256sum of the item: ${digest} (${seconds(started)} s)`);

  const profile = mkdtempSync(join(dir, 'profile-'));
  const saveDir = join(dir, 'saves');
  rmSync(saveDir, { recursive: true, force: true });
  mkdirSync(saveDir, { recursive: true });
  const app = await launchApp({ userDataDir: profile, saveDir, locale: 'en-US', timezoneId: 'Asia/Tokyo' });
  const { page } = app;
  try {
    await startIncident(page, { name: 'Aiko Sato', title: 'ZIP64 check' });
    await page.getByRole('tab', { name: 'Evidence' }).click();
    await page.getByLabel('Choose files to add as evidence').setInputFiles(image);
    const intake = page.getByRole('dialog', { name: 'Add evidence: 1 file' });
    await intake.getByLabel('Description').fill('Memory image of FS01');
    await intake.getByLabel('Type').selectOption({ label: 'Memory image' });
    await intake.getByLabel('Method or tool', { exact: true }).fill('winpmem');
    started = performance.now();
    await intake.getByRole('button', { name: 'Add 1 file as evidence' }).click();
    await expect(intake.getByText(/Added as evidence #1/)).toBeVisible({ timeout: 3_600_000 });
    console.log(`intake (hash + store): ${seconds(started)} s`);
    await intake.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Export evidence bundle…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export evidence bundle' });
    await expect(dialog.getByLabel('Include the evidence files')).toBeChecked();
    started = performance.now();
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await expect(page.getByRole('dialog', { name: 'Evidence bundle saved' }).getByText(/^Saved as /)).toBeVisible({ timeout: 3_600_000 });
    console.log(`bundle export: ${seconds(started)} s`);
  } finally {
    await app.close();
    rmSync(profile, { recursive: true, force: true });
  }

  const [name] = readdirSync(saveDir).filter((file) => file.endsWith('.zip'));
  const zip = join(saveDir, name!);
  console.log(`bundle: ${zip}, ${(statSync(zip).size / GIB).toFixed(3)} GiB`);
  expect(statSync(zip).size).toBeGreaterThan(size);

  started = performance.now();
  const unzip = spawnSync('unzip', ['-t', zip], { encoding: 'utf8', maxBuffer: 1 << 24 });
  console.log(`unzip -t (${seconds(started)} s), exit ${unzip.status}:\n${unzip.stdout}`);
  expect(unzip.status).toBe(0);
  const zipinfo = spawnSync('zipinfo', ['-v', zip], { encoding: 'utf8', maxBuffer: 1 << 26 });
  console.log((zipinfo.stdout.match(/.*(Zip64|zip64|64-bit).*/g) ?? []).slice(0, 6).join('\n'));

  started = performance.now();
  const verify = spawnSync('npx', ['lantern-verify', zip], { encoding: 'utf8', cwd: REPO_ROOT });
  console.log(`lantern-verify (${seconds(started)} s), exit ${verify.status}:\n${verify.stdout}${verify.stderr}`);
  expect(verify.status).toBe(0);
});
