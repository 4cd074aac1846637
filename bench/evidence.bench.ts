// Evidence (issues 5 and 6): the renderer's SHA-256 throughput against `sha256sum` and
// `openssl dgst -sha256` on the same 512 MiB file (target ≥ 0.6 × sha256sum); the renderer's
// memory above idle while a 1 GiB file is taken in (target < 150 MB); then that incident's
// evidence bundle (1 GiB of evidence): memory peak above idle while it is written (target
// < 300 MB) and the saved ZIP checked complete. A fresh profile each run: a gigabyte is not
// kept in .cache.
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeRendererServer, launchApp } from '../tests/e2e/harness/app';
import { writeLargeFile } from '../tests/e2e/harness/files';
import { TEST_RESULTS } from '../tests/e2e/harness/paths';
import { median, notMeasured, record } from './report';

const MiB = 1024 * 1024;
/** The intake measured for memory: 1 GiB by default; LANTERN_BENCH_INTAKE_GIB=2 checks the 2 GB case. */
const INTAKE_GIB = Number(process.env.LANTERN_BENCH_INTAKE_GIB ?? 1);
const FILES = join(TEST_RESULTS, 'bench-files');

test.afterAll(async () => {
  await closeRendererServer();
  rmSync(FILES, { recursive: true, force: true });
});

/**
 * Resident memory of this profile's Chromium processes, in bytes (Linux /proc): the renderer
 * processes (the page and its workers), or every process whose command line names the profile.
 */
function chromiumRss(profile: string, which: 'renderer' | 'all'): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes(profile) || (which === 'renderer' && !cmdline.includes('--type=renderer'))) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) total += Number(rss[1]) * 1024;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

/** Samples both memory figures every 100 ms while `work` runs; returns their idle values and peaks. */
async function sampleMemory(profile: string, work: () => Promise<void>) {
  const idle = { renderer: chromiumRss(profile, 'renderer'), all: chromiumRss(profile, 'all') };
  const peak = { ...idle };
  const sampler = setInterval(() => {
    peak.renderer = Math.max(peak.renderer, chromiumRss(profile, 'renderer'));
    peak.all = Math.max(peak.all, chromiumRss(profile, 'all'));
  }, 100);
  try {
    await work();
  } finally {
    clearInterval(sampler);
  }
  return { idle, peak };
}

/** The best of three runs of a command over `path`, in ms (the file is in the page cache by then). */
function bestOf3(command: string, args: string[]): number {
  return Math.min(
    ...[0, 1, 2].map(() => {
      const started = performance.now();
      execFileSync(command, args);
      return performance.now() - started;
    }),
  );
}

const mibPerS = (bytes: number, ms: number) => bytes / MiB / (ms / 1000);

async function newIncident(page: Page, title: string) {
  await page.getByRole('button', { name: 'New incident' }).first().click();
  await page.getByRole('dialog').getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Create incident' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByRole('tab', { name: 'Evidence' }).click();
}

async function setUp(page: Page) {
  await page.getByLabel('Your name').fill('Bench Responder');
  await page.getByRole('button', { name: 'Start' }).click();
  await newIncident(page, 'Benchmark · evidence intake');
}

