// The one SHA-256 loop over evidence Blobs, run by the hash worker and by the
// in-thread fallback. Reads the Blob as a byte stream into two reused buffers, so
// memory stays flat whatever the file size (a 2 GB disk image never sits in memory
// whole). Measured in Chromium here, reading alone: BYOB reads of a full 4 MiB (`min`)
// ≈ 900 MB/s, BYOB reads as they come ≈ 600 MB/s, the default reader (2 MiB chunks)
// ≈ 150–190 MB/s, 4 MiB slices ≈ 75–125 MB/s.
//
// In the app the reads and the hashing run on two threads: the hash worker reads, a
// worker of its own (sha256.worker.ts) hashes, and the two buffers go back and forth
// between them by transfer. On one thread they take turns, because the file's bytes are
// copied into a buffer only while that thread is free: 512 MiB took 3.2–3.7 s on one
// thread and 2.4–2.6 s on two here, about the time of the hashing alone (2.7–2.9 s for
// 512 MiB already in memory in that run; tools/oneoff/hashpipe.oneoff.ts).
import { createSHA256, type IHasher } from 'hash-wasm';
import { CodedError } from '../../shared/result';

export const cancelledError = () => new CodedError('evidence.cancelled', 'hashing was cancelled');

/**
 * Lowercase hex SHA-256 of `blob`. `onBytes` hears the running count after each
 * chunk; `stopped` is asked between chunks and ends the work with evidence.cancelled.
 */
export async function sha256OfBlob(blob: Blob, onBytes: (bytes: number) => void, stopped: () => boolean = () => false): Promise<string> {
  try {
    return await streamDigest(blob, onBytes, stopped);
  } catch (error) {
    // Unreadable file (moved, unplugged disk), wasm refused …: one code the UI explains.
    throw error instanceof CodedError ? error : new CodedError('evidence.hashFailed', String(error));
  }
}

/** Each read fills a buffer of this size (the last one holds what remains). */
const READ_SIZE = 4 * 1024 * 1024;
/**
 * Progress is reported once per buffer's worth of bytes: after every filled read, and not for
 * each of the small pieces a runtime without `min` hands back (messages are not free).
 */
const REPORT_EVERY = READ_SIZE;

async function streamDigest(blob: Blob, onBytes: (bytes: number) => void, stopped: () => boolean): Promise<string> {
  const hasher = await createSHA256();
  hasher.init();
  const stream = blob.stream();
  let bytes = 0;
  let reported = 0;
  const hash = (chunk: Uint8Array) => {
    hasher.update(chunk);
    bytes += chunk.byteLength;
    if (bytes - reported >= REPORT_EVERY || bytes === blob.size) {
      reported = bytes;
      onBytes(bytes);
    }
  };
  let byob: ReadableStreamBYOBReader | null = null;
  try {
    byob = stream.getReader({ mode: 'byob' });
  } catch {
    // Not a byte stream (Node's Blob in unit tests): the default reader below.
  }
  const reader = byob ?? stream.getReader();
  try {
    if (byob) {
      // Our own two buffers, taken in turn: the next read fills one while the other is
      // hashed, and nothing is allocated per chunk. In Chromium here this reads a file
      // 4–5× faster than the default reader's 2 MiB chunks, with memory flat.
      // `min` asks for a full buffer (fewer, larger reads); the last read of the file comes
      // back `done` with whatever remained. A runtime without `min` returns smaller reads.
      const fill = (buffer: ArrayBuffer) => byob.read(new Uint8Array(buffer), { min: READ_SIZE });
      let spare = new ArrayBuffer(READ_SIZE);
      let next = fill(new ArrayBuffer(READ_SIZE));
      for (;;) {
        if (stopped()) throw cancelledError();
        const { done, value } = await next;
        if (done) {
          if (value && value.byteLength > 0) hash(value);
          break;
        }
        next = fill(spare);
        hash(value);
        spare = value.buffer as ArrayBuffer;
      }
    } else {
      const plain = reader as ReadableStreamDefaultReader<Uint8Array>;
      for (;;) {
        if (stopped()) throw cancelledError();
        const { done, value } = await plain.read();
        if (done) break;
        hash(value);
      }
    }
  } catch (error) {
    void reader.cancel().catch(() => undefined);
    throw error;
  }
  if (bytes !== blob.size) throw new CodedError('evidence.hashFailed', 'the file changed or could not be read while hashing');
  if (stopped()) throw cancelledError();
  return hasher.digest('hex');
}

