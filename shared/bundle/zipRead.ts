// Reads a bundle's ZIP once with zip.js: every name and kind is checked from the central
// directory before anything is inflated, then each file goes through a writer that counts
// (READ_LIMITS, as bytes come out), hashes (SHA-256, streamed) and keeps only what the
// later checks parse. Evidence is never copied when stored: its Blob is a slice of the ZIP.
import { Reader, Writer, ZipReader, type Entry, type FileEntry } from '@zip.js/zip.js';
import { createSHA256, type IHasher } from 'hash-wasm';
import { CodedError } from '../result';
import { BundleFault } from './verifyTypes';
import { blobOf, type AbortSignalLike, type BlobLike } from './webRuntime';
import { InflateBudget, NameRegistry, isSymlinkAttributes, unsafePathReason, type ReadLimits } from './zipSafety';

export interface BagFile {
  name: string;
  size: number;
  sha256: string;
  /** The content, for the files the verifier parses; null for the others. */
  bytes: Uint8Array | null;
  /** The content as a Blob, for the files kept that way (evidence); null for the others. */
  blob: BlobLike | null;
}

/** How much of a file to keep: its bytes (read whole, so under maxTextBytes), a Blob, or only its hash. */
export type Keep = 'bytes' | 'blob' | 'none';

export interface ReadOptions {
  limits: ReadLimits;
  keep(name: string): Keep;
  /** `listed`: the directory was read in full; `named`: every name and kind passed, inflating starts. */
  onStage?(stage: 'listed' | 'named', entries: number): void;
  /** Running count of inflated bytes, and the uncompressed total the directory declares. */
  onBytes?(bytes: number, declared: number): void;
  signal?: AbortSignalLike;
}

export interface ReadZip {
  /** Files only, by name; directory entries are checked, then left out. */
  files: Map<string, BagFile>;
  entries: number;
  inflatedBytes: number;
}

export const cancelledError = (): CodedError => new CodedError('bundle.cancelled', 'verification was cancelled');

