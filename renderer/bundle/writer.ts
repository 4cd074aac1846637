// Writes the evidence bundle as a stream: payload files (records, then each evidence file
// hashed as it passes), then the payload manifest of the bytes actually written, the tag
// files, the tag manifest, and the device's Ed25519 signature over it. client-zip writes
// ZIP64 whenever a file or offset needs it and never buffers a file whole.
import { sha256 } from 'hash-wasm';
import { BAGIT_TXT, BUNDLE_PATHS, TAG_FILES, manifestLine } from '../../shared/bundle/format';
import { CodedError } from '../../shared/result';
import type { BundleSource } from '../data/repositories/bundle.read';
import { bagInfo, boardJson, bundleName, chainHeadsJson, contactsJson, custodyJson, evidencePath, signatureJson, timelineJson } from './artefacts';
import { hashedStream, type HashedStream } from './hashedStream';
import { timelineFiles, type ReportSettings } from './timelineFiles';
import { verifyGuide } from './verifyGuide';
import { zipBody } from './zipBody';

export type BundlePhase = 'preparing' | 'writing' | 'signing' | 'done';

export interface BundleProgress {
  phase: BundlePhase;
  /** Payload bytes written so far, of `total`. */
  bytes: number;
  total: number;
}

export interface BundleOptions {
  includeEvidence: boolean;
  onProgress?(progress: BundleProgress): void;
  signal?: AbortSignal;
}

export interface BundledItem {
  id: string;
  itemNumber: number;
  path: string;
  /** Its custody chain ends in a disposal: no further custody event can be recorded. */
  disposed: boolean;
}

export interface BundleSummary {
  name: string;
  /** Payload files (under data/). */
  files: number;
  payloadBytes: number;
  evidenceItems: number;
  fingerprint: string;
  items: BundledItem[];
  /** Items whose bytes written differ from the hash recorded at intake (the verifier flags them against custody). */
  hashMismatches: { itemId: string; itemNumber: number; recorded: string; written: string }[];
}

export interface BuiltBundle {
  name: string;
  body: ReadableStream<Uint8Array>;
  /** Resolves once the last byte has been read from `body`; rejects on cancel or failure. */
  done: Promise<BundleSummary>;
}

export interface WriterEnvironment {
  now: Date;
  /** The device zone: the bundle's file name and Bagging-Date use its calendar. */
  zone: string;
  /** The readable timeline's language, texts and chain check; its app is the Bag-Software-Agent. */
  report: ReportSettings;
}

export const cancelledError = () => new CodedError('bundle.exportCancelled', 'the bundle export was cancelled');

