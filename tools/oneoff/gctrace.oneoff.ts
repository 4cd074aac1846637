// What the garbage collector and the main thread do while the timeline's scroll bench runs,
// as the bench runs it: the 100,000-entry incident opened once, its log loaded and verified
// (RELOADS=14 reloads the page first, as the bench does before its informational second
// scroll). Chromium's trace over the 240 frames: the frames over 33 ms, every GC pause of 2 ms
// or more (a major GC with its phases), the GC total, the main thread's busy time per frame
// (p50, p95, max) and what the five busiest frames ran. ALLOC=1 adds what the scroll
// allocated, by function (V8's sampling heap profiler, collected objects included). CPU=1 adds
// the CPU profiler's self time by function inside each of the five busiest frames.
// START_IN_APPENDS=1 starts the app in the appends incident first (see below).
//   PROFILE=<copy of .cache/bench-profile> LANTERN_SERVER_PORT=47613 \
//   npx playwright test -c tools/oneoff/playwright.config.ts tools/oneoff/gctrace.oneoff.ts
import { test, expect } from '@playwright/test';
import { closeRendererServer, launchApp } from '../../tests/e2e/harness/app';
import { APPEND_INCIDENT, READ_INCIDENT, switchTo } from '../../bench/bigIncident';
import { selfTimes, startProfile, stopProfile } from './cpuProfile';

test.afterAll(() => closeRendererServer());

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: Record<string, unknown> }

