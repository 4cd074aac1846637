// @vitest-environment node
// A restore checks the whole file before it writes anything: a damaged, cut-short, foreign,
// tampered or newer-schema backup is refused with its own code, and the notebook it was
// meant for is left exactly as it was. A notebook that holds anything is replaced only by an
// explicit choice made for exactly what it held, and a full disk mid-restore keeps the old one.
import { makeZip } from 'client-zip';
import { afterEach, describe, expect, it } from 'vitest';
import { readSnapshot } from '../../../renderer/data/repositories/backup.read';
import { restoreNotebook } from '../../../renderer/data/repositories/backup.write';
import { notebookCounts } from '../../../renderer/data/repositories/backup.read';
import { writeBackup } from '../../../renderer/backup/writer';
import { verifyIncidentLog } from '../../../renderer/data/repositories/entries.read';
import { busyNotebook, collect, readZip } from '../bundle/writerFixtures';
import { newIncident } from '../data/fixtures';
import { secondResponder } from '../data/handoffFixtures';
import { backupOf, evidenceDigests, readForRestore, tableFingerprints } from './backupFixtures';
import type { TestNotebook } from '../data/fixtures';

const originals = { add: IDBObjectStore.prototype.add, put: IDBObjectStore.prototype.put };
afterEach(() => Object.assign(IDBObjectStore.prototype, originals));

/** Reading and, if that passes, restoring into `target` as an empty notebook: what the dialog does. */
async function attempt(zip: Blob, target: TestNotebook) {
  const verified = await readForRestore(zip, target.db);
  await restoreNotebook(target.db, verified, { kind: 'empty' });
}

/** The ZIP rebuilt with some entries changed, added or left out (the manifest untouched unless changed). */
async function rebuilt(zip: Blob, change: (name: string, bytes: Uint8Array) => Uint8Array | null, extra: { name: string; input: Uint8Array }[] = []) {
  const opened = await readZip(zip);
  const entries: { name: string; input: Uint8Array }[] = [];
  for (const name of opened.names) {
    const bytes = change(name, await opened.bytes(name));
    if (bytes) entries.push({ name, input: bytes });
  }
  return new Response(makeZip([...entries, ...extra])).blob();
}

/** A backup of `nb` whose snapshot was altered before writing: signed and hashed as if genuine. */
async function forged(nb: TestNotebook, alter: (snapshot: Awaited<ReturnType<typeof readSnapshot>>) => void) {
  const snapshot = await readSnapshot(nb.db);
  alter(snapshot);
  const built = writeBackup(snapshot, { now: nb.clock.now, reason: 'manual', app: { name: 'Lantern', version: 'test' } });
  return collect(built.body);
}

