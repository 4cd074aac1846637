// The one SHA-256 loop over evidence Blobs, run by the hash worker and by the
// in-thread fallback. Reads the Blob as a byte stream into two reused buffers, so
// memory stays flat whatever the file size (a 2 GB disk image never sits in memory
// whole). Measured in Chromium here, reading alone: BYOB reads of a full 4 MiB (`min`)
// ≈ 900 MB/s, BYOB reads as they come ≈ 600 MB/s, the default reader (2 MiB chunks)
// ≈ 150–190 MB/s, 4 MiB slices ≈ 75–125 MB/s.
import { createSHA256 } from 'hash-wasm';
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

/** The worker's side: hash each Blob posted to it, one at a time, reporting progress. */
export function serveHashing(scope: HashWorkerScope): void {
  scope.onmessage = (event) => {
    sha256OfBlob(event.data.blob, (bytes) => scope.postMessage({ type: 'progress', bytes })).then(
      (sha256) => scope.postMessage({ type: 'done', sha256 }),
      (error: CodedError) => scope.postMessage({ type: 'error', code: error.code, message: error.message }),
    );
  };
}
