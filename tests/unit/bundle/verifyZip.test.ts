// @vitest-environment node
// Hostile archives are refused before anything in them is trusted: not a ZIP, cut short,
// names that escape the folder or shadow each other, links, and bombs counted as they
// inflate. Each is a good bag with one bad thing added, so only that thing can fail it.
import { describe, expect, it } from 'vitest';
import { verifyBundle, type BundleFailureCode, type BundleVerification } from '../../../shared/bundle/verify';
import { collisionKey, isSymlinkAttributes, unsafePathReason } from '../../../shared/bundle/zipSafety';
import { asBlob, buildBag, zipBag } from './fixtures/bag';
import { makeNotebook } from './fixtures/notebook';
import { rawZip, type RawEntry } from './fixtures/rawZip';

async function goodEntries(): Promise<RawEntry[]> {
  return [...(await buildBag(makeNotebook()))].map(([name, data]) => ({ name, data }));
}

const withExtra = async (...extra: RawEntry[]) => verifyBundle(asBlob(rawZip([...(await goodEntries()), ...extra])));

function expectFailure(result: BundleVerification, code: BundleFailureCode, file: string | null) {
  expect(result.ok).toBe(false);
  expect(result.failure).toMatchObject({ code, file });
  expect(result.checks.at(-1)).toMatchObject({ ok: false });
}

