// Where the long frames of the timeline's scroll bench go: the bench's 240 frames (160 flicks
// of 2,400 px, 80 jumps) under the CPU profiler, repeated ROUNDS times; for every frame over
// 33 ms, its length and the functions with the most self time inside it.
//   PROFILE=<copy of .cache/bench-profile> LANTERN_SERVER_PORT=47613 \
//   npx playwright test -c tools/oneoff/playwright.config.ts tools/oneoff/scrollprofile.oneoff.ts
import { test, expect } from '@playwright/test';
import { closeRendererServer, launchApp } from '../../tests/e2e/harness/app';
import { READ_INCIDENT, switchTo } from '../../bench/bigIncident';
import { selfTimes, startProfile, stopProfile } from './cpuProfile';

test.afterAll(() => closeRendererServer());

test('scroll profile', async () => {
  test.setTimeout(900_000);
  const app = await launchApp({ userDataDir: process.env.PROFILE! });
  const { page } = app;
  await switchTo(page, READ_INCIDENT.title);
  await expect(page.getByText(/Log verified/)).toBeVisible({ timeout: 300_000 });
  await expect(page.locator('.log-progress')).toHaveCount(0);
  await page.waitForTimeout(1000);
  for (let round = 0; round < Number(process.env.ROUNDS ?? 4); round++) {
    const cdp = await startProfile(page, 200);
    const { marker, frames } = await page.evaluate(async () => {
      const marker = performance.now();
      (window as unknown as { alignMarker: () => void }).alignMarker();
      const scroller = document.querySelector<HTMLElement>('.timeline')!;
      scroller.scrollTop = scroller.scrollHeight;
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
      const frames: (readonly [number, number])[] = [];
      let last = await frame();
      for (let i = 0; i < 240; i++) {
        if (i < 160) scroller.scrollTop -= 2_400;
        else scroller.scrollTop = (((i * 7919) % 1000) / 1000) * scroller.scrollHeight;
        const now = await frame();
        frames.push([last, now] as const);
        last = now;
      }
      return { marker, frames };
    });
    const samples = await stopProfile(cdp, marker);
    const long = frames.map(([a, b], i) => ({ a, b, i })).filter(({ a, b }) => b - a > 33);
    console.log(`round ${round}: worst ${Math.max(...frames.map(([a, b]) => b - a)).toFixed(1)} ms; frames over 33 ms: ${long.length}`);
    for (const { a, b, i } of long) {
      const { counts, inside } = selfTimes(samples, [[a, b]]);
      const top = counts.slice(0, 8).map(([key, c]) => `${key} ${((c / inside) * (b - a)).toFixed(1)}`);
      console.log(`  frame ${i} (${i < 160 ? 'flick' : 'jump'}): ${(b - a).toFixed(1)} ms; ${top.join(' | ')}`);
    }
  }
  await app.close();
});