const textOf = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('a restore refuses bad input and writes nothing', () => {
  it.each([
    ['not a ZIP', 'backup.notZip', async () => new Blob([bytesOf('this is a ransom note, not a backup')])],
    ['a ZIP cut short', 'backup.truncated', async (zip: Blob) => zip.slice(0, zip.size - 200)],
    ['a ZIP without a manifest', 'backup.notBackup', (zip: Blob) => rebuilt(zip, (name, bytes) => (name === 'lantern-backup.json' ? null : bytes))],
    ['an evidence bundle', 'backup.isBundle', async () => new Response(makeZip([{ name: 'bag-info.txt', input: bytesOf('Lantern-Bundle-Format: 1\n') }])).blob()],
    ['a table whose bytes changed', 'backup.hashMismatch', (zip: Blob) => rebuilt(zip, (name, bytes) => (name === 'tables/entries.ndjson' ? bytesOf(textOf(bytes).replace('FS01 shows', 'FS09 shows')) : bytes))],
    ['an evidence file whose bytes changed', 'backup.hashMismatch', (zip: Blob) => rebuilt(zip, (name, bytes) => (name.startsWith('evidence/') ? bytes.map((b, i) => (i === 3 ? b ^ 1 : b)) : bytes))],
    ['a missing evidence file', 'backup.missingFile', (zip: Blob) => rebuilt(zip, (name, bytes) => (name.startsWith('evidence/') ? null : bytes))],
    ['a file not in the manifest', 'backup.extraFile', (zip: Blob) => rebuilt(zip, (_n, bytes) => bytes, [{ name: 'tables/extra.ndjson', input: bytesOf('{}\n') }])],
    ['a manifest changed after signing', 'backup.badSignature', (zip: Blob) => rebuilt(zip, (name, bytes) => (name === 'lantern-backup.json' ? bytesOf(textOf(bytes).replace('"version": "test"', '"version": "9.9"')) : bytes))],
    ['a manifest that is not JSON', 'backup.malformed', (zip: Blob) => rebuilt(zip, (name, bytes) => (name === 'lantern-backup.json' ? bytesOf('{"format": "lantern-backup",') : bytes))],
    ['an unknown backup format', 'backup.unknownFormat', (zip: Blob) => rebuilt(zip, (name, bytes) => (name === 'lantern-backup.json' ? bytesOf(textOf(bytes).replace('"version": 1,', '"version": 2,')) : bytes))],
    ['an entry with a path that escapes', 'backup.unsafeZip', (zip: Blob) => rebuilt(zip, (_n, bytes) => bytes, [{ name: '../outside.txt', input: bytesOf('x') }])],
  ])('%s → %s', async (_label, code, make) => {
    const { nb } = await busyNotebook();
    const { zip } = await backupOf(nb);
    const target = await secondResponder();
    const before = await tableFingerprints(target.db);
    await expect(attempt(await make(zip), target)).rejects.toMatchObject({ code });
    expect(await tableFingerprints(target.db)).toEqual(before);
    expect(await target.db.evidenceBlobs.count()).toBe(0);
  });

  it('refuses a backup of a newer or an unknown schema version, naming the version', async () => {
    const { nb } = await busyNotebook();
    const target = await secondResponder();
    await expect(attempt(await forged(nb, (s) => (s.schemaVersion = 5)), target)).rejects.toMatchObject({ code: 'backup.newerSchema', details: { version: 5 } });
    await expect(attempt(await forged(nb, (s) => (s.schemaVersion = 3)), target)).rejects.toMatchObject({ code: 'backup.unknownSchema', details: { version: 3 } });
    expect(await notebookCounts(target.db)).toMatchObject({ incidents: 0, entries: 0, files: 0 });
  });

  it('refuses records that are not valid JSON or not valid records, naming the file and line', async () => {
    const { nb } = await busyNotebook();
    const target = await secondResponder();
    const replaceTable = (name: string, text: (original: string) => string) => async (s: Awaited<ReturnType<typeof readSnapshot>>) => {
      const table = s.tables.find((t) => t.name === name)!;
      table.ndjson = new Blob([text(await table.ndjson.text())]);
    };
    const lines = async (name: string) => (await (await readSnapshot(nb.db)).tables.find((t) => t.name === name)!.ndjson.text()).split('\n');
    const entries = await lines('entries');
    const brokenJson = [entries[0], '{"id": ', ...entries.slice(2)].join('\n');
    const snapshotWith = async (name: string, text: string) => {
      const snapshot = await readSnapshot(nb.db);
      await replaceTable(name, () => text)(snapshot);
      snapshot.tables.find((t) => t.name === name)!.records = text.split('\n').length - 1;
      const built = writeBackup(snapshot, { now: nb.clock.now, reason: 'manual', app: { name: 'Lantern', version: 'test' } });
      return collect(built.body);
    };
    await expect(attempt(await snapshotWith('entries', brokenJson), target)).rejects.toMatchObject({ code: 'backup.malformed', details: { file: 'tables/entries.ndjson', line: 2 } });
    const badHash = entries.map((line, i) => (i === 1 ? line.replace(/"hash":"[0-9a-f]{64}"/, '"hash":"not-a-hash"') : line)).join('\n');
    await expect(attempt(await snapshotWith('entries', badHash), target)).rejects.toMatchObject({ code: 'backup.invalidRecord', details: { file: 'tables/entries.ndjson', line: 2 } });
    const incidents = await lines('incidents');
    await expect(attempt(await snapshotWith('incidents', [incidents[0], incidents[0], ''].join('\n')), target)).rejects.toMatchObject({ code: 'backup.invalidRecord', details: { file: 'tables/incidents.ndjson', line: 2 } });
    expect(await notebookCounts(target.db)).toMatchObject({ incidents: 0, entries: 0, files: 0 });
  });
});

describe('a notebook that holds anything', () => {
  it('is not written to without the explicit choice, and is replaced only as it was shown', async () => {
    const { nb: a } = await busyNotebook();
    const { zip } = await backupOf(a);
    const b = await secondResponder();
    await newIncident(b, 'Phishing at the Osaka branch');
    const before = await tableFingerprints(b.db);
    const verified = await readForRestore(zip, b.db);

    await expect(restoreNotebook(b.db, verified, { kind: 'empty' })).rejects.toMatchObject({ code: 'backup.notEmpty' });
    expect(await tableFingerprints(b.db)).toEqual(before);

    // Shown one notebook, but it changed before the responder confirmed: nothing is replaced.
    const shown = await notebookCounts(b.db);
    await newIncident(b, 'Second incident opened meanwhile');
    await expect(restoreNotebook(b.db, verified, { kind: 'replace', expected: shown })).rejects.toMatchObject({ code: 'backup.notebookChanged' });
    expect((await b.db.incidents.toArray()).map((i) => i.title).sort()).toEqual(['Phishing at the Osaka branch', 'Second incident opened meanwhile']);

    // Confirmed for what it holds now: replaced by the backup as a whole.
    await restoreNotebook(b.db, verified, { kind: 'replace', expected: await notebookCounts(b.db) });
    expect(await tableFingerprints(b.db)).toEqual(await tableFingerprints(a.db));
    expect(await evidenceDigests(b.db)).toEqual(await evidenceDigests(a.db));
  });

  it('keeps the notebook it was to replace when the disk fills during the restore', async () => {
    const { nb: a } = await busyNotebook();
    const { zip } = await backupOf(a);
    const { nb: b, incident } = await busyNotebook();
    const before = await tableFingerprints(b.db);
    const files = await evidenceDigests(b.db);
    const verified = await readForRestore(zip, b.db);
    const shown = await notebookCounts(b.db);
    IDBObjectStore.prototype.add = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    await expect(restoreNotebook(b.db, verified, { kind: 'replace', expected: shown })).rejects.toMatchObject({ code: 'storage.full' });
    Object.assign(IDBObjectStore.prototype, originals);
    expect(await tableFingerprints(b.db)).toEqual(before);
    expect(await evidenceDigests(b.db)).toEqual(files);
    expect(await verifyIncidentLog(b.db, incident.id)).toMatchObject({ ok: true });
  });
});
