// @vitest-environment node
// The evidence bundle writer, read back as a stranger would: exactly the BagIt files;
// every manifest line is the SHA-256 of the file as written; the tag manifest covers the
// tag files; the device signature over it verifies with the public key in signature.json;
// the records parse with the format's schemas and equal what the notebook stores.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  BAGIT_TXT,
  BUNDLE_PATHS,
  BoardFileSchema,
  ChainHeadsFileSchema,
  ContactsEngagedFileSchema,
  CustodyFileSchema,
  SignatureFileSchema,
  TAG_FILES,
  TimelineFileSchema,
  parseManifest,
} from '../../../shared/bundle/format';
import { REPORT_CSP, TIMELINE_CSV_COLUMNS } from '../../../shared/export';
import { gatherBundle } from '../../../renderer/data/repositories/bundle.read';
import { allEntries } from '../../../renderer/data/repositories/entries.read';
import { custodyOf } from '../../../renderer/data/repositories/evidence.read';
import { writeBundle, type WriterEnvironment } from '../../../renderer/bundle/writer';
import { reportTexts } from '../../../renderer/bundle';
import { initI18n } from '../../../renderer/i18n';
import { busyNotebook, collect, readZip, sha256 } from './writerFixtures';

let env: WriterEnvironment;
beforeAll(async () => {
  await initI18n('en');
  const report = { language: 'en', texts: reportTexts('en'), verification: null, app: { name: 'Lantern', version: '0.1.0' } };
  env = { now: new Date('2026-11-23T16:05:00.000Z'), zone: 'Asia/Tokyo', report };
});
const fromHex = (hex: string) => Uint8Array.from(hex.match(/../g)!, (pair) => parseInt(pair, 16));

afterEach(() => vi.restoreAllMocks());

