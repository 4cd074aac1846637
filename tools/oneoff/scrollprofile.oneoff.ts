// Where the long frames of the timeline's scroll bench go: the bench's 240 frames (160 flicks
// of 2,400 px, 80 jumps) under the CPU profiler, repeated ROUNDS times; for every frame over
// 33 ms, its length and the functions with the most self time inside it.
//   PROFILE=<copy of .cache/bench-profile> LANTERN_SERVER_PORT=47613 \
//   npx playwright test -c tools/oneoff/playwright.config.ts tools/oneoff/scrollprofile.oneoff.ts
import { test, expect } from '@playwright/test';
import { closeRendererServer, launchApp } from '../../tests/e2e/harness/app';
import { READ_INCIDENT, switchTo } from '../../bench/bigIncident';

test.afterAll(() => closeRendererServer());

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }

test('scroll profile', async () => {
  test.setTimeout(900_000);
  const app = await launchApp({ userDataDir: process.env.PROFILE! });
  const { page } = app;
  await switchTo(page, READ_INCIDENT.title);
  await expect(page.getByText(/Log verified/)).toBeVisible({ timeout: 300_000 });
  await expect(page.locator('.log-progress')).toHaveCount(0);
  await page.waitForTimeout(1000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  for (let round = 0; round < Number(process.env.ROUNDS ?? 4); round++) {
    await cdp.send('Profiler.start');
    const { marker, frames } = await page.evaluate(async () => {
      const marker = performance.now();
      const alignMarker = () => {
        const until = performance.now() + 20;
        while (performance.now() < until);
      };
      alignMarker();
      const scroller = document.querySelector<HTMLElement>('.timeline')!;
      scroller.scrollTop = scroller.scrollHeight;
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
      const frames: [number, number][] = [];
      let last = await frame();
      for (let i = 0; i < 240; i++) {
        if (i < 160) scroller.scrollTop -= 2_400;
        else scroller.scrollTop = (((i * 7919) % 1000) / 1000) * scroller.scrollHeight;
        const now = await frame();
        frames.push([last, now]);
        last = now;
      }
      return { marker, frames };
    });
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] } };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const times: number[] = [];
    let t = profile.startTime;
    for (const delta of profile.timeDeltas) times.push((t += delta));
    const first = profile.samples.findIndex((id) => byId.get(id)!.callFrame.functionName === 'alignMarker');
    const shift = marker - times[first]! / 1000;
    const long = frames.map(([a, b], i) => ({ a, b, i })).filter(({ a, b }) => b - a > 33);
    console.log(`round ${round}: worst ${Math.max(...frames.map(([a, b]) => b - a)).toFixed(1)} ms; frames over 33 ms: ${long.length}`);
    for (const { a, b, i } of long) {
      const self = new Map<string, number>();
      let n = 0;
      profile.samples.forEach((id, k) => {
        const at = times[k]! / 1000 + shift;
        if (at < a || at > b) return;
        n++;
        const node = byId.get(id)!;
        const key = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
        self.set(key, (self.get(key) ?? 0) + 1);
      });
      const top = [...self].sort((x, y) => y[1] - x[1]).slice(0, 8).map(([key, c]) => `${key} ${((c / n) * (b - a)).toFixed(1)}`);
      console.log(`  frame ${i} (${i < 160 ? 'flick' : 'jump'}): ${(b - a).toFixed(1)} ms; ${top.join(' | ')}`);
    }
  }
  await app.close();
});
