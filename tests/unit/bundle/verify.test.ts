// @vitest-environment node
// The verifier passes a bundle written to the format and refuses each kind of tampering
// with its own code, naming the file or entry: altered files, missing or extra files,
// forged signatures, unknown versions, bad JSON, broken hash chains and custody chains.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { BUNDLE_PATHS, type CustodyFile, type TimelineFile } from '../../../shared/bundle/format';
import { verifyBundle, type BundleFailureCode, type BundleVerification } from '../../../shared/bundle/verify';
import { asBlob, buildBag, editJson, newSigningKey, zipBag, type BagOptions } from './fixtures/bag';
import { makeNotebook, uuid } from './fixtures/notebook';

const verifyBag = async (options: BagOptions = {}, notebook = makeNotebook()) => verifyBundle(asBlob(await zipBag(await buildBag(notebook, options))));

function expectFailure(result: BundleVerification, code: BundleFailureCode, where: { file?: string | null; entryId?: string | null }) {
  expect(result.ok).toBe(false);
  expect(result.failure).toMatchObject({ code, ...where });
  expect(result.contents).toBeNull();
  // The report ends at the failing check, every earlier one passed.
  expect(result.checks.at(-1)!.ok).toBe(false);
  expect(result.checks.slice(0, -1).every((check) => check.ok)).toBe(true);
}

const NOTE = 'data/evidence/0001-ransom_note.txt';
const IMAGE = 'data/evidence/0002-mem.raw';