/** Chooses one file, fills the form, starts intake; resolves with ms from the click until hashing is over. */
async function intake(page: Page, path: string, description: string): Promise<number> {
  await page.getByLabel('Choose files to add as evidence').setInputFiles(path);
  const dialog = page.getByRole('dialog', { name: 'Add evidence: 1 file' });
  await dialog.getByLabel('Description').fill(description);
  await dialog.getByLabel('Type').selectOption({ label: 'Memory image' });
  await dialog.getByLabel('Method or tool', { exact: true }).fill('bench');
  // Timed in the page, frame by frame: from the click until "Computing SHA-256…" gives way.
  const ms = await page.evaluate(async (label) => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('dialog[open] button')].find((b) => b.textContent?.trim() === label)!;
    const started = performance.now();
    button.click();
    const hashing = () => document.querySelector('dialog[open]')?.textContent?.includes('Computing SHA-256') ?? false;
    await new Promise<void>((resolve) => {
      let seen = false;
      const check = () => {
        if (hashing()) seen = true;
        else if (seen) return resolve();
        requestAnimationFrame(check);
      };
      check();
    });
    return performance.now() - started;
  }, 'Add 1 file as evidence');
  await expect(dialog.getByText(/Added as evidence #\d+/)).toBeVisible({ timeout: 600_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();
  return ms;
}

/** "Export evidence bundle…" with the evidence files; ms from the click until the dialog says it is saved. */
async function exportBundle(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Export evidence bundle…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export evidence bundle' });
  await expect(dialog.getByLabel('Include the evidence files')).toBeChecked();
  const started = performance.now();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const done = page.getByRole('dialog', { name: 'Evidence bundle saved' });
  await expect(done.getByText(/^Saved as /)).toBeVisible({ timeout: 60 * 60_000 });
  const ms = performance.now() - started;
  await done.getByRole('button', { name: 'Close' }).click();
  return ms;
}

test('evidence hashing throughput, intake memory and the bundle of 1 GiB', async () => {
  // The harness carries a saved file to Node through a Playwright binding, ≈ 1.5 MiB/s here with
  // the machine loaded (Electron's IPC is far faster): the gigabyte bundle alone takes minutes.
  test.setTimeout(75 * 60_000);
  mkdirSync(FILES, { recursive: true });
  const hashFile = join(FILES, 'hash-512MiB.bin');
  const bigFile = join(FILES, `intake-${INTAKE_GIB}GiB.bin`);
  const saveDir = join(FILES, 'saves');
  mkdirSync(saveDir, { recursive: true });
  await writeLargeFile(hashFile, 512 * MiB);
  await writeLargeFile(bigFile, INTAKE_GIB * 1024 * MiB);

  // The references, on the same (cached) file: the best of three each.
  const sha256sumMs = bestOf3('sha256sum', [hashFile]);
  const opensslMs = bestOf3('openssl', ['dgst', '-sha256', hashFile]);
  const references = `sha256sum ${mibPerS(512 * MiB, sha256sumMs).toFixed(0)} MiB/s, openssl ${mibPerS(512 * MiB, opensslMs).toFixed(0)} MiB/s (best of 3)`;
  notMeasured(
    'hashMain',
    'not built: evidence is hashed in the renderer; main has no hash-by-path handler, and Electron cannot run here',
    `openssl dgst -sha256 ${mibPerS(512 * MiB, opensslMs).toFixed(0)} MiB/s on this machine`,
  );

  const profile = mkdtempSync(join(tmpdir(), 'lantern-bench-evidence-'));
  const app = await launchApp({ userDataDir: profile, saveDir });
  try {
    await setUp(app.page);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) times.push(await intake(app.page, hashFile, `hash run ${i + 1}`));
    const appMs = median(times);
    const appRate = mibPerS(512 * MiB, appMs);
    record('hashRenderer', {
      value: appRate,
      ratio: { value: sha256sumMs / appMs, of: 'sha256sum' },
      reference: `${references}; app median of 3 intakes (${times.map((v) => v.toFixed(0)).join(', ')} ms)`,
    });
    record('hashRendererOpenssl', { value: appRate, ratio: { value: opensslMs / appMs, of: 'openssl' }, reference: references });

    // The big intake, in an incident of its own so that its bundle holds just that gigabyte.
    await newIncident(app.page, `Benchmark · ${INTAKE_GIB} GiB bundle`);
    await app.page.waitForTimeout(1000);
    const intakeMemory = await sampleMemory(profile, () => intake(app.page, bigFile, `${INTAKE_GIB} GiB`).then(() => undefined));
    record('intakeMemory', {
      figure: `renderer memory above idle while taking in ${INTAKE_GIB} GiB`,
      value: (intakeMemory.peak.renderer - intakeMemory.idle.renderer) / MiB,
      reference: `idle ${(intakeMemory.idle.renderer / MiB).toFixed(0)} MB, peak ${(intakeMemory.peak.renderer / MiB).toFixed(0)} MB (renderer RSS, /proc, every 100 ms)`,
    });

    // Its evidence bundle: memory while the ZIP is written and streamed to the save dialog's file.
    await app.page.waitForTimeout(2000);
    let bundleMs = 0;
    const bundleMemory = await sampleMemory(profile, async () => {
      bundleMs = await exportBundle(app.page);
    });
    const request = app.saveRequests.at(-1);
    if (!request) throw new Error('the bundle export showed no save dialog');
    const zip = join(saveDir, request.suggestedName);
    const zipBytes = statSync(zip).size;
    expect(zipBytes, 'the bundle holds the whole evidence file').toBeGreaterThan(INTAKE_GIB * 1024 * MiB);
    const listing = execFileSync('unzip', ['-l', zip], { encoding: 'utf8' });
    expect(listing, 'the evidence file is in the bundle').toMatch(/data\/evidence\//);
    execFileSync('unzip', ['-tqq', zip]);
    const size = `${(zipBytes / MiB).toFixed(0)} MiB ZIP, unzip -t passed`;
    record('bundleMemory', {
      figure: `evidence bundle of ${INTAKE_GIB} GiB: renderer memory peak above idle`,
      value: (bundleMemory.peak.renderer - bundleMemory.idle.renderer) / MiB,
      reference: `idle ${(bundleMemory.idle.renderer / MiB).toFixed(0)} MB, peak ${(bundleMemory.peak.renderer / MiB).toFixed(0)} MB (renderer RSS, /proc, every 100 ms); ${size}`,
    });
    record('bundleMemoryAll', {
      figure: `evidence bundle of ${INTAKE_GIB} GiB: all Chromium processes, peak above idle`,
      value: (bundleMemory.peak.all - bundleMemory.idle.all) / MiB,
      reference: `idle ${(bundleMemory.idle.all / MiB).toFixed(0)} MB, peak ${(bundleMemory.peak.all / MiB).toFixed(0)} MB (browser, renderer, utility processes; the harness carries the file to Node over CDP where Electron uses IPC)`,
    });
    record('bundleTime', {
      figure: `evidence bundle of ${INTAKE_GIB} GiB: click → ZIP saved`,
      value: bundleMs / 1000,
      reference: `${mibPerS(zipBytes, bundleMs).toFixed(1)} MiB/s, bound by the harness's save bridge (a Playwright binding), not by the app`,
    });
    rmSync(zip, { force: true });
  } finally {
    await app.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