describe('verifyBundle on hostile archives', () => {
  it('accepts the good bag as the raw writer zips it, so each case below fails on its one change', async () => {
    expect((await verifyBundle(asBlob(rawZip(await goodEntries())))).ok).toBe(true);
  });

  it('refuses a file that is not a ZIP (notZip)', async () => {
    const result = await verifyBundle(asBlob(new TextEncoder().encode('%PDF-1.7 this is a report, not a bundle')));
    expectFailure(result, 'notZip', null);
    expect(result.checks).toEqual([{ id: 'zip', ok: false, detail: 'the file is not a ZIP archive' }]);
  });

  it('refuses an empty file (notZip)', async () => {
    expectFailure(await verifyBundle(asBlob(new Uint8Array(0))), 'notZip', null);
  });

  it.each([
    ['cut in half', (length: number) => length / 2],
    ['missing its last bytes', (length: number) => length - 10],
  ])('refuses a ZIP %s (truncated)', async (_, cut) => {
    const zip = await zipBag(await buildBag(makeNotebook()));
    expectFailure(await verifyBundle(asBlob(zip.slice(0, Math.floor(cut(zip.length))))), 'truncated', null);
  });

  it("refuses an entry whose data is shorter than its header says (truncated)", async () => {
    expectFailure(await withExtra({ name: 'data/short.bin', data: new Uint8Array(1000), declaredSize: 5000 }), 'truncated', 'data/short.bin');
  });

  it.each([
    ['a ../ segment', 'data/../../evil.txt'],
    ['a leading ../', '../evil.txt'],
    ['an absolute path', '/etc/cron.d/evil'],
    ['a drive letter', 'C:/Windows/evil.txt'],
    ['a backslash', 'data\\..\\evil.txt'],
  ])('refuses a name with %s (unsafePath)', async (_, name) => {
    const result = await withExtra({ name, data: 'x' });
    expectFailure(result, 'unsafePath', name);
    expect(result.checks.map((check) => check.id)).toEqual(['zip', 'names']);
  });

  it('refuses a symbolic link entry (symlink)', async () => {
    expectFailure(await withExtra({ name: 'data/evidence/0003-link', data: '/etc/passwd', unixMode: 0o120777 }), 'symlink', 'data/evidence/0003-link');
  });

  it('refuses two entries with the same name (duplicateName)', async () => {
    expectFailure(await withExtra({ name: 'data/timeline.json', data: '{}' }), 'duplicateName', 'data/timeline.json');
  });

  it('refuses names that differ only by case (caseCollision)', async () => {
    expectFailure(await withExtra({ name: 'data/Timeline.JSON', data: '{}' }), 'caseCollision', 'data/Timeline.JSON');
  });

  it('refuses names that differ only by Unicode normalisation (caseCollision)', async () => {
    const composed = 'data/evidence/caf\u00e9.txt';
    const decomposed = 'data/evidence/cafe\u0301.txt';
    expectFailure(await withExtra({ name: composed, data: 'a' }, { name: decomposed, data: 'b' }), 'caseCollision', decomposed);
  });

  it('stops a zip bomb by its ratio, counted while inflating (tooLarge)', async () => {
    const bomb = { name: 'data/evidence/0003-zeros.bin', data: new Uint8Array(4 * 1024 * 1024), deflate: true };
    const result = await withExtra(bomb);
    expectFailure(result, 'tooLarge', bomb.name);
    expect(result.failure!.message).toContain('200 times');
  });

  it('stops a bag that inflates past the total limit (tooLarge)', async () => {
    const zip = await zipBag(await buildBag(makeNotebook()));
    const result = await verifyBundle(asBlob(zip), { limits: { maxTotalBytes: 50_000 } });
    expect(result.failure).toMatchObject({ code: 'tooLarge' });
    expect(result.checks.map((check) => check.id)).toEqual(['zip', 'names', 'inflate']);
  });

  it('stops an artefact read whole past the text limit (tooLarge)', async () => {
    const zip = await zipBag(await buildBag(makeNotebook()));
    const result = await verifyBundle(asBlob(zip), { limits: { maxTextBytes: 1_000 } });
    expect(result.failure).toMatchObject({ code: 'tooLarge', file: 'data/timeline.json' });
  });

  it('stops an archive with more entries than allowed before inflating any (tooLarge)', async () => {
    const zip = await zipBag(await buildBag(makeNotebook()));
    const result = await verifyBundle(asBlob(zip), { limits: { maxEntries: 10 } });
    expectFailure(result, 'tooLarge', null);
    expect(result.checks.map((check) => check.id)).toEqual(['zip']);
  });

  it('accepts evidence stored deflated and returns its inflated bytes', async () => {
    const notebook = makeNotebook();
    const bag = await buildBag(notebook);
    const result = await verifyBundle(asBlob(rawZip([...bag].map(([name, data]) => ({ name, data, deflate: true })))));
    expect(result.ok).toBe(true);
    const path = notebook.items[1]!.bundlePath!;
    const bytes = new Uint8Array(await result.contents!.evidence.get(path)!.arrayBuffer());
    expect(Buffer.compare(bytes, notebook.evidence.get(path)!)).toBe(0);
  });

  it('refuses a bagit.txt that declares another BagIt version (unknownFormat)', async () => {
    const entries = (await goodEntries()).map((entry) => (entry.name === 'bagit.txt' ? { ...entry, data: 'BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n' } : entry));
    expectFailure(await verifyBundle(asBlob(rawZip(entries))), 'unknownFormat', 'bagit.txt');
  });

  it('accepts a directory entry with a safe name: directories hold no data', async () => {
    const result = await withExtra({ name: 'data/extra/', data: '' });
    expect(result.ok).toBe(true);
  });
});

describe('zipSafety rules', () => {
  it('lets ordinary bag paths through and says why others are unsafe', () => {
    expect(unsafePathReason('data/evidence/0001-note.txt')).toBeNull();
    expect(unsafePathReason('data/証拠/メモ.txt')).toBeNull();
    expect(unsafePathReason('data/./x')).toMatch(/"\." segment/);
    expect(unsafePathReason('data//x')).toMatch(/empty/);
    expect(unsafePathReason('data/x\u0000.txt')).toMatch(/control/);
    expect(unsafePathReason('..')).toMatch(/\.\./);
  });

  it('folds case beyond lower-casing and normalises Unicode', () => {
    expect(collisionKey('STRASSE.txt')).toBe(collisionKey('straße.txt'));
    expect(collisionKey('data/')).toBe(collisionKey('DATA'));
  });

  it('reads the link type from the Unix mode bits only', () => {
    expect(isSymlinkAttributes((0o120777 << 16) >>> 0)).toBe(true);
    expect(isSymlinkAttributes((0o100644 << 16) >>> 0)).toBe(false);
    expect(isSymlinkAttributes(0x20)).toBe(false);
  });
});
