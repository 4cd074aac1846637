// The log at 100,000 entries, driven through the UI of the built renderer: searching it,
// exporting it to CSV and JSON (issue 6), and appending to it through the composer.
// Search and export use the read-only incident; appends go to their own incident.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { closeRendererServer, launchApp, type LaunchedApp } from '../tests/e2e/harness/app';
import { APPEND_INCIDENT, COUNT, prepareBigIncident, READ_INCIDENT, switchTo } from './bigIncident';
import { PROFILE } from './profile';
import { measureIdbFloor } from './idbFloor';
import { median, percentile, record } from './report';
import { FIGURES } from './targets';

/** In about 55 % of the seeded entries (bench/seed.ts WORDS). */
const WORD = 'krbtgt';
/** The number the seed writes at the start of exactly one entry. */
const RARE = `#${Math.ceil(COUNT / 8) + 345}`;
const APPENDS = Number(process.env.LANTERN_BENCH_APPENDS ?? 200);
/** How long Ctrl+Enter is held down for each append: a person's key press lasts about this long. */
const KEY_HELD_MS = 100;
/** DESIGN.md's reference figure for one strict add, on the machine its targets were set on. */
const DESIGN_STRICT_ADD_MS = 1.2;
/** Appends saved from inside the page, after the keyboard's. */
const QUIET_APPENDS = 40;
const MiB = 1024 * 1024;
const count = (n: number) => n.toLocaleString('en-US');

let app: LaunchedApp;

test.beforeAll(async () => {
  app = await launchApp({ userDataDir: PROFILE });
  await prepareBigIncident(app.page, READ_INCIDENT);
  await prepareBigIncident(app.page, APPEND_INCIDENT);
});

test.afterAll(async () => {
  await app?.close();
  await closeRendererServer();
});

/** Opens `title` and waits until the whole log is in memory and its integrity check is over. */
async function openSettled(page: Page, title: string): Promise<void> {
  await switchTo(page, title);
  await expect(page.locator('.log-progress')).toHaveCount(0, { timeout: 300_000 });
  await expect(page.getByText(/Log verified/)).toBeVisible({ timeout: 300_000 });
  await page.waitForTimeout(500);
}

/**
 * Puts `query` into the search box as one change (as a paste would) and times, in the page,
 * until the first frame whose timeline shows only matching rows under a filtered count.
 * An empty query waits for the unfiltered timeline instead.
 */
function search(page: Page, query: string): Promise<{ ms: number; shown: number }> {
  return page.evaluate(async (query) => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"][aria-label="Search entries"]');
    if (!input) throw new Error('no search box');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const needle = query.trim().toLocaleLowerCase();
    const status = () => /([\d,]+) of ([\d,]+) entries/.exec(document.querySelector('.timeline-toolbar [aria-live]')?.textContent ?? '');
    const done = (): number | null => {
      const counts = status();
      const rows = [...document.querySelectorAll<HTMLElement>('article[data-entry-id]')];
      if (!needle) return !counts && rows.length > 0 ? rows.length : null;
      if (!counts || counts[1] === counts[2] || rows.length === 0) return null;
      return rows.every((row) => row.textContent!.toLocaleLowerCase().includes(needle)) ? Number(counts[1]!.replaceAll(',', '')) : null;
    };
    const started = performance.now();
    setValue.call(input, query);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    for (;;) {
      const shown = done();
      if (shown !== null) return { ms: performance.now() - started, shown };
      if (performance.now() - started > 120_000) throw new Error(`search for "${query}" showed no results within 120 s`);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }, query);
}