/** Messages between hashFile.ts and its worker. */
export type HashRequest = { blob: Blob };
export type HashReply = { type: 'progress'; bytes: number } | { type: 'done'; sha256: string } | { type: 'error'; code: string; message: string };

/** What the worker scope needs; a test double can stand in for `self`. */
export interface HashWorkerScope {
  onmessage: ((event: MessageEvent<HashRequest>) => void) | null;
  postMessage(reply: HashReply): void;
}

/**
 * The worker's side: hash each Blob posted to it, one at a time, reporting progress.
 * `startHasher` gives the thread that hashes while this one reads (null: this thread does
 * both). It is started with the first file and kept for the next; if it fails, the file is
 * hashed again here and every later file too.
 */
export function serveHashing(scope: HashWorkerScope, startHasher: () => ChunkHasher | null = () => null): void {
  let hasher: ChunkHasher | null = null;
  let started = false;
  const digest = async (blob: Blob, onBytes: (bytes: number) => void): Promise<string> => {
    if (!started) {
      started = true;
      hasher = startHasher();
    }
    if (hasher) {
      try {
        return await pipelinedDigest(blob, hasher, onBytes);
      } catch (error) {
        if (!(error instanceof HasherLost)) throw error;
        hasher = null;
      }
    }
    return sha256OfBlob(blob, onBytes);
  };
  scope.onmessage = (event) => {
    digest(event.data.blob, (bytes) => scope.postMessage({ type: 'progress', bytes })).then(
      (sha256) => scope.postMessage({ type: 'done', sha256 }),
      (error: unknown) => {
        const coded = error instanceof CodedError ? error : new CodedError('evidence.hashFailed', String(error));
        scope.postMessage({ type: 'error', code: coded.code, message: coded.message });
      },
    );
  };
}

// ── The hashing thread ──────────────────────────────────────────────────────────────

/** Messages from the reading thread to the hashing one, and its replies (one per chunk or digest, in order). */
export type ChunkRequest = { type: 'start' } | { type: 'chunk'; buffer: ArrayBuffer; length: number } | { type: 'digest' };
export type ChunkReply = { type: 'hashed'; buffer: ArrayBuffer } | { type: 'digest'; sha256: string } | { type: 'error'; message: string };

export interface ChunkHashingScope {
  onmessage: ((event: MessageEvent<ChunkRequest>) => void) | null;
  postMessage(reply: ChunkReply, transfer?: Transferable[]): void;
}

/** The hashing thread's side: hashes the chunks it is sent, in order, and sends each buffer back for the next read. */
export function serveChunkHashing(scope: ChunkHashingScope): void {
  let hasher: Promise<IHasher> | null = null;
  // One request at a time, in the order sent: the first waits for the wasm module.
  let queue = Promise.resolve();
  const handle = async (request: ChunkRequest) => {
    try {
      hasher ??= createSHA256();
      const sha = await hasher;
      if (request.type === 'start') sha.init();
      else if (request.type === 'chunk') {
        sha.update(new Uint8Array(request.buffer, 0, request.length));
        scope.postMessage({ type: 'hashed', buffer: request.buffer }, [request.buffer]);
      } else scope.postMessage({ type: 'digest', sha256: sha.digest('hex') });
    } catch (error) {
      hasher = null;
      // Every chunk and digest gets one reply; a failed start shows in the chunk after it.
      if (request.type !== 'start') scope.postMessage({ type: 'error', message: String(error) });
    }
  };
  scope.onmessage = (event) => {
    queue = queue.then(() => handle(event.data));
  };
}

