// Where the time of hashing a 512 MiB File goes in Chromium, in workers made from Blob URLs
// with hash-wasm's own build: reading alone, hashing alone (data already in memory), both on
// one thread (the loop of sha256OfBlob) and on two threads (a reader and a hasher passing two
// or three 4 MiB buffers by transfer, as sha256Stream.ts now does). Three rounds each:
//   npx playwright test -c tools/oneoff/playwright.config.ts tools/oneoff/hashpipe.oneoff.ts
import { test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { writeLargeFile } from '../../tests/e2e/harness/files';

const FILE = '/tmp/hashpipe-512.bin';
const MiB = 1024 * 1024;

test('hash pipeline variants', async ({ page }) => {
  if (!existsSync(FILE)) await writeLargeFile(FILE, 512 * MiB);
  const umd = readFileSync(require.resolve('hash-wasm/dist/sha256.umd.min.js'), 'utf8');
  await page.setContent('<input type="file" id="f">');
  await page.setInputFiles('#f', FILE);
  const results = await page.evaluate(async (umd) => {
    const lib = URL.createObjectURL(new Blob([umd], { type: 'text/javascript' }));
    const common = `importScripts(${JSON.stringify(lib)});
      const READ = 4*1024*1024;
      async function readAll(blob, onChunk) {
        const byob = blob.stream().getReader({ mode: 'byob' });
        let spare = new ArrayBuffer(READ);
        let next = byob.read(new Uint8Array(new ArrayBuffer(READ)), { min: READ });
        for (;;) { const { done, value } = await next; if (done) { if (value && value.byteLength) onChunk(value); break; }
          next = byob.read(new Uint8Array(spare), { min: READ }); onChunk(value); spare = value.buffer; }
      }`;
    const single = `${common}
      onmessage = async (e) => { const { blob, mode } = e.data; const t = performance.now();
        if (mode === 'read') { let n = 0; await readAll(blob, (c) => n += c.byteLength); postMessage({ ms: performance.now() - t, n }); return; }
        const h = await hashwasm.createSHA256(); h.init(); const t0 = performance.now();
        if (mode === 'mem') { const buf = new Uint8Array(READ); for (let i = 0; i < blob.size / READ; i++) h.update(buf); postMessage({ ms: performance.now() - t0, hex: h.digest('hex') }); return; }
        await readAll(blob, (c) => h.update(c)); postMessage({ ms: performance.now() - t, hex: h.digest('hex') }); };`;
    const hasher = `${common}
      onmessage = async (e) => { const port = e.data.port; const h = await hashwasm.createSHA256(); h.init();
        port.onmessage = (m) => { if (m.data.done) { port.postMessage({ hex: h.digest('hex') }); return; } h.update(new Uint8Array(m.data.buf, 0, m.data.len)); port.postMessage({ buf: m.data.buf }, [m.data.buf]); }; };`;
    const reader = `${common}
      onmessage = async (e) => { const { blob, port, pool } = e.data; const t = performance.now();
        const free = []; for (let i = 0; i < pool; i++) free.push(new ArrayBuffer(READ));
        let waiting = null; port.onmessage = (m) => { if (m.data.buf) { free.push(m.data.buf); if (waiting) { const w = waiting; waiting = null; w(); } } else postMessage({ ms: performance.now() - t, hex: m.data.hex }); };
        const byob = blob.stream().getReader({ mode: 'byob' });
        for (;;) { if (!free.length) await new Promise((r) => waiting = r); const buf = free.pop();
          const { done, value } = await byob.read(new Uint8Array(buf), { min: READ });
          if (value && value.byteLength) port.postMessage({ buf: value.buffer, len: value.byteLength }, [value.buffer]); else if (value) free.push(value.buffer);
          if (done) break; }
        port.postMessage({ done: true }); };`;
    const url = (s: string) => URL.createObjectURL(new Blob([s], { type: 'text/javascript' }));
    const file = (document.getElementById('f') as HTMLInputElement).files![0]!;
    const run = (src: string, data: object): Promise<{ ms: number; hex?: string }> => new Promise((resolve) => { const w = new Worker(url(src)); w.onmessage = (e) => { resolve(e.data); w.terminate(); }; w.postMessage({ blob: file, ...data }); });
    const pipe = (pool: number): Promise<{ ms: number; hex?: string }> => new Promise((resolve) => {
      const ch = new MessageChannel(); const h = new Worker(url(hasher)); h.postMessage({ port: ch.port1 }, [ch.port1]);
      const r = new Worker(url(reader)); r.onmessage = (e) => { resolve(e.data); r.terminate(); h.terminate(); }; r.postMessage({ blob: file, port: ch.port2, pool }, [ch.port2]); });
    const out: Record<string, number[]> = { read: [], mem: [], single: [], pipe2: [], pipe3: [] };
    const hexes = new Set<string>();
    for (let round = 0; round < 3; round++) {
      out.read!.push((await run(single, { mode: 'read' })).ms);
      out.mem!.push((await run(single, { mode: 'mem' })).ms);
      const s = await run(single, { mode: 'hash' }); out.single!.push(s.ms); hexes.add(s.hex!);
      const p2 = await pipe(2); out.pipe2!.push(p2.ms); hexes.add(p2.hex!);
      const p3 = await pipe(3); out.pipe3!.push(p3.ms); hexes.add(p3.hex!);
    }
    return { out, hexes: [...hexes] };
  }, umd);
  const mibs = (ms: number) => (512 / (ms / 1000)).toFixed(0);
  for (const [k, v] of Object.entries(results.out)) console.log(k, v.map((ms) => `${ms.toFixed(0)}ms=${mibs(ms)}MiB/s`).join(' '));
  console.log('hexes', results.hexes);
});
