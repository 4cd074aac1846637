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

test.afterAll(() => closeRendererServer());

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }

test('append profile', async () => {
  test.setTimeout(600_000);
  const app = await launchApp({ userDataDir: process.env.PROFILE ?? mkdtempSync(join(tmpdir(), 'probe-prof-')), saveDir: mkdtempSync(join(tmpdir(), 'probe-save-')) });
  const { page } = app;
  await switchTo(page, APPEND_INCIDENT.title);
  await expect(page.getByText(/Log verified/)).toBeVisible({ timeout: 300_000 });
  await page.waitForTimeout(500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  // Samples only inside appends: the page marks each append's window.
  const { marker, windows } = await page.evaluate(async () => {
    // A named busy loop whose first sample ties the profile's clock to the page's.
    const marker = performance.now();
    const alignMarker = () => {
      const until = performance.now() + 20;
      while (performance.now() < until);
    };
    alignMarker();
    const box = document.querySelector<HTMLElement>('[contenteditable][aria-label="New entry"]')!;
    const save = box.closest('section.composer-panel')!.querySelector<HTMLButtonElement>('button.btn-primary')!;
    for (let i = 0; i < 40; i++) {
      box.focus();
      document.execCommand('insertText', false, `[profile ${i}] isolated FS03 from the VPN gateway`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      save.click();
      while (box.textContent !== '') await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return { marker, windows: performance.getEntriesByName('lantern:append', 'measure').map((m) => [m.startTime, m.startTime + m.duration]) };
  });
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] } };
  // Profile times are µs on the profiler's clock; the marker's first sample maps them to page time.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  let t = profile.startTime;
  const self = new Map<string, number>();
  const times: number[] = [];
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i]!;
    times.push(t);
  }
  const first = profile.samples.findIndex((id) => byId.get(id)!.callFrame.functionName === 'alignMarker');
  if (first < 0) throw new Error('no sample in the marker');
  const shift = marker - times[first]! / 1000;
  let inside = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const at = times[i]! / 1000 + shift;
    if (!windows.some(([a, b]) => at >= a! && at <= b!)) continue;
    inside++;
    const node = byId.get(profile.samples[i]!)!;
    const key = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + 1);
  }
  const span = windows.reduce((sum, [a, b]) => sum + b! - a!, 0);
  const perSample = span / inside;
  console.log(`samples inside appends: ${inside} over ${span.toFixed(0)} ms (${windows.length} appends, ${(span / windows.length).toFixed(2)} ms each; one sample ≈ ${(perSample * 1000).toFixed(0)} µs)`);
  for (const [key, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${((n * perSample) / windows.length).toFixed(3)} ms/append  ${key}`);
});