test(`search ${count(COUNT)} entries`, async () => {
  const { page } = app;
  await openSettled(page, READ_INCIDENT.title);
  for (const [id, query] of [['searchWord', WORD], ['searchRare', RARE]] as const) {
    const times: number[] = [];
    let shown = 0;
    for (let i = 0; i < 5; i++) {
      const result = await search(page, query);
      times.push(result.ms);
      shown = result.shown;
      await search(page, '');
      await page.waitForTimeout(300);
    }
    if (id === 'searchRare') expect(shown, `${RARE} starts exactly one seeded entry`).toBe(1);
    record(id, {
      figure: `search ${count(COUNT)} entries for ${id === 'searchWord' ? 'a word' : 'a rare token'}, first results`,
      value: median(times),
      reference: `"${query}" → ${count(shown)} entries; typed in one change, to the first frame showing them; median of 5 (${times.map((v) => v.toFixed(0)).join(', ')} ms)`,
    });
  }
});

interface ExportTiming {
  /** From the Export click to the first frame saying "Saving…": the file is built and handed to the save. */
  built: number;
  /** From the Export click to the first frame saying it is saved. */
  saved: number;
  /** When each phase was first on screen, ms after the click. */
  phases: Record<string, number>;
}

/**
 * One export through the header's "Export…" dialog, timed in the page frame by frame as the
 * responder would see it. "Saving…" starts once the file is built; what follows is the bytes
 * crossing to main, which in this harness is a Playwright binding, not Electron's IPC.
 */
