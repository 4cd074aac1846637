// The CPU profiler for the one-off probes: samples read back on the page's clock, and the self
// time of each function inside chosen windows of page time. The page ties the two clocks
// together by calling `window.alignMarker()` (installed by `startProfile`) at a moment it
// records with performance.now(): the first sample inside that busy loop marks the moment.
import type { CDPSession, Page } from '@playwright/test';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Samples {
  /** Each sample's time on the page's clock (ms) and the function it was in. */
  at: number[];
  where: string[];
}

/** Starts sampling every `intervalUs` µs, with `window.alignMarker()` installed in the page. */
export async function startProfile(page: Page, intervalUs: number): Promise<CDPSession> {
  await page.evaluate(() => {
    (window as unknown as { alignMarker: () => void }).alignMarker = function alignMarker() {
      const until = performance.now() + 20;
      while (performance.now() < until);
    };
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  return cdp;
}

/** Stops sampling; `marker` is the page's performance.now() just before it called alignMarker(). */
export async function stopProfile(cdp: CDPSession, marker: number): Promise<Samples> {
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const micros: number[] = [];
  let t = profile.startTime;
  for (const delta of profile.timeDeltas) micros.push((t += delta));
  const first = profile.samples.findIndex((id) => byId.get(id)!.callFrame.functionName === 'alignMarker');
  if (first < 0) throw new Error('no sample inside alignMarker()');
  const shift = marker - micros[first]! / 1000;
  return {
    at: micros.map((us) => us / 1000 + shift),
    where: profile.samples.map((id) => {
      const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
      return `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}`;
    }),
  };
}

/** Samples per function inside any of `windows` ([from, to] in page ms), most first, and their total. */
export function selfTimes(samples: Samples, windows: readonly (readonly [number, number])[]): { counts: [string, number][]; inside: number } {
  const counts = new Map<string, number>();
  let inside = 0;
  samples.at.forEach((at, i) => {
    if (!windows.some(([from, to]) => at >= from && at <= to)) return;
    inside++;
    counts.set(samples.where[i]!, (counts.get(samples.where[i]!) ?? 0) + 1);
  });
  return { counts: [...counts].sort((a, b) => b[1] - a[1]), inside };
}
