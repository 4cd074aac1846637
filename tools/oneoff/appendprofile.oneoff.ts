// A CPU profile of appends saved from inside the page into the bench's 100,000-entry incident:
// where the main thread's time goes while an append runs (self time by function, top 40).
//   PROFILE=<copy of .cache/bench-profile> LANTERN_SERVER_PORT=47613 \
//   npx playwright test -c tools/oneoff/playwright.config.ts tools/oneoff/appendprofile.oneoff.ts
// Build unminified first for readable names: npx vite build -c vite.web.config.mts --minify false
import { test, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeRendererServer, launchApp } from '../../tests/e2e/harness/app';
import { APPEND_INCIDENT, switchTo } from '../../bench/bigIncident';
import { selfTimes, startProfile, stopProfile } from './cpuProfile';

test.afterAll(() => closeRendererServer());

test('append profile', async () => {
  test.setTimeout(600_000);
  const app = await launchApp({ userDataDir: process.env.PROFILE ?? mkdtempSync(join(tmpdir(), 'probe-prof-')), saveDir: mkdtempSync(join(tmpdir(), 'probe-save-')) });
  const { page } = app;
  await switchTo(page, APPEND_INCIDENT.title);
  await expect(page.getByText(/Log verified/)).toBeVisible({ timeout: 300_000 });
  await page.waitForTimeout(500);
  const cdp = await startProfile(page, 50);
  // Samples only inside appends: the page's own measure gives each append's window.
  const { marker, windows } = await page.evaluate(async () => {
    const marker = performance.now();
    (window as unknown as { alignMarker: () => void }).alignMarker();
    const box = document.querySelector<HTMLElement>('[contenteditable][aria-label="New entry"]')!;
    const save = box.closest('section.composer-panel')!.querySelector<HTMLButtonElement>('button.btn-primary')!;
    for (let i = 0; i < 40; i++) {
      box.focus();
      document.execCommand('insertText', false, `[profile ${i}] isolated FS03 from the VPN gateway`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      save.click();
      while (box.textContent !== '') await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return { marker, windows: performance.getEntriesByName('lantern:append', 'measure').map((m) => [m.startTime, m.startTime + m.duration] as const) };
  });
  const { counts, inside } = selfTimes(await stopProfile(cdp, marker), windows);
  const span = windows.reduce((sum, [a, b]) => sum + b - a, 0);
  const perSample = span / inside;
  console.log(`samples inside appends: ${inside} over ${span.toFixed(0)} ms (${windows.length} appends, ${(span / windows.length).toFixed(2)} ms each; one sample ≈ ${(perSample * 1000).toFixed(0)} µs)`);
  for (const [key, n] of counts.slice(0, 40)) console.log(`${((n * perSample) / windows.length).toFixed(3)} ms/append  ${key}`);
});
