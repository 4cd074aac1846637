// @vitest-environment node
// Issue 6, checked once outside CI: an evidence bundle holding one item larger than
// 4 GiB is a valid ZIP64 archive (`unzip -t`) and passes `lantern-verify`. The item is a
// file-backed Blob (fs.openAsBlob), so neither the notebook nor the writer holds it in
// memory; the bundle streams to disk.
//   LANTERN_ZIP64_GIB=4.5 npx vitest run -c tools/oneoff/vitest.config.mts
// Needs about 2 × the size free under .cache/zip64.
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, openAsBlob, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { expect, it } from 'vitest';
import { addEvidence } from '../../renderer/data/repositories/evidence.write';
import { appendEntry } from '../../renderer/data/repositories/entries.write';
import { gatherBundle } from '../../renderer/data/repositories/bundle.read';
import { writeBundle } from '../../renderer/bundle/writer';
import { reportTexts } from '../../renderer/bundle';
import { initI18n } from '../../renderer/i18n';
import { newIncident, noteDraft, openTestNotebook } from '../../tests/unit/data/fixtures';

const GIB = 1024 ** 3;
const size = Math.round(Number(process.env.LANTERN_ZIP64_GIB ?? 4.5) * GIB);
const dir = join(process.cwd(), '.cache', 'zip64');
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

it(`a bundle with a ${(size / GIB).toFixed(1)} GiB item passes unzip -t and lantern-verify`, async () => {
  mkdirSync(dir, { recursive: true });
  const image = join(dir, 'memory.raw');
  if (!existsSync(image) || statSync(image).size !== size) {
    execFileSync('sh', ['-c', `head -c ${size} /dev/urandom > '${image}'`]);
  }
  let started = performance.now();
  const digest = execFileSync('sha256sum', [image], { encoding: 'utf8' }).split(' ')[0]!;
  console.log(`sha256sum of the item: ${seconds(started)} s`);

  await initI18n('en');
  const nb = await openTestNotebook();
  const incident = await newIncident(nb, 'ZIP64 check');
  await appendEntry(nb.ctx, noteDraft(incident.id, 'Memory image of FS01 taken'));
  const item = await addEvidence(nb.ctx, {
    incidentId: incident.id,
    // A Blob made of the file-backed one: cloneable into the store, still read from disk.
    file: new Blob([await openAsBlob(image)]),
    originalName: 'FS01-memory.raw',
    sha256: digest,
    detectedType: { mime: 'application/octet-stream', label: 'data' },
    description: {
      description: 'Memory image of FS01',
      type: 'memory-image',
      sourceSystemId: null,
      collectedBy: { name: 'Aiko Sato', role: 'Scribe' },
      collectedAt: '2026-11-23T00:40:00.000Z',
      collectedZone: 'Asia/Tokyo',
      method: 'winpmem',
      toolVersion: '4.0',
    },
    collection: { location: 'FS01', reason: 'memory capture' },
    text: (n) => `Evidence #${n} collected`,
  });
  expect(item.size).toBe(size);

  const report = { language: 'en', texts: reportTexts('en'), verification: null, app: { name: 'Lantern', version: '0.1.0' } };
  const source = await gatherBundle(nb.db, incident.id, true);
  const built = await writeBundle(source, { includeEvidence: true }, { now: new Date(), zone: 'Asia/Tokyo', report });
  const zip = join(dir, built.name);
  started = performance.now();
  await pipeline(Readable.fromWeb(built.body as never), createWriteStream(zip));
  const summary = await built.done;
  const written = statSync(zip).size;
  console.log(`bundle written: ${(written / GIB).toFixed(2)} GiB in ${seconds(started)} s; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  expect(summary.hashMismatches).toEqual([]);
  expect(written).toBeGreaterThan(size);

  started = performance.now();
  const unzip = spawnSync('unzip', ['-t', zip], { encoding: 'utf8' });
  console.log(`unzip -t (${seconds(started)} s): ${unzip.stdout.trim().split('\n').at(-1)}`);
  expect(unzip.status).toBe(0);

  started = performance.now();
  const verify = spawnSync('npx', ['lantern-verify', zip], { encoding: 'utf8' });
  console.log(`lantern-verify (${seconds(started)} s), exit ${verify.status}:\n${verify.stdout}${verify.stderr}`);
  expect(verify.status).toBe(0);
});