describe('bundle writer', () => {
  it('writes a signed BagIt bag whose manifests, signature and records all check out', async () => {
    const { nb, incident, note, image, contact, system, run } = await busyNotebook();
    const source = await gatherBundle(nb.db, incident.id, true);
    const progress = vi.fn();
    const built = await writeBundle(source, { includeEvidence: true, onProgress: progress }, env);
    const zip = await readZip(await collect(built.body));
    const summary = await built.done;

    const notePath = 'data/evidence/0001-README_RESTORE.txt';
    const imagePath = 'data/evidence/0002-evidence.raw';
    const payload = ['data/board.json', 'data/contacts-engaged.json', 'data/custody.json', notePath, imagePath, 'data/timeline.csv', 'data/timeline.html', 'data/timeline.json'];
    const tags = ['bag-info.txt', 'bagit.txt', 'chain-heads.json', 'manifest-sha256.txt', 'VERIFY.txt', 'tagmanifest-sha256.txt', 'signature.json'];
    expect(built.name).toBe('lantern-IR-1-20261124-0105.zip');
    expect([...zip.names].sort()).toEqual([...payload, ...tags].sort());
    // The manifest follows the payload and the signature comes last: each is written once what it covers is.
    expect(zip.names.indexOf(BUNDLE_PATHS.manifest)).toBe(payload.length);
    expect(zip.names.at(-1)).toBe(BUNDLE_PATHS.signature);

    const manifest = parseManifest(await zip.text(BUNDLE_PATHS.manifest))!;
    expect(manifest.map((row) => row.path)).toEqual(payload);
    for (const row of manifest) expect(row.sha256, row.path).toBe(sha256(await zip.bytes(row.path)));

    const tagManifestBytes = Uint8Array.from(await zip.bytes(BUNDLE_PATHS.tagManifest));
    const tagManifest = parseManifest(new TextDecoder().decode(tagManifestBytes))!;
    expect(tagManifest.map((row) => row.path)).toEqual([...TAG_FILES]);
    for (const row of tagManifest) expect(row.sha256, row.path).toBe(sha256(await zip.bytes(row.path)));
    expect(await zip.text(BUNDLE_PATHS.bagit)).toBe(BAGIT_TXT);

    const signature = SignatureFileSchema.parse(JSON.parse(await zip.text(BUNDLE_PATHS.signature)));
    const device = (await nb.db.device.get('device'))!;
    expect(signature).toMatchObject({ publicKeyHex: device.publicKeyHex, fingerprint: device.fingerprint, deviceId: device.deviceId, signer: { name: 'Aiko Sato', role: 'Scribe' } });
    expect(sha256(fromHex(signature.publicKeyHex))).toBe(signature.fingerprint);
    const key = await crypto.subtle.importKey('raw', fromHex(signature.publicKeyHex), { name: 'Ed25519' }, false, ['verify']);
    expect(await crypto.subtle.verify({ name: 'Ed25519' }, key, fromHex(signature.signatureHex), tagManifestBytes)).toBe(true);
    const altered = Uint8Array.from(tagManifestBytes);
    altered[0] = altered[0] === 0x30 ? 0x31 : 0x30;
    expect(await crypto.subtle.verify({ name: 'Ed25519' }, key, fromHex(signature.signatureHex), altered)).toBe(false);

    const timeline = TimelineFileSchema.parse(JSON.parse(await zip.text(BUNDLE_PATHS.timelineJson)));
    const stored = await allEntries(nb.db, incident.id);
    expect(timeline.entries).toEqual(stored.map(({ _row, _refKeys, ...entry }) => entry));
    expect(timeline.entries.map((e) => e.hash)).toEqual(stored.map((e) => e.hash));
    expect(timeline.incident.id).toBe(incident.id);
    expect(timeline.exportedAt).toBe('2026-11-23T16:05:00.000Z');

    const custody = CustodyFileSchema.parse(JSON.parse(await zip.text(BUNDLE_PATHS.custody)));
    expect(custody.items.map((item) => [item.id, item.bundlePath])).toEqual([[note.id, notePath], [image.id, imagePath]]);
    expect(custody.events).toEqual([...(await custodyOf(nb.db, note.id)), ...(await custodyOf(nb.db, image.id))]);
    expect(custody.heads.map((head) => [head.itemId, head.seq])).toEqual([[note.id, 2], [image.id, 1]]);
    expect(ContactsEngagedFileSchema.parse(JSON.parse(await zip.text(BUNDLE_PATHS.contactsEngaged))).contacts).toEqual([contact]);
    const board = BoardFileSchema.parse(JSON.parse(await zip.text(BUNDLE_PATHS.board)));
    expect([board.systems.map((s) => s.id), board.runs.map((r) => r.id)]).toEqual([[system.id], [run.id]]);
    const heads = ChainHeadsFileSchema.parse(JSON.parse(await zip.text(BUNDLE_PATHS.chainHeads)));
    expect(heads.heads).toEqual([{ incidentId: incident.id, deviceId: device.deviceId, seq: stored.length, hash: stored.at(-1)!.hash }]);

    expect(await zip.text(notePath)).toBe('YOUR FILES ARE ENCRYPTED');
    const imageBytes = await zip.bytes(imagePath);
    expect([imageBytes.length, sha256(imageBytes)]).toEqual([image.size, image.sha256]);

    const payloadBytes = (await Promise.all(payload.map((path) => zip.bytes(path)))).reduce((sum, bytes) => sum + bytes.length, 0);
    const bagInfo = await zip.text(BUNDLE_PATHS.bagInfo);
    for (const line of [
      'Source-Organization: Example KK',
      'Contact-Name: Aiko Sato',
      'Bagging-Date: 2026-11-24',
      `Payload-Oxum: ${payloadBytes}.8`,
      `External-Identifier: ${incident.id}`,
      'Internal-Sender-Identifier: IR-1',
      'Bag-Software-Agent: Lantern 0.1.0',
      'Lantern-Bundle-Format: 1',
      `Lantern-Device-Id: ${device.deviceId}`,
      'Lantern-Exported-At: 2026-11-23T16:05:00.000Z',
    ])
      expect(bagInfo).toContain(`${line}\n`);

    expect(summary).toMatchObject({ name: built.name, files: 8, payloadBytes, evidenceItems: 2, fingerprint: device.fingerprint, hashMismatches: [] });
    expect(summary.items).toEqual([
      { id: note.id, itemNumber: 1, path: notePath, disposed: false },
      { id: image.id, itemNumber: 2, path: imagePath, disposed: false },
    ]);
    expect(progress.mock.calls.map(([p]) => p.phase)).toEqual(expect.arrayContaining(['preparing', 'writing', 'signing', 'done']));
    expect(progress.mock.lastCall![0]).toEqual({ phase: 'done', bytes: payloadBytes, total: payloadBytes });
  });

  it('writes the readable copies with the timeline export: CSV with BOM and neutralised formulas, HTML escaped, every version', async () => {
    const { nb, incident } = await busyNotebook();
    const built = await writeBundle(await gatherBundle(nb.db, incident.id, true), { includeEvidence: true }, env);
    const zip = await readZip(await collect(built.body));
    const csv = await zip.bytes(BUNDLE_PATHS.timelineCsv);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv);
    expect(text.startsWith(`\uFEFF${TIMELINE_CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"") <script>alert(1)</script> 暗号化を確認"`);
    // Original and amendment both: the bundle keeps the whole history.
    expect(text).toContain('FS01 shows encrypted shares');
    expect(text).toContain('FS01 and FS02 show encrypted shares');
    const html = await zip.text(BUNDLE_PATHS.timelineHtml);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; 暗号化を確認');
    expect(html).not.toContain('<script');
    expect(html).toContain(`content="${REPORT_CSP}"`);
    // The report's own texts, not their keys.
    expect(html).toContain('Ransomware at HQ');
    expect(html).not.toMatch(/>report\.[\w.]+</);
  });

  it('streams each evidence file into the ZIP without reading it whole', async () => {
    const { nb, incident } = await busyNotebook();
    const source = await gatherBundle(nb.db, incident.id, true);
    const blobs = source.evidence.map((e) => e.blob!);
    const wholeReads = [vi.spyOn(Blob.prototype, 'arrayBuffer'), vi.spyOn(Blob.prototype, 'text'), vi.spyOn(Blob.prototype, 'bytes')];
    const streams = vi.spyOn(Blob.prototype, 'stream');
    const built = await writeBundle(source, { includeEvidence: true }, env);
    const reader = built.body.getReader();
    while (!(await reader.read()).done);
    await built.done;
    for (const spy of wholeReads) for (const blob of blobs) expect(spy.mock.contexts).not.toContain(blob);
    for (const blob of blobs) expect(streams.mock.contexts).toContain(blob);
  });

  it('states the hash of the bytes written, and reports a stored file that no longer matches its intake hash', async () => {
    const { nb, incident, image } = await busyNotebook();
    const tampered = new Uint8Array(image.size);
    await nb.db.evidenceBlobs.put({ itemId: image.id, blob: new Blob([tampered]) });
    const built = await writeBundle(await gatherBundle(nb.db, incident.id, true), { includeEvidence: true }, env);
    const zip = await readZip(await collect(built.body));
    const written = sha256(tampered);
    expect(parseManifest(await zip.text(BUNDLE_PATHS.manifest))).toContainEqual({ sha256: written, path: 'data/evidence/0002-evidence.raw' });
    expect((await built.done).hashMismatches).toEqual([{ itemId: image.id, itemNumber: 2, recorded: image.sha256, written }]);
  });

  it('leaves the files out on request, keeping the custody records', async () => {
    const { nb, incident, note } = await busyNotebook();
    const built = await writeBundle(await gatherBundle(nb.db, incident.id, false), { includeEvidence: false }, env);
    const zip = await readZip(await collect(built.body));
    expect(zip.names.filter((name) => name.startsWith(BUNDLE_PATHS.evidenceDir))).toEqual([]);
    const custody = CustodyFileSchema.parse(JSON.parse(await zip.text(BUNDLE_PATHS.custody)));
    expect(custody.items.map((item) => item.bundlePath)).toEqual([null, null]);
    expect(custody.events.filter((e) => e.itemId === note.id)).toHaveLength(2);
    expect(parseManifest(await zip.text(BUNDLE_PATHS.manifest))).toHaveLength(6);
    expect(await zip.text(BUNDLE_PATHS.verifyGuide)).toContain('WITHOUT evidence files');
    expect(await built.done).toMatchObject({ files: 6, evidenceItems: 0, items: [] });
  });

  it('marks disposed items so that no export event is recorded for them', async () => {
    const { nb, incident, note } = await busyNotebook();
    const { appendCustody } = await import('../../../renderer/data/repositories/evidence.write');
    await appendCustody(nb.ctx, note.id, { action: 'disposed', details: { authority: 'Legal', method: 'shredded' }, at: '2026-11-23T02:00:00.000Z', zone: 'Asia/Tokyo' }, 'disposed');
    const built = await writeBundle(await gatherBundle(nb.db, incident.id, true), { includeEvidence: true }, env);
    await collect(built.body);
    expect((await built.done).items.map((item) => item.disposed)).toEqual([true, false]);
  });

  it('stops the stream when cancelled mid-file and rejects done', async () => {
    const { nb, incident } = await busyNotebook();
    const controller = new AbortController();
    let written = 0;
    const built = await writeBundle(await gatherBundle(nb.db, incident.id, true), { includeEvidence: true, signal: controller.signal, onProgress: (p) => (written = p.bytes) }, env);
    const reader = built.body.getReader();
    let received = 0;
    // Read until part of the 3 MiB memory image has gone out, then cancel.
    while (received < 1024 * 1024) received += (await reader.read()).value!.length;
    controller.abort();
    await expect(reader.read()).rejects.toMatchObject({ code: 'bundle.exportCancelled' });
    await expect(built.done).rejects.toMatchObject({ code: 'bundle.exportCancelled' });
    expect(written).toBeLessThan(3 * 1024 * 1024);
  });

  it('explains the checks in English and Japanese, with the signer and fingerprint', async () => {
    const { nb, incident } = await busyNotebook();
    const built = await writeBundle(await gatherBundle(nb.db, incident.id, true), { includeEvidence: true }, env);
    const guide = await (await readZip(await collect(built.body))).text(BUNDLE_PATHS.verifyGuide);
    const device = (await nb.db.device.get('device'))!;
    expect(guide).toContain('HOW TO CHECK THIS EVIDENCE BUNDLE');
    expect(guide).toContain('この証拠バンドルの検証方法');
    expect(guide.match(/sha256sum -c manifest-sha256\.txt/g)).toHaveLength(2);
    expect(guide.match(/sha256sum -c tagmanifest-sha256\.txt/g)).toHaveLength(2);
    expect(guide.match(new RegExp(`npx lantern-verify ${built.name.replace(/\./g, '\\.')}`, 'g'))).toHaveLength(2);
    expect(guide).toContain('設定 > この端末 > 鍵のフィンガープリント');
    expect(guide).toContain(device.fingerprint);
    expect(guide).toContain(device.publicKeyHex);
    expect(guide).toContain('Exported by:       Aiko Sato (Scribe), Example KK');
  });

  it('refuses to gather an incident that does not exist', async () => {
    const { nb } = await busyNotebook();
    await expect(gatherBundle(nb.db, '0190a0a0-0000-7000-8000-000000000000', true)).rejects.toMatchObject({ code: 'incident.missing' });
  });
});