const encoder = new TextEncoder();
const toHex = (buffer: ArrayBuffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
const PROGRESS_INTERVAL_MS = 100;

interface TextFile {
  path: string;
  bytes: Uint8Array;
  sha256: string;
}

async function textFile(path: string, text: string): Promise<TextFile> {
  const bytes = encoder.encode(text);
  return { path, bytes, sha256: await sha256(bytes) };
}

export async function writeBundle(source: BundleSource, options: BundleOptions, env: WriterEnvironment): Promise<BuiltBundle> {
  const { signal, includeEvidence } = options;
  const stopped = () => (signal?.aborted ? cancelledError() : null);
  const exportedAt = env.now.toISOString();
  const lastModified = env.now;
  const name = bundleName(source.incident, exportedAt, env.zone);
  options.onProgress?.({ phase: 'preparing', bytes: 0, total: 0 });

  const records: TextFile[] = [];
  const add = async (path: string, text: string) => {
    const stop = stopped();
    if (stop) throw stop;
    records.push(await textFile(path, text));
  };
  await add(BUNDLE_PATHS.timelineJson, timelineJson(source, exportedAt));
  const tables = timelineFiles(source, exportedAt, env.report);
  await add(BUNDLE_PATHS.timelineCsv, tables.csv);
  await add(BUNDLE_PATHS.timelineHtml, tables.html);
  await add(BUNDLE_PATHS.custody, custodyJson(source, includeEvidence));
  await add(BUNDLE_PATHS.contactsEngaged, contactsJson(source));
  await add(BUNDLE_PATHS.board, boardJson(source));
  // Only these small parts of the source outlive this function: the log itself can be collected once its files are built.
  const signing = { incident: source.incident, signer: source.signer, device: source.device };
  const chainHeads = chainHeadsJson(source);
  const evidence = includeEvidence ? source.evidence.map(({ item, events, blob }) => ({ item, blob: blob!, path: evidencePath(item), disposed: events.at(-1)?.action === 'disposed' })) : [];
  const total = records.reduce((sum, file) => sum + file.bytes.byteLength, 0) + evidence.reduce((sum, { blob }) => sum + blob.size, 0);

  let written = 0;
  let phase: BundlePhase = 'writing';
  let reportedAt = -Infinity;
  const report = (force = false) => {
    const now = performance.now();
    if (!options.onProgress || (!force && now - reportedAt < PROGRESS_INTERVAL_MS)) return;
    reportedAt = now;
    options.onProgress({ phase, bytes: written, total });
  };
  const manifest: { path: string; sha256: string }[] = records.map(({ path, sha256 }) => ({ path, sha256 }));
  const mismatches: BundleSummary['hashMismatches'] = [];
  let current: HashedStream | null = null;

  async function* entries() {
    // Shifted out one by one, so that each record's bytes can be freed once written.
    for (let file = records.shift(); file; file = records.shift()) {
      yield { name: file.path, input: file.bytes, lastModified };
      written += file.bytes.byteLength;
      report();
    }
    for (const { item, blob, path } of evidence) {
      const counted = (bytes: number) => {
        written += bytes;
        report();
      };
      current = hashedStream(blob, counted, stopped);
      yield { name: path, input: current.stream, lastModified };
      const digest = await current.digest;
      current = null;
      manifest.push({ path, sha256: digest.sha256 });
      if (digest.sha256 !== item.sha256) mismatches.push({ itemId: item.id, itemNumber: item.itemNumber, recorded: item.sha256, written: digest.sha256 });
    }
    phase = 'signing';
    report(true);
    const tags = await tagFiles();
    for (const file of tags) yield { name: file.path, input: file.bytes, lastModified };
  }

  async function tagFiles(): Promise<TextFile[]> {
    const sorted = [...manifest].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const guide = { bundleName: name, incident: signing.incident, exportedAt, signer: signing.signer, ...signing.device, evidenceIncluded: includeEvidence };
    const files = new Map<string, TextFile>();
    for (const [path, text] of [
      [BUNDLE_PATHS.manifest, sorted.map((row) => manifestLine(row.sha256, row.path)).join('')],
      [BUNDLE_PATHS.bagit, BAGIT_TXT],
      [BUNDLE_PATHS.bagInfo, bagInfo({ source: signing, exportedAt, zone: env.zone, software: `${env.report.app.name} ${env.report.app.version}`, payloadBytes: written, payloadFiles: manifest.length })],
      [BUNDLE_PATHS.chainHeads, chainHeads],
      [BUNDLE_PATHS.verifyGuide, verifyGuide(guide)],
    ] as const) {
      files.set(path, await textFile(path, text));
    }
    const tagManifest = await textFile(BUNDLE_PATHS.tagManifest, TAG_FILES.map((path) => manifestLine(files.get(path)!.sha256, path)).join(''));
    const signature = await crypto.subtle.sign({ name: 'Ed25519' }, signing.device.privateKey, tagManifest.bytes as Uint8Array<ArrayBuffer>);
    const signatureFile = await textFile(BUNDLE_PATHS.signature, signatureJson(signing, toHex(signature)));
    return [...files.values(), tagManifest, signatureFile];
  }

  const summary = (): BundleSummary => ({
    name,
    files: manifest.length,
    payloadBytes: written,
    evidenceItems: evidence.length,
    fingerprint: signing.device.fingerprint,
    items: evidence.map(({ item, path, disposed }) => ({ id: item.id, itemNumber: item.itemNumber, path, disposed })),
    hashMismatches: mismatches,
  });

  const { body, done } = zipBody(entries(), {
    signal,
    cancelled: cancelledError,
    release: (reason) => current?.release(reason),
    finish: () => {
      phase = 'done';
      report(true);
      return summary();
    },
  });
  report(true);
  return { name, body, done };
}
