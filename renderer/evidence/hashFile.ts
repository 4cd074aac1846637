// SHA-256 of an evidence file with progress, throughput, time left and cancel.
// Runs in a module Web Worker where the runtime has workers (the app, the browser
// build) and in this thread where it has none (unit tests in Node).
import { CodedError } from '../../shared/result';
import { cancelledError, sha256OfBlob, type HashReply, type HashRequest } from './sha256Stream';

export interface HashProgress {
  bytes: number;
  total: number;
  /** Average since the start. */
  bytesPerSecond: number;
  /** Null until there is a rate to go by. */
  secondsLeft: number | null;
}

export interface HashOptions {
  /** Called about ten times a second, and always once when the last byte is hashed. */
  onProgress?(progress: HashProgress): void;
  signal?: AbortSignal;
}

const PROGRESS_INTERVAL_MS = 100;

/** Turns running byte counts into throttled progress reports. */
export function progressMeter(total: number, onProgress: HashOptions['onProgress'], now: () => number = () => performance.now()) {
  const started = now();
  let lastReport = -Infinity;
  return (bytes: number): void => {
    if (!onProgress) return;
    const at = now();
    if (bytes < total && at - lastReport < PROGRESS_INTERVAL_MS) return;
    lastReport = at;
    const seconds = (at - started) / 1000;
    const bytesPerSecond = seconds > 0 ? bytes / seconds : 0;
    const secondsLeft = bytes >= total ? 0 : bytesPerSecond > 0 ? (total - bytes) / bytesPerSecond : null;
    onProgress({ bytes, total, bytesPerSecond, secondsLeft });
  };
}

// One idle worker is kept for the next file ("Verify all" hashes many in a row);
// a cancelled or failed one is terminated, never reused.
let idleWorker: Worker | null = null;

function acquireWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  const reused = idleWorker;
  idleWorker = null;
  if (reused) return reused;
  try {
    return new Worker(new URL('./hash.worker.ts', import.meta.url), { type: 'module', name: 'lantern-hash' });
  } catch {
    return null;
  }
}

function releaseWorker(worker: Worker): void {
  worker.onmessage = worker.onerror = worker.onmessageerror = null;
  if (idleWorker) worker.terminate();
  else idleWorker = worker;
}

function hashInWorker(worker: Worker, blob: Blob, report: (bytes: number) => void, signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void, reuse: boolean) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      if (reuse) releaseWorker(worker);
      else worker.terminate();
      outcome();
    };
    const onAbort = () => finish(() => reject(cancelledError()), false);
    const failed = (message: string) => finish(() => reject(new CodedError('evidence.hashFailed', message)), false);
    worker.onmessage = (event: MessageEvent<HashReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') report(reply.bytes);
      else if (reply.type === 'done') finish(() => resolve(reply.sha256), true);
      else finish(() => reject(new CodedError(reply.code, reply.message)), false);
    };
    // A worker that fails to load (CSP, missing chunk) or crashes must not leave an intake waiting.
    worker.onerror = (event) => {
      event.preventDefault();
      failed(event.message || 'the hashing worker failed');
    };
    worker.onmessageerror = () => failed('the file could not be passed to the hashing worker');
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.postMessage({ blob } satisfies HashRequest);
  });
}

function hashInThread(blob: Blob, report: (bytes: number) => void, signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(cancelledError());
    signal?.addEventListener('abort', onAbort, { once: true });
    sha256OfBlob(blob, report, () => signal?.aborted === true)
      .then(resolve, reject)
      .finally(() => signal?.removeEventListener('abort', onAbort));
  });
}

/**
 * Lowercase hex SHA-256 of a Blob or File, streamed in 4 MiB slices. Rejects with
 * evidence.cancelled when `signal` aborts (the work stops) and evidence.hashFailed
 * when the file cannot be read or the worker fails.
 */
export async function hashBlob(blob: Blob, options: HashOptions = {}): Promise<string> {
  const { signal, onProgress } = options;
  if (signal?.aborted) throw cancelledError();
  const meter = progressMeter(blob.size, onProgress);
  const report = (bytes: number) => {
    if (!signal?.aborted) meter(bytes);
  };
  const worker = acquireWorker();
  const sha256 = await (worker ? hashInWorker(worker, blob, report, signal) : hashInThread(blob, report, signal));
  // An empty file has no chunk to report, yet its progress is complete too.
  if (blob.size === 0) meter(0);
  return sha256;
}
