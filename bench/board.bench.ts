// The systems board with 500 systems and 50 checklist runs of 20 items: time
// from choosing the Systems tab to every card on screen (issue 3's target).
import { test, expect } from '@playwright/test';
import { closeRendererServer, launchApp, type LaunchedApp } from '../tests/e2e/harness/app';
import { writeEntries, writeRecords } from './idb';
import { ensureIncident, PROFILE } from './profile';
import { boardSeed } from './boardSeed';
import { median, record } from './report';

const SYSTEMS = 500;
const TITLE = `Benchmark · board of ${SYSTEMS} systems`;

test.afterAll(async () => {
  await closeRendererServer();
});

async function prepare(app: LaunchedApp): Promise<void> {
  const state = await ensureIncident(app.page, TITLE);
  if (state.entryCount > 0) return;
  const seed = boardSeed({ incidentId: state.incidentId!, deviceId: state.deviceId!, author: state.author! }, SYSTEMS, 50);
  await writeRecords(app.page, 'systems', seed.systems);
  await writeRecords(app.page, 'checklistRuns', seed.runs);
  await writeEntries(app.page, seed.entries, state.lastRow + 1);
  // The app does not watch writes made behind its back: open the notebook afresh.
  await app.page.reload();
  await app.page.getByRole('button', { name: 'Settings' }).waitFor();
}

test(`systems board with ${SYSTEMS} systems and 50 runs`, async () => {
  const app = await launchApp({ userDataDir: PROFILE });
  const { page } = app;
  await prepare(app);
  await page.getByRole('combobox', { name: 'Switch incident' }).selectOption({ label: TITLE });
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.getByRole('tab', { name: 'Log' }).click();
    await expect(page.locator('.sys-card')).toHaveCount(0);
    // Measured in the page, to the first frame with every card: Playwright's polling would add its own delay.
    times.push(
      await page.evaluate(async (count) => {
        const tab = [...document.querySelectorAll<HTMLElement>('[role=tab]')].find((el) => el.textContent?.trim() === 'Systems')!;
        const started = performance.now();
        tab.click();
        await new Promise<void>((resolve) => {
          const check = () => (document.querySelectorAll('.sys-card').length >= count ? resolve() : requestAnimationFrame(check));
          check();
        });
        return performance.now() - started;
      }, SYSTEMS),
    );
  }
  record('board', { value: median(times), reference: `median of 5 (${times.map((v) => v.toFixed(0)).join(', ')} ms)` });
  await app.close();
});
