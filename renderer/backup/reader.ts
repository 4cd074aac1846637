// Checks a backup file in full before anything is restored from it: the ZIP's structure and
// names (shared/bundle's reader and safety rules, every entry inflated within limits and
// hashed), the manifest and its signature, the exact set of files with their sizes and
// SHA-256, the schema version, and every table's NDJSON (valid UTF-8 and JSON, one record a
// line as many as the manifest says, unique primary keys, chain-bearing records valid).
// Any failure throws a CodedError `backup.<problem>` naming the file; nothing is written.
import Dexie from 'dexie';
import { readBundleZip, type Keep } from '../../shared/bundle/zipRead';
import { BundleFault } from '../../shared/bundle/verifyTypes';
import { decodeUtf8, verifyEd25519, type AbortSignalLike, type BlobLike } from '../../shared/bundle/webRuntime';
import { sha256Hex } from '../../shared/crypto/sha256';
import { CodedError } from '../../shared/result';
import type { TableShape } from '../data/repositories/backup.read';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_PATHS,
  BACKUP_READ_LIMITS,
  BackupManifestSchema,
  BackupSignatureSchema,
  RECORD_SCHEMAS,
  evidencePath,
  tablePath,
  type BackupManifest,
  type BackupSignature,
} from './format';

export interface ReadProgress {
  bytes: number;
  /** What the ZIP declares: for display only. */
  total: number;
}

export interface ReadBackupOptions {
  /** The tables this notebook has, and their primary keys. */
  tables: readonly TableShape[];
  schemaVersion: number;
  onProgress?(progress: ReadProgress): void;
  signal?: AbortSignalLike;
}

export interface EvidenceMismatch {
  itemId: string;
  itemNumber: number;
  recorded: string;
  found: string;
}

export interface VerifiedBackup<B extends BlobLike = BlobLike> {
  manifest: BackupManifest;
  signature: BackupSignature;
  tables: Map<string, Record<string, unknown>[]>;
  /** Evidence files: slices of the backup file itself (stored entries), never copies. */
  evidence: { itemId: string; blob: B }[];
  /** Files whose bytes differ from the SHA-256 recorded when the item was taken in: restored as they are, and named. */
  evidenceMismatches: EvidenceMismatch[];
}

const fault = (code: string, message: string, file: string | null = null, extra: Record<string, string | number> = {}) =>
  new CodedError(`backup.${code}`, message, { file, ...extra });

const ZIP_PROBLEMS: Record<string, string> = {
  notZip: 'notZip',
  truncated: 'truncated',
  tooLarge: 'tooLarge',
  unsafePath: 'unsafeZip',
  symlink: 'unsafeZip',
  duplicateName: 'unsafeZip',
  caseCollision: 'unsafeZip',
  unknownFormat: 'unsafeZip',
};

function parseJson(bytes: Uint8Array | null | undefined, file: string): unknown {
  if (!bytes) throw fault('missingFile', `${file} is missing`, file);
  try {
    return JSON.parse(decodeUtf8(bytes));
  } catch {
    throw fault('malformed', `${file} is not valid JSON`, file);
  }
}

const fromHex = (hex: string) => new Uint8Array(hex.match(/../g)!.map((pair) => parseInt(pair, 16)));

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/** A primary key value IndexedDB accepts and two records could share: its canonical text. */
function keyText(record: Record<string, unknown>, keyPath: string | string[]): string | null {
  const parts = (Array.isArray(keyPath) ? keyPath : [keyPath]).map((path) => Dexie.getByKeyPath(record, path) as unknown);
  const valid = parts.every((part) => (typeof part === 'string' && part.length > 0 && part.length <= 400) || (typeof part === 'number' && Number.isFinite(part)));
  return valid ? JSON.stringify(parts) : null;
}

