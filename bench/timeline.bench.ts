// The timeline at 100,000 entries: time to the first screen on opening the
// incident, and frame times while flicking through it (DESIGN.md targets).
import { test, expect, type Page } from '@playwright/test';
import { closeRendererServer, launchApp, type LaunchedApp } from '../tests/e2e/harness/app';
import { writeEntries } from './idb';
import { ensureIncident, PROFILE } from './profile';
import { seedEntries } from './seed';
import { median, percentile, printTable, record } from './report';

const COUNT = Number(process.env.LANTERN_BENCH_ENTRIES ?? 100_000);
const TITLE = `Benchmark · ${COUNT} entries`;

test.afterAll(async () => {
  printTable();
  await closeRendererServer();
});

/** Makes sure the profile holds a responder and an incident of COUNT chained entries. */
async function prepare(app: LaunchedApp): Promise<void> {
  const state = await ensureIncident(app.page, TITLE);
  if (state.entryCount === COUNT) return;
  if (state.entryCount > 0) throw new Error(`${PROFILE} holds a partial benchmark incident; delete the folder and run again`);
  const started = Date.now();
  const entries = seedEntries({ incidentId: state.incidentId!, deviceId: state.deviceId!, author: state.author! }, COUNT);
  await writeEntries(app.page, entries, state.lastRow + 1);
  console.log(`prepared ${COUNT} entries in ${((Date.now() - started) / 1000).toFixed(1)} s (once per profile)`);
}

async function openIncident(page: Page): Promise<number> {
  await page.reload();
  await page.locator('article[data-entry-id]').first().waitFor({ timeout: 120_000 });
  return page.evaluate(() => performance.now());
}

test(`timeline with ${COUNT} entries`, async () => {
  const app = await launchApp({ userDataDir: PROFILE });
  const { page } = app;
  await prepare(app);
  await page.getByRole('combobox', { name: 'Switch incident' }).selectOption({ label: TITLE });
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  const opens: number[] = [];
  for (let i = 0; i < 5; i++) opens.push(await openIncident(page));
  record({ figure: `open incident of ${COUNT} entries, first screen`, value: median(opens), unit: 'ms', target: '< 500', check: (v) => v < 500, reference: 'median of 5' });

  // Scroll the fully loaded timeline, with the integrity check done.
  await expect(page.getByText(/Log verified/)).toBeVisible({ timeout: 120_000 });
  await expect(page.locator('.log-progress')).toHaveCount(0);
  const frames = await page.evaluate(async () => {
    const scroller = document.querySelector<HTMLElement>('.timeline')!;
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    const deltas: number[] = [];
    let last = await frame();
    // A fast flick upwards from the newest entries, then scrollbar-style jumps.
    for (let i = 0; i < 240; i++) {
      if (i < 160) scroller.scrollTop -= 2_400;
      else scroller.scrollTop = ((i * 7919) % 1000) / 1000 * scroller.scrollHeight;
      const now = await frame();
      deltas.push(now - last);
      last = now;
    }
    return deltas;
  });
  record({ figure: 'scroll the timeline, worst frame', value: Math.max(...frames), unit: 'ms', target: '< 50', check: (v) => v < 50, reference: '240 frames' });
  record({ figure: 'scroll the timeline, p95 frame', value: percentile(frames, 95), unit: 'ms', target: '< 50', check: (v) => v < 50 });
  await app.close();
});