test('gc trace', async () => {
  test.setTimeout(900_000);
  const app = await launchApp({ userDataDir: process.env.PROFILE! });
  const { page } = app;
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'toplevel,v8,disabled-by-default-v8.gc,devtools.timeline,blink', transferMode: 'ReportEvents' });
  // START_IN_APPENDS=1: the app starts in the appends incident, as it does when the full bench's
  // timeline test follows the append test; that log loads too, then the read-only one is opened.
  if (process.env.START_IN_APPENDS) {
    await switchTo(page, APPEND_INCIDENT.title);
    await page.reload();
    await page.locator('article[data-entry-id]').first().waitFor();
  }
  await switchTo(page, READ_INCIDENT.title);
  // RELOADS=14: what the bench's 14 reloads leave behind is in the heap too.
  for (let i = 0; i < Number(process.env.RELOADS ?? 0); i++) {
    await page.reload();
    await page.locator('article[data-entry-id]').first().waitFor();
  }
  await expect(page.getByText(/Log verified/)).toBeVisible({ timeout: 300_000 });
  await expect(page.locator('.log-progress')).toHaveCount(0);
  // ALLOC=1: where the scroll allocates (every allocation sampled, collected or not).
  if (process.env.ALLOC) {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.startSampling', { samplingInterval: 8192, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  }
  // CPU=1: the CPU profiler too; the self time of functions in the busiest frames.
  const profiler = process.env.CPU ? await startProfile(page, 200) : null;
  const frames = await page.evaluate(async () => {
    const marker = performance.now();
    (window as unknown as { alignMarker?: () => void }).alignMarker?.();
    const scroller = document.querySelector<HTMLElement>('.timeline')!;
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    const frames: [number, number][] = [[marker, 0]];
    let last = await frame();
    // Ties the page's clock to the trace's: the TimeStamp event carries this moment.
    frames.push([performance.now(), 0]);
    console.timeStamp('lantern-scroll');
    for (let i = 0; i < 240; i++) {
      if (i < 160) scroller.scrollTop -= 2_400;
      else scroller.scrollTop = (((i * 7919) % 1000) / 1000) * scroller.scrollHeight;
      const now = await frame();
      frames.push([last, now]);
      last = now;
    }
    return frames;
  });
  const [[marker]] = frames.splice(0, 1) as [[number, number]];
  const samples = profiler ? await stopProfile(profiler, marker) : null;
  if (process.env.ALLOC) await printAllocations(cdp);
  await cdp.send('Tracing.end');
  await done;
  const [[stamp]] = frames.splice(0, 1) as [[number, number]];
  const anchor = events.find((e) => e.name === 'TimeStamp' && JSON.stringify(e.args).includes('lantern-scroll'));
  if (!anchor) throw new Error('no TimeStamp event in the trace');
  // Page time of a trace event.
  const at = (ts: number) => stamp + (ts - anchor.ts) / 1000;
  const long = frames.map(([a, b], i) => ({ a, b, i })).filter(({ a, b }) => b - a > 33);
  console.log(`worst frame ${Math.max(...frames.map(([a, b]) => b - a)).toFixed(1)} ms; over 33 ms: ${long.map(({ a, b, i }) => `#${i} ${(b - a).toFixed(1)}`).join(', ') || 'none'}`);
  const main = events.filter((e) => e.pid === anchor.pid && e.tid === anchor.tid && e.ph === 'X');
  const gcs = main.filter((e) => /^(MajorGC|MinorGC|V8\.GCIncrementalMarking$|V8\.GCFinalizeMC$|V8\.GC_MC_INCREMENTAL)/.test(e.name) && at(e.ts) >= frames[0]![0] - 50 && at(e.ts) <= frames.at(-1)![1]);
  let total = 0;
  for (const gc of gcs.sort((a, b) => a.ts - b.ts)) {
    const from = at(gc.ts);
    const dur = gc.dur! / 1000;
    if (gc.name === 'MajorGC' || gc.name === 'MinorGC') total += dur;
    const frame = frames.findIndex(([a, b]) => from >= a && from < b);
    if (dur < 2) continue;
    console.log(`frame #${frame} +${(from - frames[Math.max(frame, 0)]![0]).toFixed(1)} ${gc.name} ${dur.toFixed(1)} ms ${JSON.stringify(gc.args ?? {}).slice(0, 160)}`);
    if (gc.name === 'MajorGC') {
      const phases = main.filter((e) => e.ts >= gc.ts && e.ts + (e.dur ?? 0) <= gc.ts + gc.dur! && (e.dur ?? 0) > 700 && e.name.startsWith('V8.GC_MC_'));
      for (const phase of phases) console.log(`      ${phase.name} ${(phase.dur! / 1000).toFixed(1)} ms`);
    }
  }
  console.log(`GC on the main thread during the scroll: ${total.toFixed(0)} ms`);
  // How busy the main thread was in each frame, and in what, for the five busiest.
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
  const busy = frames.map(([a, b], i) => {
    const inside = tasks.filter((e) => at(e.ts) < b && at(e.ts + e.dur!) > a);
    const ms = inside.reduce((sum, e) => sum + Math.min(b, at(e.ts + e.dur!)) - Math.max(a, at(e.ts)), 0);
    return { i, ms, a, b };
  });
  const sorted = [...busy].sort((x, y) => y.ms - x.ms);
  const pct = (p: number) => [...busy].sort((x, y) => x.ms - y.ms)[Math.floor((busy.length - 1) * p)]!.ms.toFixed(1);
  console.log(`main thread busy per frame: p50 ${pct(0.5)}, p95 ${pct(0.95)}, max ${sorted[0]!.ms.toFixed(1)} ms`);
  const NAMES = /^(FunctionCall|TimerFire|FireAnimationFrame|UpdateLayoutTree|Layout|Paint|PrePaint|Layerize|UpdateLayer|HitTest|MinorGC|MajorGC|V8\.GCIncrementalMarking|ParseHTML|EventDispatch|ResizeObserver.*|IntersectionObserverController::computeIntersections|ScrollableArea.*|Document::updateStyleAndLayout|LocalFrameView::.*|V8\.GC_MC_INCREMENTAL_START)$/;
  for (const { i, ms, a, b } of sorted.slice(0, 5)) {
    const byName = new Map<string, number>();
    for (const e of main) {
      if (!NAMES.test(e.name) || at(e.ts) >= b || at(e.ts + (e.dur ?? 0)) <= a) continue;
      byName.set(e.name, (byName.get(e.name) ?? 0) + Math.min(b, at(e.ts + e.dur!)) - Math.max(a, at(e.ts)));
    }
    const parts = [...byName].sort((x, y) => y[1] - x[1]).filter(([, d]) => d >= 0.5).map(([n, d]) => `${n} ${d.toFixed(1)}`);
    console.log(`  frame #${i} (${(b - a).toFixed(1)} ms): busy ${ms.toFixed(1)}; ${parts.join(' | ')}`);
    if (samples) {
      const { counts, inside } = selfTimes(samples, [[a, b]]);
      console.log(`    self: ${counts.slice(0, 12).map(([key, c]) => `${key} ${((c / inside) * (b - a)).toFixed(1)}`).join(' | ')}`);
    }
  }
  await app.close();
});

interface SampleNode { callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; selfSize: number; children: SampleNode[] }

/** Bytes allocated during the scroll by function (self), and by the innermost three frames. */
async function printAllocations(cdp: import('@playwright/test').CDPSession): Promise<void> {
  const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as { profile: { head: SampleNode } };
  const bySelf = new Map<string, number>();
  const byStack = new Map<string, number>();
  let total = 0;
  const walk = (node: SampleNode, stack: string[]) => {
    const here = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}:${node.callFrame.columnNumber}`;
    const path = [...stack, here];
    if (node.selfSize > 0) {
      total += node.selfSize;
      bySelf.set(here, (bySelf.get(here) ?? 0) + node.selfSize);
      const key = path.slice(-3).join(' < ');
      byStack.set(key, (byStack.get(key) ?? 0) + node.selfSize);
    }
    for (const child of node.children) walk(child, path);
  };
  walk(profile.head, []);
  console.log(`allocated during the scroll: ${(total / 2 ** 20).toFixed(1)} MiB`);
  for (const [key, bytes] of [...bySelf].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(bytes / 2 ** 20).toFixed(2).padStart(6)} MiB  ${key}`);
  console.log('by the innermost three frames:');
  for (const [key, bytes] of [...byStack].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(bytes / 2 ** 20).toFixed(2).padStart(6)} MiB  ${key}`);
}