function parseTable(bytes: Uint8Array, shape: TableShape, records: number, file: string): Record<string, unknown>[] {
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch {
    throw fault('malformed', `${file} is not valid UTF-8`, file);
  }
  if (text !== '' && !text.endsWith('\n')) throw fault('malformed', `${file} does not end with a line break`, file);
  const lines = text === '' ? [] : text.slice(0, -1).split('\n');
  if (lines.length !== records) throw fault('malformed', `${file} holds ${lines.length} records, the manifest says ${records}`, file);
  const schema = RECORD_SCHEMAS[shape.name];
  const keys = new Set<string>();
  return lines.map((line, index) => {
    const at = { line: index + 1 };
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw fault('malformed', `${file} line ${index + 1} is not valid JSON`, file, at);
    }
    if (!isPlainObject(record)) throw fault('invalidRecord', `${file} line ${index + 1} is not a record`, file, at);
    const key = keyText(record, shape.keyPath);
    if (key === null) throw fault('invalidRecord', `${file} line ${index + 1} has no valid key`, file, at);
    if (keys.has(key)) throw fault('invalidRecord', `${file} line ${index + 1} repeats a key`, file, at);
    keys.add(key);
    if (schema && !schema.safeParse(record).success) throw fault('invalidRecord', `${file} line ${index + 1} is not a valid ${shape.name} record`, file, at);
    return record;
  });
}

async function checkSignature(manifestBytes: Uint8Array, signatureJson: unknown, manifest: BackupManifest): Promise<BackupSignature> {
  const parsed = BackupSignatureSchema.safeParse(signatureJson);
  if (!parsed.success) throw fault('malformed', `${BACKUP_PATHS.signature} is not a backup signature`, BACKUP_PATHS.signature);
  const signature = parsed.data;
  const publicKey = fromHex(signature.publicKeyHex);
  const consistent =
    sha256Hex(publicKey) === signature.fingerprint &&
    signature.publicKeyHex === manifest.device.publicKeyHex &&
    signature.deviceId === manifest.device.deviceId &&
    signature.fingerprint === manifest.device.fingerprint;
  if (!consistent || !(await verifyEd25519(publicKey, fromHex(signature.signatureHex), manifestBytes))) {
    throw fault('badSignature', 'the manifest signature does not verify', BACKUP_PATHS.manifest);
  }
  return signature;
}