/** The reading thread's handle on the hashing one. */
export interface ChunkHasher {
  start(): void;
  /** Hands `chunk`'s buffer over (it is detached here) and resolves with it once hashed. */
  hash(chunk: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
  digest(): Promise<string>;
}

/** The hashing thread is gone (it failed to load or crashed): the file can be hashed on this one instead. */
export class HasherLost extends Error {}

/** What `remoteHasher` needs of a Worker. */
export interface ChunkWorker {
  onmessage: ((event: MessageEvent<ChunkReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(request: ChunkRequest, transfer?: Transferable[]): void;
}

export function remoteHasher(worker: ChunkWorker): ChunkHasher {
  const waiting: { resolve(reply: ChunkReply): void; reject(error: Error): void }[] = [];
  let lost: HasherLost | null = null;
  worker.onmessage = (event) => waiting.shift()?.resolve(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    lost = new HasherLost(event.message || 'the SHA-256 worker failed');
    for (const pending of waiting.splice(0)) pending.reject(lost);
  };
  const ask = (request: ChunkRequest, transfer: Transferable[] = []) =>
    new Promise<ChunkReply>((resolve, reject) => {
      if (lost) return reject(lost);
      waiting.push({ resolve, reject });
      worker.postMessage(request, transfer);
    }).then((reply) => {
      if (reply.type === 'error') throw new HasherLost(reply.message);
      return reply;
    });
  return {
    start: () => worker.postMessage({ type: 'start' }),
    hash: async (chunk) => {
      const reply = await ask({ type: 'chunk', buffer: chunk.buffer, length: chunk.byteLength }, [chunk.buffer]);
      if (reply.type !== 'hashed') throw new HasherLost(`unexpected reply ${reply.type}`);
      return reply.buffer;
    },
    digest: async () => {
      const reply = await ask({ type: 'digest' });
      if (reply.type !== 'digest') throw new HasherLost(`unexpected reply ${reply.type}`);
      return reply.sha256;
    },
  };
}

/**
 * The reading thread's loop: two buffers, one filled by the next read while the hashing
 * thread has the other. A chunk is a whole buffer (`min`), so each is transferred, not copied.
 */
async function pipelinedDigest(blob: Blob, hasher: ChunkHasher, onBytes: (bytes: number) => void): Promise<string> {
  let byob: ReadableStreamBYOBReader;
  try {
    byob = blob.stream().getReader({ mode: 'byob' });
  } catch {
    // Not a byte stream: transfers would hand over buffers the stream still owns.
    return sha256OfBlob(blob, onBytes);
  }
  hasher.start();
  let hashed = 0;
  let reported = 0;
  const send = (chunk: Uint8Array<ArrayBuffer>) => {
    const length = chunk.byteLength;
    const back = hasher.hash(chunk).then((buffer) => {
      hashed += length;
      if (hashed - reported >= REPORT_EVERY || hashed === blob.size) {
        reported = hashed;
        onBytes(hashed);
      }
      return buffer;
    });
    // Awaited below; a failure while the next read is awaited is not unhandled.
    back.catch(() => undefined);
    return back;
  };
  const fill = (buffer: ArrayBuffer) => byob.read(new Uint8Array(buffer), { min: READ_SIZE });
  let inFlight: Promise<ArrayBuffer> | null = null;
  try {
    let next = fill(new ArrayBuffer(READ_SIZE));
    for (;;) {
      const { done, value } = await next;
      const free: ArrayBuffer = inFlight ? await inFlight : new ArrayBuffer(READ_SIZE);
      inFlight = value && value.byteLength > 0 ? send(value) : null;
      if (done) break;
      next = fill(free);
    }
    if (inFlight) await inFlight;
  } catch (error) {
    void byob.cancel().catch(() => undefined);
    throw error instanceof HasherLost || error instanceof CodedError ? error : new CodedError('evidence.hashFailed', String(error));
  }
  if (hashed !== blob.size) throw new CodedError('evidence.hashFailed', 'the file changed or could not be read while hashing');
  return hasher.digest();
}