/** zip.js's message when an entry's output and its declared size disagree. */
const ZIPJS_SIZE_ERROR = 'Invalid uncompressed size';

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** zip.js reads through this, so the ZIP can be any Blob-like (a File, Node's disk-backed Blob). */
class BlobSliceReader extends Reader<BlobLike> {
  constructor(private readonly blob: BlobLike) {
    super(blob);
    this.size = blob.size;
  }

  override async readUint8Array(index: number, length: number): Promise<Uint8Array> {
    const bytes = new Uint8Array(await this.blob.slice(index, index + length).arrayBuffer());
    // A read inside the file that comes back short means the file changed or could not be read.
    if (bytes.length < Math.min(length, Math.max(this.blob.size - index, 0))) throw new Error('the file could not be read in full');
    return bytes;
  }
}

interface EntryPlan {
  name: string;
  keep: Keep;
  collect: boolean;
  compressedSize: number;
  compressed: boolean;
}

/** Counts, hashes and (when asked) keeps an entry's inflated bytes; throws to stop zip.js at a limit. */
class InspectWriter extends Writer<null> {
  bytes = 0;
  fault: BundleFault | null = null;
  readonly chunks: Uint8Array[] = [];

  constructor(
    private readonly plan: EntryPlan,
    private readonly hasher: IHasher,
    private readonly budget: InflateBudget,
    private readonly report: () => void,
    private readonly signal?: AbortSignalLike,
  ) {
    super();
  }

  override async writeUint8Array(array: Uint8Array): Promise<void> {
    if (this.signal?.aborted) throw cancelledError();
    this.bytes += array.length;
    const over = this.budget.count(array.length, this.bytes, { ...this.plan, textLimited: this.plan.keep === 'bytes' });
    if (over) {
      this.fault = new BundleFault('tooLarge', over, this.plan.name);
      throw this.fault;
    }
    this.hasher.update(array);
    if (this.plan.collect) this.chunks.push(array.slice());
    this.report();
  }

  override async getData(): Promise<null> {
    return null;
  }
}

function openFault(error: unknown, head: Uint8Array): BundleFault {
  const startsLikeZip = head.length >= 2 && head[0] === 0x50 && head[1] === 0x4b;
  return startsLikeZip
    ? new BundleFault('truncated', `the ZIP's directory is missing or damaged: ${errorText(error)}`)
    : new BundleFault('notZip', 'the file is not a ZIP archive');
}

async function listEntries(zip: ZipReader<BlobLike>, source: BlobLike, limits: ReadLimits): Promise<Entry[]> {
  const entries: Entry[] = [];
  try {
    for await (const entry of zip.getEntriesGenerator({ filenameValidation: 'tolerant' })) {
      if (entries.length >= limits.maxEntries) throw new BundleFault('tooLarge', `the ZIP holds more than ${limits.maxEntries} entries`);
      entries.push(entry);
    }
  } catch (error) {
    if (error instanceof BundleFault) throw error;
    throw openFault(error, new Uint8Array(await source.slice(0, 4).arrayBuffer()));
  }
  return entries;
}

function checkNames(entries: readonly Entry[]): void {
  const names = new NameRegistry();
  for (const entry of entries) {
    const name = entry.filename;
    const unsafe = unsafePathReason(name);
    if (unsafe) throw new BundleFault('unsafePath', unsafe, name);
    if (entry.symlink || isSymlinkAttributes(entry.externalFileAttributes)) throw new BundleFault('symlink', 'the entry is a symbolic link', name);
    const clash = names.add(name);
    if (clash?.problem === 'duplicateName') throw new BundleFault('duplicateName', 'another entry has the same name', name);
    if (clash) throw new BundleFault('caseCollision', `the name differs from "${clash.other}" only by case or Unicode form`, name);
    if (entry.encrypted) throw new BundleFault('unknownFormat', 'the entry is encrypted', name);
  }
}

async function inflate(entry: FileEntry, plan: EntryPlan, writer: InspectWriter, signal?: AbortSignalLike): Promise<void> {
  try {
    await entry.getData(writer, { useWebWorkers: false });
  } catch (error) {
    if (writer.fault) throw writer.fault;
    if (signal?.aborted) throw cancelledError();
    // zip.js stops an entry whose output passes the size its directory record declares (so a
    // header that understates a bomb cannot inflate past it) and one that ends short of it.
    if (errorText(error) === ZIPJS_SIZE_ERROR) {
      throw new BundleFault('truncated', `the entry does not inflate to the ${entry.uncompressedSize} bytes its directory record declares`, plan.name);
    }
    throw new BundleFault('truncated', `the entry's data is cut short or damaged: ${errorText(error)}`, plan.name);
  }
  if (writer.bytes !== entry.uncompressedSize) {
    throw new BundleFault('truncated', `the entry inflated to ${writer.bytes} bytes, its directory record says ${entry.uncompressedSize}`, plan.name);
  }
}

/** Checks the ZIP's structure and names, inflates every file within the limits and hashes it. */
export async function readBundleZip(source: BlobLike, options: ReadOptions): Promise<ReadZip> {
  const { limits, signal } = options;
  const zip = new ZipReader(new BlobSliceReader(source), { useWebWorkers: false });
  try {
    const entries = await listEntries(zip, source, limits);
    options.onStage?.('listed', entries.length);
    checkNames(entries);
    options.onStage?.('named', entries.length);
    const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
    const budget = new InflateBudget(limits);
    const hasher = await createSHA256();
    const report = () => options.onBytes?.(budget.totalBytes, declared);
    const files = new Map<string, BagFile>();
    for (const entry of entries) {
      if (signal?.aborted) throw cancelledError();
      if (entry.directory) continue;
      const keep = options.keep(entry.filename);
      const stored = entry.compressionMethod === 0;
      const plan: EntryPlan = {
        name: entry.filename,
        keep,
        collect: keep === 'bytes' || (keep === 'blob' && !stored),
        compressedSize: entry.compressedSize,
        compressed: !stored,
      };
      hasher.init();
      const writer = new InspectWriter(plan, hasher, budget, report, signal);
      await inflate(entry, plan, writer, signal);
      files.set(entry.filename, {
        name: entry.filename,
        size: writer.bytes,
        sha256: hasher.digest('hex'),
        bytes: keep === 'bytes' ? concat(writer.chunks, writer.bytes) : null,
        blob: keep === 'blob' ? keptBlob(source, entry, writer.chunks, stored) : null,
      });
    }
    report();
    return { files, entries: entries.length, inflatedBytes: budget.totalBytes };
  } finally {
    await zip.close().catch(() => undefined);
  }
}

/**
 * A stored entry's content is the ZIP's own bytes at its data offset, just hashed; a
 * compressed one (the writer never compresses evidence) is rebuilt from its chunks.
 */
function keptBlob(source: BlobLike, entry: FileEntry, chunks: Uint8Array[], stored: boolean): BlobLike {
  if (!stored) return blobOf(chunks);
  const offset = entry.localDirectory?.dataOffset;
  // zip.js records the offset when it reads the local header, which getData has just done.
  if (offset === undefined) throw new BundleFault('truncated', "the entry's local header could not be located", entry.filename);
  return source.slice(offset, offset + entry.compressedSize);
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