export async function readBackup<B extends BlobLike>(source: B, options: ReadBackupOptions): Promise<VerifiedBackup<ReturnType<B['slice']>>> {
  const keep = (name: string): Keep => (name.startsWith(BACKUP_PATHS.evidenceDir) ? 'blob' : name.startsWith(BACKUP_PATHS.tablesDir) || name.endsWith('.json') || name.endsWith('.txt') ? 'bytes' : 'none');
  let zip: Awaited<ReturnType<typeof readBundleZip>>;
  try {
    zip = await readBundleZip(source, {
      limits: BACKUP_READ_LIMITS,
      keep,
      signal: options.signal,
      onBytes: (bytes, total) => options.onProgress?.({ bytes, total }),
    });
  } catch (error) {
    if (error instanceof BundleFault) throw fault(ZIP_PROBLEMS[error.code] ?? 'unsafeZip', error.message, error.file);
    if (error instanceof CodedError && error.code === 'bundle.cancelled') throw new CodedError('backup.cancelled', 'reading the backup was cancelled');
    throw error;
  }
  const { files } = zip;

  // A ZIP, but which: an evidence bundle is imported elsewhere; anything else is not ours.
  if (!files.has(BACKUP_PATHS.manifest)) {
    throw files.has('bag-info.txt') ? fault('isBundle', 'this is an evidence bundle, not a backup') : fault('notBackup', 'the ZIP holds no backup manifest');
  }
  const manifestBytes = files.get(BACKUP_PATHS.manifest)!.bytes!;
  const manifestJson = parseJson(manifestBytes, BACKUP_PATHS.manifest);
  const format = (manifestJson as { format?: unknown; version?: unknown } | null) ?? {};
  if (format.format !== BACKUP_FORMAT || format.version !== BACKUP_FORMAT_VERSION) {
    throw fault('unknownFormat', `unknown backup format ${String(format.format)} ${String(format.version)}`, BACKUP_PATHS.manifest);
  }
  const parsed = BackupManifestSchema.safeParse(manifestJson);
  if (!parsed.success) throw fault('malformed', `${BACKUP_PATHS.manifest} is not a valid manifest`, BACKUP_PATHS.manifest);
  const manifest = parsed.data;
  const signature = await checkSignature(manifestBytes, parseJson(files.get(BACKUP_PATHS.signature)?.bytes, BACKUP_PATHS.signature), manifest);

  if (manifest.schemaVersion > options.schemaVersion) {
    throw fault('newerSchema', `the backup is of schema ${manifest.schemaVersion}; this Lantern knows ${options.schemaVersion}`, null, { version: manifest.schemaVersion });
  }
  if (manifest.schemaVersion !== options.schemaVersion) {
    throw fault('unknownSchema', `the backup is of schema ${manifest.schemaVersion}; this Lantern restores ${options.schemaVersion}`, null, { version: manifest.schemaVersion });
  }

  // Exactly the files the manifest lists, each with its size and hash.
  const listed = new Map<string, { bytes: number; sha256: string }>([...manifest.tables, ...manifest.evidence].map((f) => [f.path, f]));
  for (const table of manifest.tables) if (table.path !== tablePath(table.name)) throw fault('malformed', `table ${table.name} is listed at ${table.path}`, BACKUP_PATHS.manifest);
  for (const item of manifest.evidence) if (item.path !== evidencePath(item.itemId)) throw fault('malformed', `evidence ${item.itemId} is listed at ${item.path}`, BACKUP_PATHS.manifest);
  if (listed.size !== manifest.tables.length + manifest.evidence.length) throw fault('malformed', 'the manifest lists a file twice', BACKUP_PATHS.manifest);
  for (const [path, expected] of listed) {
    const file = files.get(path);
    if (!file) throw fault('missingFile', `${path} is missing`, path);
    if (file.size !== expected.bytes || file.sha256 !== expected.sha256) throw fault('hashMismatch', `${path} does not match the manifest`, path);
  }
  for (const name of files.keys()) {
    if (name !== BACKUP_PATHS.manifest && name !== BACKUP_PATHS.signature && !listed.has(name)) throw fault('extraFile', `${name} is not in the manifest`, name);
  }

  // The same tables as this notebook's schema, each parsed and checked.
  const shapes = new Map(options.tables.map((shape) => [shape.name, shape]));
  const tables = new Map<string, Record<string, unknown>[]>();
  for (const table of manifest.tables) {
    const shape = shapes.get(table.name);
    if (!shape) throw fault('unknownFormat', `this notebook has no table ${table.name}`, table.path);
    if (tables.has(table.name)) throw fault('malformed', `table ${table.name} is listed twice`, BACKUP_PATHS.manifest);
    tables.set(table.name, parseTable(files.get(table.path)!.bytes!, shape, table.records, table.path));
  }
  const absent = options.tables.find((shape) => !tables.has(shape.name));
  if (absent) throw fault('missingFile', `the backup has no ${absent.name} table`, tablePath(absent.name));

  // Every file belongs to an item; a file whose bytes differ from the item's recorded hash is named.
  const items = new Map((tables.get('evidence') ?? []).map((item) => [item.id as string, item as { id: string; itemNumber: number; sha256: string }]));
  const evidence: VerifiedBackup<ReturnType<B['slice']>>['evidence'] = [];
  const evidenceMismatches: EvidenceMismatch[] = [];
  for (const entry of manifest.evidence) {
    const item = items.get(entry.itemId);
    if (!item) throw fault('inconsistent', `${entry.path} belongs to no evidence item`, entry.path);
    const file = files.get(entry.path)!;
    evidence.push({ itemId: entry.itemId, blob: file.blob as ReturnType<B['slice']> });
    if (file.sha256 !== item.sha256) evidenceMismatches.push({ itemId: item.id, itemNumber: item.itemNumber, recorded: item.sha256, found: file.sha256 });
  }
  return { manifest, signature, tables, evidence, evidenceMismatches };
}
