// Appends into an incident three ways, to tell the app's time from the test driver's: through
// Playwright's keyboard with Ctrl+Enter pressed and released at once (cdp), held 100 ms as a
// person holds it (cdpHold), and by clicking Save from inside the page with no driver traffic
// at all (inpage). Prints the app's own 'lantern:append' measure, p50 and p95, per mode.
//   npx playwright test -c tools/oneoff/playwright.config.ts tools/oneoff/appendprobe.oneoff.ts
// Into the bench's 100,000-entry incident: copy .cache/bench-profile and run with
//   PROFILE=<copy> LANTERN_SERVER_PORT=47613
// MODES (default cdp,cdpHold,inpage) and N (appends per mode, default 40) choose the rounds.
// TRACE=1 records Chromium's trace over them and prints what the main thread ran inside the
// appends: trace events by name, and the script functions called.
import { test, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeRendererServer, launchApp } from '../../tests/e2e/harness/app';
import { startIncident } from '../../tests/e2e/harness/startIncident';
import { APPEND_INCIDENT, switchTo } from '../../bench/bigIncident';
import { percentile } from '../../bench/report';

test.afterAll(() => closeRendererServer());
const N = Number(process.env.N ?? 40);

test('append: the app alone, and with the driver', async () => {
  const app = await launchApp({ userDataDir: process.env.PROFILE ?? mkdtempSync(join(tmpdir(), 'probe-append-')), saveDir: mkdtempSync(join(tmpdir(), 'probe-save-')) });
  const { page } = app;
  if (process.env.PROFILE) {
    await switchTo(page, APPEND_INCIDENT.title);
    await expect(page.locator('.log-progress')).toHaveCount(0, { timeout: 300_000 });
    await expect(page.getByText(/Log verified/)).toBeVisible({ timeout: 300_000 });
    await page.waitForTimeout(500);
  } else await startIncident(page, { name: 'Probe', title: 'Append probe' });
  const composer = page.getByRole('textbox', { name: 'New entry' });
  await composer.click();
  await page.evaluate(() => performance.clearMeasures('lantern:append'));
  // TRACE=1: Chromium's trace over the rounds; what the main thread ran inside each append.
  const cdp = process.env.TRACE ? await page.context().newCDPSession(page) : null;
  const events: TraceEvent[] = [];
  if (cdp) {
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { categories: 'toplevel,v8,devtools.timeline,blink,blink.user_timing,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  }
  for (const mode of (process.env.MODES ?? 'cdp,cdpHold,inpage').split(',')) {
    for (let i = 0; i < N; i++) {
      const text = `[${mode} ${i}] isolated FS01 from the VPN gateway`;
      if (mode === 'inpage') {
        await page.evaluate(async (text) => {
          const box = document.querySelector<HTMLElement>('[contenteditable][aria-label="New entry"]')!;
          box.focus();
          document.execCommand('insertText', false, text);
          await new Promise((resolve) => setTimeout(resolve, 300));
          box.closest('section.composer-panel')!.querySelector<HTMLButtonElement>('button.btn-primary')!.click();
          for (let wait = 0; box.textContent !== ''; wait++) {
            if (wait > 100) throw new Error('not saved');
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        }, text);
        continue;
      }
      await page.keyboard.insertText(text);
      if (mode === 'cdpHold') {
        await page.keyboard.down('Control');
        await page.keyboard.down('Enter');
        await page.waitForTimeout(100);
        await page.keyboard.up('Enter');
        await page.keyboard.up('Control');
      } else await page.keyboard.press('Control+Enter');
      await expect(composer).toHaveText('');
    }
    const times = await page.evaluate(() => {
      const measures = performance.getEntriesByName('lantern:append', 'measure').map((m) => m.duration);
      performance.clearMeasures('lantern:append');
      return measures;
    });
    console.log(`${mode}: n=${times.length} p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`);
  }
  if (cdp) {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    printInsideAppends(events);
  }
});

interface TraceEvent { name: string; cat: string; ph: string; ts: number; dur?: number; tid: number; pid: number; id?: string; id2?: { local?: string }; args?: Record<string, unknown> }

/** For the appends (User Timing 'lantern:append' spans in the trace): the main thread's busy time inside them, by event. */
function printInsideAppends(events: TraceEvent[]): void {
  const begins = events.filter((e) => e.name === 'lantern:append' && (e.ph === 'b' || e.ph === 'B'));
  const ends = events.filter((e) => e.name === 'lantern:append' && (e.ph === 'e' || e.ph === 'E'));
  const spans = begins.map((b, i) => [b.ts, ends[i]!.ts, b.pid, b.tid] as const);
  if (spans.length === 0) return console.log('no lantern:append spans in the trace');
  const main = events.filter((e) => e.ph === 'X' && e.pid === spans[0]![2] && e.tid === spans[0]![3]);
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const byName = new Map<string, number>();
  let busy = 0;
  let total = 0;
  for (const [from, to] of spans) {
    total += to - from;
    for (const e of main) {
      const overlap = Math.min(to, e.ts + (e.dur ?? 0)) - Math.max(from, e.ts);
      if (overlap <= 0) continue;
      if (tasks.includes(e)) busy += overlap;
      else byName.set(e.name, (byName.get(e.name) ?? 0) + overlap);
    }
  }
  const per = (us: number) => (us / spans.length / 1000).toFixed(2);
  console.log(`${spans.length} appends: ${per(total)} ms each, main thread busy ${per(busy)} ms of it`);
  for (const [name, us] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${per(us).padStart(6)} ms  ${name}`);
  // Which script functions the tasks inside ran (the trace's FunctionCall events name them).
  const calls = new Map<string, number>();
  for (const [from, to] of spans) {
    for (const e of main) {
      if (e.name !== 'FunctionCall' && e.name !== 'TimerFire' && e.name !== 'EventDispatch') continue;
      const overlap = Math.min(to, e.ts + (e.dur ?? 0)) - Math.max(from, e.ts);
      if (overlap <= 0) continue;
      const data = (e.args?.data ?? {}) as { functionName?: string; url?: string; lineNumber?: number; type?: string; timerId?: number };
      const key = `${e.name} ${data.type ?? ''}${data.functionName ?? ''} ${(data.url ?? '').split('/').pop()}:${data.lineNumber ?? ''}`;
      calls.set(key, (calls.get(key) ?? 0) + overlap);
    }
  }
  console.log('script run inside the appends:');
  for (const [name, us] of [...calls].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${per(us).padStart(6)} ms  ${name}`);
}
