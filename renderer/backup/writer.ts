// Writes a notebook snapshot as a backup ZIP, streamed: each table's NDJSON and each evidence
// file pass through a hasher on their way into client-zip (store mode, ZIP64 when needed), so
// no file is held whole and the manifest states the SHA-256 of the bytes actually written.
// The manifest and its Ed25519 signature come last, once every hash is known.
import { CodedError } from '../../shared/result';
import type { BackupReason } from '../../shared/ipc/contract';
import type { NotebookSnapshot } from '../data/repositories/backup.read';
import { hashedStream, type HashedStream } from '../bundle/hashedStream';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_PATHS, backupFileName, evidencePath, tablePath, type BackupManifest, type BackupSignature } from './format';
import { zipBody } from '../bundle/zipBody';

export interface BackupProgress {
  /** Bytes of tables and evidence written so far, of `total`. */
  bytes: number;
  total: number;
}

export interface BackupEnvironment {
  now: Date;
  reason: BackupReason;
  app: { name: string; version: string };
  onProgress?(progress: BackupProgress): void;
  signal?: AbortSignal;
}

export interface BuiltBackup {
  /** The name a download gets (main names the files in its own folder). */
  name: string;
  body: ReadableStream<Uint8Array>;
  total: number;
  /** Resolves with the manifest once the last byte has been read from `body`. */
  done: Promise<BackupManifest>;
}

export const backupCancelled = () => new CodedError('backup.cancelled', 'the backup was cancelled');

const encoder = new TextEncoder();
const toHex = (buffer: ArrayBuffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
const PROGRESS_INTERVAL_MS = 100;

export function writeBackup(snapshot: NotebookSnapshot, env: BackupEnvironment): BuiltBackup {
  const { device } = snapshot;
  if (!device) throw new CodedError('identity.missing', 'no device identity to sign the backup with');
  const { signal } = env;
  const stopped = () => (signal?.aborted ? backupCancelled() : null);
  const createdAt = env.now.toISOString();
  const lastModified = env.now;
  const total = snapshot.tables.reduce((sum, t) => sum + t.ndjson.size, 0) + snapshot.counts.evidenceBytes;
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    createdAt,
    reason: env.reason,
    app: env.app,
    schemaVersion: snapshot.schemaVersion,
    device: { deviceId: device.deviceId, publicKeyHex: device.publicKeyHex, fingerprint: device.fingerprint },
    responder: snapshot.profile ? { name: snapshot.profile.name, role: snapshot.profile.role, organization: snapshot.profile.organization } : null,
    counts: { incidents: snapshot.counts.incidents, entries: snapshot.counts.entries, evidenceItems: snapshot.counts.evidenceItems, evidenceBytes: snapshot.counts.evidenceBytes },
    tables: [],
    evidence: [],
  };

  let written = 0;
  let reportedAt = -Infinity;
  const report = (force = false) => {
    const now = performance.now();
    if (!env.onProgress || (!force && now - reportedAt < PROGRESS_INTERVAL_MS)) return;
    reportedAt = now;
    env.onProgress({ bytes: written, total });
  };
  const counted = (bytes: number) => {
    written += bytes;
    report();
  };
  let current: HashedStream | null = null;

  async function* files() {
    for (const table of snapshot.tables) {
      const path = tablePath(table.name);
      current = hashedStream(table.ndjson, counted, stopped);
      yield { name: path, input: current.stream, lastModified };
      const { sha256, bytes } = await current.digest;
      manifest.tables.push({ name: table.name, path, records: table.records, bytes, sha256 });
    }
    for (const { itemId, blob } of snapshot.evidence) {
      const path = evidencePath(itemId);
      current = hashedStream(blob, counted, stopped);
      yield { name: path, input: current.stream, lastModified };
      const { sha256, bytes } = await current.digest;
      manifest.evidence.push({ itemId, path, bytes, sha256 });
    }
    current = null;
    const manifestBytes = encoder.encode(JSON.stringify(manifest, null, 2) + '\n');
    const signature = await crypto.subtle.sign({ name: 'Ed25519' }, device!.privateKey, manifestBytes);
    const signatureFile: BackupSignature = {
      format: 'lantern-backup-signature',
      version: 1,
      algorithm: 'Ed25519',
      signedFile: BACKUP_PATHS.manifest,
      publicKeyHex: device!.publicKeyHex,
      fingerprint: device!.fingerprint,
      deviceId: device!.deviceId,
      signatureHex: toHex(signature),
    };
    yield { name: BACKUP_PATHS.manifest, input: manifestBytes, lastModified };
    yield { name: BACKUP_PATHS.signature, input: encoder.encode(JSON.stringify(signatureFile, null, 2) + '\n'), lastModified };
  }

  const { body, done } = zipBody(files(), {
    signal,
    cancelled: backupCancelled,
    release: (reason) => (current as HashedStream | null)?.release(reason),
    finish: () => {
      report(true);
      return manifest;
    },
  });
  report(true);
  return { name: backupFileName(env.now), body, total, done };
}