async function exportOnce(page: Page, format: 'CSV' | 'JSON'): Promise<ExportTiming> {
  await page.getByRole('button', { name: 'Export…', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export timeline' });
  await dialog.getByRole('radio', { name: new RegExp(`^${format}\\b`) }).check();
  await expect(dialog.getByText(/entries will be exported/)).toBeVisible({ timeout: 300_000 });
  const timing = await page.evaluate(async () => {
    const form = document.querySelector<HTMLFormElement>('dialog[open] form.export-form');
    const button = form && document.querySelector<HTMLButtonElement>(`dialog[open] button[type="submit"][form="${form.id}"]`);
    if (!button) throw new Error('no Export button in the dialog');
    const phases: Record<string, number> = {};
    const started = performance.now();
    button.click();
    const saved = await new Promise<number>((resolve, reject) => {
      const check = () => {
        const now = performance.now() - started;
        const open = document.querySelector('dialog[open]');
        const status = open?.querySelector('.export-progress [role="status"]')?.textContent ?? '';
        const phase = /^(Reading|Checking|Preparing|Writing|Printing|Saving)/.exec(status)?.[1];
        if (phase) phases[phase] ??= now;
        const notice = open?.querySelector('.export-notice')?.textContent ?? '';
        const error = open?.querySelector('[role="alert"]')?.textContent ?? '';
        if (notice.startsWith('Saved as')) resolve(now);
        else if (error) reject(new Error(`export failed: ${error}`));
        else if (now > 600_000) reject(new Error('export did not finish within 600 s'));
        else requestAnimationFrame(check);
      };
      check();
    });
    return { phases, saved };
  });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  const built = timing.phases.Saving;
  if (built === undefined) throw new Error('the export never showed "Saving…"');
  return { built, saved: timing.saved, phases: timing.phases };
}

/** The file really holds the whole timeline: one row (or JSON entry) per seeded entry. */
function checkExport(path: string, format: 'CSV' | 'JSON'): number {
  const text = readFileSync(path, 'utf8');
  if (format === 'CSV') {
    expect(text.charCodeAt(0), 'CSV starts with a BOM').toBe(0xfeff);
    const lines = text.split('\r\n').filter(Boolean).length;
    expect(lines, 'CSV: a header and one row per entry').toBe(COUNT + 1);
  } else {
    const json = JSON.parse(text) as { entries: unknown[] };
    expect(json.entries.length).toBe(COUNT);
  }
  return statSync(path).size;
}

test(`export ${count(COUNT)} entries to CSV and JSON`, async () => {
  const { page } = app;
  await openSettled(page, READ_INCIDENT.title);
  for (const format of ['CSV', 'JSON'] as const) {
    const runs: ExportTiming[] = [];
    let bytes = 0;
    for (let i = 0; i < 3; i++) {
      runs.push(await exportOnce(page, format));
      const request = app.saveRequests.at(-1);
      if (!request) throw new Error('the export showed no save dialog');
      bytes = checkExport(join(app.saveDir, request.suggestedName), format);
    }
    const built = runs.map((r) => r.built);
    const mid = runs.find((r) => r.built === median(built))!;
    const phases = Object.entries(mid.phases)
      .map(([phase, at]) => `${phase.toLowerCase()} ${at.toFixed(0)}`)
      .join(', ');
    const bridge = (mid.saved - mid.built) / 1000;
    record(format === 'CSV' ? 'exportCsv' : 'exportJson', {
      figure: `export ${count(COUNT)} entries to ${format}, click → file built`,
      value: median(built),
      reference:
        `median of 3 (${built.map((v) => v.toFixed(0)).join(', ')} ms); phases of the median run from the click: ${phases} ms; ` +
        `then ${(bytes / MiB).toFixed(1)} MiB saved in ${bridge.toFixed(1)} s through the harness's save bridge (${(bytes / MiB / bridge).toFixed(1)} MiB/s, a Playwright binding where Electron uses IPC), file checked complete`,
    });
  }
});

test(`append ${APPENDS} entries through the composer`, async () => {
  const { page } = app;
  await openSettled(page, APPEND_INCIDENT.title);
  const before = Number(/Log verified: ([\d,]+) entries/.exec((await page.getByText(/Log verified/).textContent()) ?? '')?.[1]?.replaceAll(',', '') ?? NaN);
  const composer = page.getByRole('textbox', { name: 'New entry' });
  await composer.click();
  await page.evaluate(() => (performance.clearMeasures('lantern:append'), performance.clearMeasures('lantern:journal')));
  const stamp = Date.now().toString(36);
  const trips: number[] = [];
  for (let i = 1; i <= APPENDS; i++) {
    const text = `[bench ${stamp}-${String(i).padStart(3, '0')}] isolated FS01 from the VPN gateway`;
    await page.keyboard.insertText(text);
    // Armed before the key press: from the Ctrl+Enter keydown to the first frame with the new row.
    // The row is watched for by a MutationObserver, not checked every frame: a loop of animation
    // frames would keep the page drawing while the append is timed.
    await page.evaluate((text) => {
      const bench = window as unknown as { __benchTrip?: Promise<number> };
      bench.__benchTrip = new Promise<number>((resolve) => {
        const onKey = (event: KeyboardEvent) => {
          if (event.key !== 'Enter' || !event.ctrlKey) return;
          window.removeEventListener('keydown', onKey, true);
          const pressed = event.timeStamp;
          const shown = () => [...document.querySelectorAll('article[data-entry-id]')].some((row) => row.textContent?.includes(text));
          const painted = () => requestAnimationFrame(() => resolve(performance.now() - pressed));
          if (shown()) {
            painted();
            return;
          }
          const watch = new MutationObserver(() => {
            if (!shown()) return;
            watch.disconnect();
            painted();
          });
          watch.observe(document.body, { childList: true, subtree: true, characterData: true });
        };
        window.addEventListener('keydown', onKey, true);
      });
    }, text);
    // Held as a person holds it (~100 ms), not released at once: Playwright's keyups and its
    // polling would otherwise reach the page in the middle of the transaction being timed.
    await page.keyboard.down('Control');
    await page.keyboard.down('Enter');
    await page.waitForTimeout(KEY_HELD_MS);
    await page.keyboard.up('Enter');
    await page.keyboard.up('Control');
    trips.push(await page.evaluate(() => (window as unknown as { __benchTrip: Promise<number> }).__benchTrip));
    await expect(composer).toHaveText('');
  }
  const appends = await page.evaluate(() => performance.getEntriesByName('lantern:append', 'measure').map((m) => m.duration));
  expect(appends, 'one lantern:append measure per saved entry').toHaveLength(APPENDS);
  const where = `${APPENDS} entries written with Ctrl+Enter (held ${KEY_HELD_MS} ms) into an incident of ${count(before)}`;
  record('appendP50', { value: percentile(appends, 50), reference: `${where}; User Timing 'lantern:append'` });
  record('appendP95', { value: percentile(appends, 95), reference: `max ${Math.max(...appends).toFixed(1)} ms` });
  const journal = await page.evaluate(() => performance.getEntriesByName('lantern:journal', 'measure').map((m) => m.duration));
  expect(journal, 'one lantern:journal measure per saved entry').toHaveLength(APPENDS);
  record('appendJournal', { value: percentile(journal, 50), reference: `after each commit, until main's journal answered; through the harness's Playwright binding where Electron uses IPC` });
  record('appendJournalP95', { value: percentile(journal, 95), reference: `max ${Math.max(...journal).toFixed(1)} ms` });
  record('appendRoundTrip', { value: percentile(trips, 50), reference: `${where}; keydown to the first frame with the row` });
  record('appendRoundTripP95', { value: percentile(trips, 95), reference: `max ${Math.max(...trips).toFixed(0)} ms` });

  // The same appends with no test driver in the page while they run: typed and saved from inside
  // the page (Save clicked), so the driver's key events and replies share no CPU with the
  // transaction. The difference to the figure above is what driving the keyboard costs.
  const quiet = await page.evaluate(
    async ({ rounds, stamp }) => {
      performance.clearMeasures('lantern:append');
      const box = document.querySelector<HTMLElement>('[contenteditable][aria-label="New entry"]')!;
      const save = box.closest('section.composer-panel')!.querySelector<HTMLButtonElement>('button.btn-primary')!;
      for (let i = 1; i <= rounds; i++) {
        box.focus();
        document.execCommand('insertText', false, `[bench ${stamp}-quiet-${i}] isolated FS02 from the VPN gateway`);
        await new Promise((resolve) => setTimeout(resolve, 300));
        save.click();
        for (let wait = 0; box.textContent !== ''; wait++) {
          if (wait > 250) throw new Error(`append ${i} was not saved within 5 s`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
      return performance.getEntriesByName('lantern:append', 'measure').map((m) => m.duration);
    },
    { rounds: QUIET_APPENDS, stamp },
  );
  expect(quiet, 'one lantern:append measure per entry saved from inside the page').toHaveLength(QUIET_APPENDS);
  record('appendQuiet', {
    value: percentile(quiet, 50),
    reference: `${QUIET_APPENDS} entries typed and saved (Save clicked) from inside the page, no test driver running; p95 ${percentile(quiet, 95).toFixed(1)} ms`,
  });

  // This machine's IndexedDB, in the same page: the floor the append figures stand on.
  const floor = await measureIdbFloor(page);
  const putP50 = percentile(floor.strictPut, 50);
  record('idbStrictPut', {
    value: putP50,
    reference: `${floor.strictPut.length} puts of a 1 KB record, three indexes, scratch database; DESIGN.md's reference machine: ≈ ${DESIGN_STRICT_ADD_MS} ms`,
    ratio: { value: putP50 / DESIGN_STRICT_ADD_MS, of: 'reference machine' },
  });
  const shapeP50 = percentile(floor.appendShape, 50);
  record('idbAppendShape', {
    value: shapeP50,
    reference: `${floor.appendShape.length} transactions: the append's 4 reads and 3 writes over a copy of the notebook's log stores, no Dexie or app code; p95 ${percentile(floor.appendShape, 95).toFixed(1)} ms`,
    ratio: { value: shapeP50 / FIGURES.appendP50.target.limit, of: 'the append target' },
  });
  // What the app adds to this machine's floor: the part of an append that is its own code.
  const appendP50 = percentile(appends, 50);
  const quietP50 = percentile(quiet, 50);
  record('appendOwnShare', {
    value: appendP50 - shapeP50,
    reference: `append p50 ${appendP50.toFixed(1)} − raw transaction ${shapeP50.toFixed(1)} ms; saved from inside the page: ${quietP50.toFixed(1)} − ${shapeP50.toFixed(1)} = ${(quietP50 - shapeP50).toFixed(1)} ms`,
  });
});
