// The renderer's JavaScript heap with the bench's 100,000-entry incident open and loaded:
// used and total, after a full garbage collection, and how long that collection took; and,
// from V8's sampling heap profiler run over the opening, what code allocated what is still live;
// and the main thread's long tasks while the log loaded. SNAPSHOT=1 adds a heap snapshot's
// summary: bytes and count by kind of object, strings by their shape.
//   PROFILE=<copy of .cache/bench-profile> LANTERN_SERVER_PORT=47613 \
//   npx playwright test -c tools/oneoff/playwright.config.ts tools/oneoff/heapprobe.oneoff.ts
import { test, expect } from '@playwright/test';
import { closeRendererServer, launchApp } from '../../tests/e2e/harness/app';
import { READ_INCIDENT, switchTo } from '../../bench/bigIncident';

test.afterAll(() => closeRendererServer());

test('heap', async () => {
  test.setTimeout(600_000);
  const app = await launchApp({ userDataDir: process.env.PROFILE! });
  const { page } = app;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', { samplingInterval: 64 * 1024 });
  // Long tasks on the main thread while the log loads (each page of entries is one task).
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: 'longtask' });
  });
  await switchTo(page, READ_INCIDENT.title);
  await expect(page.getByText(/Log verified/)).toBeVisible({ timeout: 300_000 });
  await expect(page.locator('.log-progress')).toHaveCount(0);
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.sort((a, b) => b - a));
  console.log(`long tasks while loading: ${tasks.length}, longest ${tasks.slice(0, 5).map((d) => d.toFixed(0)).join(', ')} ms`);
  const usage = async () => {
    const { usedSize, totalSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
    return `used ${(usedSize / 2 ** 20).toFixed(0)} MiB of ${(totalSize / 2 ** 20).toFixed(0)} MiB`;
  };
  console.log(`loaded: ${await usage()}`);
  for (let i = 0; i < 3; i++) {
    const started = Date.now();
    await cdp.send('HeapProfiler.collectGarbage');
    console.log(`full GC ${i + 1}: ${Date.now() - started} ms; ${await usage()}`);
  }
  interface SampleNode { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: SampleNode[] }
  const { profile } = (await cdp.send('HeapProfiler.getSamplingProfile')) as { profile: { head: SampleNode } };
  // Live bytes by where they were allocated: the innermost four frames of the stack.
  const bySite = new Map<string, number>();
  const walk = (node: SampleNode, stack: string[]) => {
    const here = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
    const path = [...stack, here];
    if (node.selfSize > 0) {
      const key = path.slice(-4).join(' < ');
      bySite.set(key, (bySite.get(key) ?? 0) + node.selfSize);
    }
    for (const child of node.children) walk(child, path);
  };
  walk(profile.head, []);
  for (const [key, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(bytes / 2 ** 20).toFixed(1)} MiB  ${key}`);
  if (process.env.SNAPSHOT) await summarizeSnapshot(cdp);
  await app.close();
});

/** SNAPSHOT=1: a heap snapshot's summary, as DevTools shows it: self size and count by constructor (strings by kind). */
async function summarizeSnapshot(cdp: import('@playwright/test').CDPSession): Promise<void> {
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }: { chunk: string }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const groups = new Map<string, { count: number; bytes: number }>();
  let total = 0;
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[snapshot.nodes[i + typeAt!]!]!;
    const name = snapshot.strings[snapshot.nodes[i + nameAt!]!]!;
    const size = snapshot.nodes[i + sizeAt!]!;
    total += size;
    const key = type === 'object' || type === 'closure' || type === 'hidden' || type === 'code' || type === 'native' ? `${type} ${name.slice(0, 60)}` : type === 'string' ? `string ${stringKind(name)}` : type;
    const group = groups.get(key) ?? { count: 0, bytes: 0 };
    group.count++;
    group.bytes += size;
    groups.set(key, group);
  }
  console.log(`snapshot: ${(total / 2 ** 20).toFixed(1)} MiB in ${snapshot.nodes.length / width} nodes`);
  for (const [key, { count, bytes }] of [...groups].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 40)) {
    console.log(`${(bytes / 2 ** 20).toFixed(1).padStart(7)} MiB ${String(count).padStart(9)}  ${key}`);
  }
}

/** What a string in the snapshot is, by its shape. */
function stringKind(value: string): string {
  if (/^[0-9a-f]{64}$/.test(value)) return 'hex-64';
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-/.test(value)) return 'uuid';
  if (/^\d{4}-\d\d-\d\dT/.test(value)) return 'instant';
  // The bench's seeded texts start with "#" and their number.
  if (value.startsWith('#')) return value === value.toLowerCase() ? 'text-lower' : 'text';
  return value.length > 40 ? 'other-long' : 'other-short';
}