describe('verifyBundle on a good bundle', () => {
  it('passes every check and returns the contents, evidence as Blobs of the same bytes', async () => {
    const notebook = makeNotebook();
    const progress: string[] = [];
    const result = await verifyBundle(asBlob(await zipBag(await buildBag(notebook))), { onProgress: (p) => progress.push(p.phase) });
    expect(result.failure).toBeNull();
    expect(result.ok).toBe(true);
    expect(result.checks.map((check) => check.id)).toEqual([
      'zip', 'names', 'inflate', 'bagit', 'format', 'tagManifest', 'signature', 'manifest', 'oxum', 'json', 'chains', 'custody', 'evidence',
    ]);
    expect(result.checks.every((check) => check.ok)).toBe(true);
    const contents = result.contents!;
    expect(contents.bagInfo['Lantern-Bundle-Format']).toBe('1');
    expect(contents.timeline.entries.map((entry) => entry.id)).toEqual(notebook.entries.map((entry) => entry.id));
    expect(contents.custody.items).toHaveLength(2);
    expect(contents.contactsEngaged.contacts[0]!.id).toBe(notebook.contacts[0]!.id);
    expect(contents.board.systems[0]!.name).toBe('FS01');
    expect([...contents.evidence.keys()]).toEqual([NOTE, IMAGE]);
    const image = new Uint8Array(await contents.evidence.get(IMAGE)!.arrayBuffer());
    expect(Buffer.compare(image, notebook.evidence.get(IMAGE)!)).toBe(0);
    expect(result.summary).toEqual({ files: 15, entries: 5, devices: 2, evidenceItems: 2, evidenceFiles: 2, fingerprint: contents.signature.fingerprint });
    expect(progress).toContain('reading');
    expect(progress.at(-1)).toBe('checking');
    // The chain check names every device with its entries, so a handoff shows each responder's chain passing.
    const chains = result.checks.find((check) => check.id === 'chains')!.detail;
    expect(chains).toMatch(/^5 entries from 2 devices match their chain heads: device /);
    const devices = [...new Set(notebook.entries.map((entry) => entry.deviceId))];
    expect(devices).toHaveLength(2);
    for (const deviceId of devices) {
      const entries = notebook.entries.filter((entry) => entry.deviceId === deviceId).length;
      expect(chains).toContain(`device ${deviceId}: ${entries} ${entries === 1 ? 'entry' : 'entries'}, head #${entries} `);
    }
  });

  it('passes a bundle of custody records without evidence files', async () => {
    const result = await verifyBag({}, makeNotebook({ withEvidence: false }));
    expect(result.ok).toBe(true);
    expect(result.contents!.evidence.size).toBe(0);
    expect(result.summary).toMatchObject({ evidenceItems: 2, evidenceFiles: 0 });
  });

  it('rejects with bundle.cancelled when the signal aborts', async () => {
    const controller = new AbortController();
    const zip = asBlob(await zipBag(await buildBag(makeNotebook())));
    const verifying = verifyBundle(zip, { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(verifying).rejects.toMatchObject({ code: 'bundle.cancelled' });
  });
});

describe('verifyBundle on a tampered bundle', () => {
  it('names an evidence file with one flipped byte inside the ZIP (manifestMismatch)', async () => {
    const notebook = makeNotebook();
    const zip = await zipBag(await buildBag(notebook));
    const at = Buffer.from(zip).indexOf(Buffer.from(notebook.evidence.get(NOTE)!));
    expect(at).toBeGreaterThan(0);
    zip[at + 3]! ^= 0x01;
    expectFailure(await verifyBundle(asBlob(zip)), 'manifestMismatch', { file: NOTE });
  });

  it('names a file the manifest lists but the ZIP lacks (missingFile)', async () => {
    expectFailure(await verifyBag({ after: (files) => files.delete(IMAGE) }), 'missingFile', { file: IMAGE });
  });

  it('names a required artefact the bag lacks altogether (missingFile)', async () => {
    expectFailure(await verifyBag({ payload: (files) => files.delete(BUNDLE_PATHS.board) }), 'missingFile', { file: BUNDLE_PATHS.board });
  });

  it('names a payload file the manifest does not list (extraFile)', async () => {
    const result = await verifyBag({ after: (files) => files.set('data/notes.txt', new TextEncoder().encode('added later')) });
    expectFailure(result, 'extraFile', { file: 'data/notes.txt' });
  });

  it('names an evidence file no item claims, even when listed and signed (extraFile)', async () => {
    const result = await verifyBag({ payload: (files) => files.set('data/evidence/0003-planted.bin', new Uint8Array([1, 2, 3])) });
    expectFailure(result, 'extraFile', { file: 'data/evidence/0003-planted.bin' });
  });

  it('names a tag file changed after signing (tagManifestMismatch)', async () => {
    const result = await verifyBag({ after: (files) => files.set(BUNDLE_PATHS.verifyGuide, new TextEncoder().encode('Trust me.\n')) });
    expectFailure(result, 'tagManifestMismatch', { file: BUNDLE_PATHS.verifyGuide });
  });

  it('refuses a signature made with another key than the one it names (badSignature)', async () => {
    const result = await verifyBag({ signWith: await newSigningKey() });
    expectFailure(result, 'badSignature', { file: BUNDLE_PATHS.signature });
  });

  it('refuses a tag manifest altered after signing, even when its rows still match (badSignature)', async () => {
    const result = await verifyBag({
      after: (files) => files.set(BUNDLE_PATHS.tagManifest, new Uint8Array([...files.get(BUNDLE_PATHS.tagManifest)!, 0x0a])),
    });
    expectFailure(result, 'badSignature', { file: BUNDLE_PATHS.signature });
  });

  it('refuses a fingerprint that is not the public key\'s (badSignature)', async () => {
    const result = await verifyBag({ after: (files) => editJson<{ fingerprint: string }>(files, BUNDLE_PATHS.signature, (s) => (s.fingerprint = 'f'.repeat(64))) });
    expectFailure(result, 'badSignature', { file: BUNDLE_PATHS.signature });
  });

  it('refuses another format version, signed and consistent (unknownFormat)', async () => {
    const result = await verifyBag({ bagInfo: (lines) => lines.map((line) => line.replace('Lantern-Bundle-Format: 1', 'Lantern-Bundle-Format: 2')) });
    expectFailure(result, 'unknownFormat', { file: BUNDLE_PATHS.bagInfo });
  });

  it('names a JSON artefact that does not parse, signed and consistent (malformedJson)', async () => {
    const result = await verifyBag({ payload: (files) => files.set(BUNDLE_PATHS.board, new TextEncoder().encode('{"format": "lantern-board", ')) });
    expectFailure(result, 'malformedJson', { file: BUNDLE_PATHS.board });
  });

  it('names a JSON artefact that breaks its schema (malformedJson)', async () => {
    const result = await verifyBag({ payload: (files) => editJson<CustodyFile>(files, BUNDLE_PATHS.custody, (c) => ((c.items[0] as { sha256: string }).sha256 = 'nope')) });
    expectFailure(result, 'malformedJson', { file: BUNDLE_PATHS.custody });
    expect(result.failure!.message).toContain('items.0.sha256');
  });

  it('names a log entry altered with every manifest recomputed and re-signed (chainBroken)', async () => {
    const altered = uuid(0x11);
    const result = await verifyBag({
      payload: (files) => editJson<TimelineFile>(files, BUNDLE_PATHS.timelineJson, (t) => (t.entries.find((e) => e.id === altered)!.text = 'FS01 left online')),
    });
    expectFailure(result, 'chainBroken', { file: BUNDLE_PATHS.timelineJson, entryId: altered });
  });

  it('names the entry after a removed one (chainBroken)', async () => {
    const result = await verifyBag({
      payload: (files) => editJson<TimelineFile>(files, BUNDLE_PATHS.timelineJson, (t) => (t.entries = t.entries.filter((e) => e.id !== uuid(0x20)))),
    });
    expectFailure(result, 'chainBroken', { entryId: uuid(0x21) });
  });

  it('names a custody event altered with every manifest recomputed and re-signed (custodyBroken)', async () => {
    const exported = uuid(0x201);
    const result = await verifyBag({
      payload: (files) =>
        editJson<CustodyFile>(files, BUNDLE_PATHS.custody, (c) => {
          const event = c.events.find((e) => e.id === exported)!;
          if (event.action === 'exported') event.details.destination = 'a USB stick';
        }),
    });
    expectFailure(result, 'custodyBroken', { file: BUNDLE_PATHS.custody, entryId: exported });
  });

  it('names an evidence file replaced with the manifest recomputed and re-signed (evidenceHashMismatch)', async () => {
    const notebook = makeNotebook();
    const item = notebook.items[0]!;
    const result = await verifyBag({ payload: (files) => files.set(NOTE, new TextEncoder().encode('Nothing to see here.\n')) }, notebook);
    expectFailure(result, 'evidenceHashMismatch', { file: NOTE, entryId: item.id });
  });

  it("names an item whose recorded hash was changed to match a replaced file (evidenceHashMismatch)", async () => {
    const replacement = new TextEncoder().encode('Nothing to see here.\n');
    const result = await verifyBag({
      payload: (files) => {
        files.set(NOTE, replacement);
        editJson<CustodyFile>(files, BUNDLE_PATHS.custody, (c) => {
          c.items[0]!.sha256 = createHash('sha256').update(replacement).digest('hex');
          c.items[0]!.size = replacement.length;
        });
      },
    });
    // The collected event sealed the original hash, so the item's record contradicts its own chain.
    expectFailure(result, 'evidenceHashMismatch', { file: NOTE });
  });
});
