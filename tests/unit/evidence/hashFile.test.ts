// @vitest-environment node
// The streaming evidence hash must give exactly Node crypto's digest (and so
// sha256sum's), at every chunk boundary and for large files, with progress and cancel.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hashBlob, progressMeter, type HashProgress } from '../../../renderer/evidence/hashFile';
import {
  remoteHasher,
  serveChunkHashing,
  serveHashing,
  type ChunkHasher,
  type ChunkHashingScope,
  type ChunkReply,
  type ChunkRequest,
  type ChunkWorker,
  type HashReply,
  type HashRequest,
  type HashWorkerScope,
} from '../../../renderer/evidence/sha256Stream';

/** Deterministic pseudo-random bytes (xorshift32), so a failure can be reproduced. */
function pseudoRandomBytes(length: number, seed = 0x2545f491): Uint8Array<ArrayBuffer> {
  const words = new Uint32Array(Math.ceil(length / 4));
  let x = seed;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  return new Uint8Array(words.buffer, 0, length);
}

const nodeSha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Node's Blob streams in chunks; sizes around 4 MiB still cross several chunk boundaries. */
const HASH_CHUNK_BYTES = 4 * 1024 * 1024;
/** The sizes every hashing path is checked at: empty, tiny, and on either side of a chunk's end. */
const BOUNDARY_SIZES: [string, number][] = [
  ['0 bytes', 0],
  ['1 byte', 1],
  ['one chunk less a byte', HASH_CHUNK_BYTES - 1],
  ['exactly one chunk', HASH_CHUNK_BYTES],
  ['one chunk and a byte', HASH_CHUNK_BYTES + 1],
];

describe('hashBlob (in this thread, as in Node)', () => {
  it.each([...BOUNDARY_SIZES, ['two chunks', 2 * HASH_CHUNK_BYTES]])('matches Node crypto for %s', async (_name, size) => {
    const bytes = pseudoRandomBytes(size, size + 1);
    await expect(hashBlob(new Blob([bytes]))).resolves.toBe(nodeSha256(bytes));
  });

  it('matches Node crypto for 50 MB of pseudo-random bytes and reports progress up to the total', async () => {
    const bytes = pseudoRandomBytes(50 * 1000 * 1000);
    const reports: HashProgress[] = [];
    const digest = await hashBlob(new Blob([bytes]), { onProgress: (p) => reports.push(p) });
    expect(digest).toBe(nodeSha256(bytes));
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    const last = reports.at(-1)!;
    expect(last).toMatchObject({ bytes: bytes.length, total: bytes.length, secondsLeft: 0 });
    expect(last.bytesPerSecond).toBeGreaterThan(0);
    expect(reports.map((r) => r.bytes)).toEqual([...reports.map((r) => r.bytes)].sort((a, b) => a - b));
  });

  it('reports an empty file as complete', async () => {
    const reports: HashProgress[] = [];
    await hashBlob(new Blob([]), { onProgress: (p) => reports.push(p) });
    expect(reports.at(-1)).toMatchObject({ bytes: 0, total: 0, secondsLeft: 0 });
  });

  it('stops reading with evidence.cancelled when aborted part-way', async () => {
    class CountingBlob extends Blob {
      reads = 0;
      override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
        const inner = super.stream().getReader();
        return new ReadableStream({
          pull: async (controller) => {
            this.reads++;
            const next = await inner.read();
            if (next.done) controller.close();
            else controller.enqueue(next.value);
          },
          cancel: (reason) => inner.cancel(reason),
        });
      }
    }
    const blob = new CountingBlob([pseudoRandomBytes(12 * HASH_CHUNK_BYTES)]);
    const controller = new AbortController();
    const hashing = hashBlob(blob, { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(hashing).rejects.toMatchObject({ code: 'evidence.cancelled' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(blob.reads).toBeLessThan(3);
  });

  it('refuses to start when already aborted', async () => {
    await expect(hashBlob(new Blob(['x']), { signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'evidence.cancelled' });
  });
});

describe('progressMeter', () => {
  it('reports about ten times a second, always the last byte, with rate and time left', () => {
    let clock = 0;
    const reports: HashProgress[] = [];
    const meter = progressMeter(1000, (p) => reports.push(p), () => clock);
    for (const [at, bytes] of [[0, 0], [50, 100], [100, 200], [150, 300], [200, 400], [250, 1000]] as const) {
      clock = at;
      meter(bytes);
    }
    expect(reports.map((r) => r.bytes)).toEqual([0, 200, 400, 1000]);
    expect(reports[0]!.secondsLeft).toBeNull();
    expect(reports[2]).toMatchObject({ bytesPerSecond: 2000, secondsLeft: 0.3 });
    expect(reports[3]).toMatchObject({ bytes: 1000, total: 1000, secondsLeft: 0 });
  });
});

/** A Worker double that runs the real worker code (serveHashing) in this thread. */
class FakeWorker {
  static started: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<HashReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  private readonly scope: HashWorkerScope = {
    onmessage: null,
    postMessage: (reply) => queueMicrotask(() => !this.terminated && this.onmessage?.({ data: reply } as MessageEvent<HashReply>)),
  };
  constructor(readonly url: URL, readonly options: WorkerOptions) {
    FakeWorker.started.push(this);
    serveHashing(this.scope);
  }
  postMessage(request: { blob: Blob }) {
    if (request.blob.size === 13) {
      queueMicrotask(() => this.onerror?.({ message: 'worker crashed', preventDefault() {} } as ErrorEvent));
      return;
    }
    this.scope.onmessage?.({ data: request } as MessageEvent);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('hashBlob (in a worker)', () => {
  // A fresh module each time: hashFile keeps an idle worker between calls.
  let hashBlob: typeof import('../../../renderer/evidence/hashFile').hashBlob;
  beforeEach(async () => {
    vi.resetModules();
    vi.stubGlobal('Worker', FakeWorker);
    ({ hashBlob } = await import('../../../renderer/evidence/hashFile'));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.started = [];
  });

  it('hashes in a module worker and reuses it for the next file', async () => {
    const bytes = pseudoRandomBytes(HASH_CHUNK_BYTES + 7);
    const reports: HashProgress[] = [];
    await expect(hashBlob(new Blob([bytes]), { onProgress: (p) => reports.push(p) })).resolves.toBe(nodeSha256(bytes));
    await expect(hashBlob(new Blob(['abc']))).resolves.toBe(nodeSha256(new TextEncoder().encode('abc')));
    expect(FakeWorker.started).toHaveLength(1);
    expect(FakeWorker.started[0]!.options).toMatchObject({ type: 'module' });
    expect(FakeWorker.started[0]!.url.pathname).toMatch(/hash\.worker\.ts$/);
    expect(reports.at(-1)).toMatchObject({ bytes: bytes.length, total: bytes.length });
  });

  it('terminates the worker on cancel and starts a fresh one afterwards', async () => {
    const controller = new AbortController();
    const hashing = hashBlob(new Blob([pseudoRandomBytes(8 * HASH_CHUNK_BYTES)]), { signal: controller.signal });
    controller.abort();
    await expect(hashing).rejects.toMatchObject({ code: 'evidence.cancelled' });
    expect(FakeWorker.started[0]!.terminated).toBe(true);
    await hashBlob(new Blob(['after']));
    expect(FakeWorker.started).toHaveLength(2);
  });

  it('rejects with evidence.hashFailed when the worker fails', async () => {
    await expect(hashBlob(new Blob(['thirteen byte']))).rejects.toMatchObject({ code: 'evidence.hashFailed' });
    expect(FakeWorker.started[0]!.terminated).toBe(true);
  });
});

/**
 * The hash worker's second thread, run in this one: messages cross by structuredClone with
 * their transfer lists, so a transferred buffer is detached on the sending side as it is
 * between real workers.
 */
class FakeChunkWorker implements ChunkWorker {
  onmessage: ((event: MessageEvent<ChunkReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  requests: ChunkRequest['type'][] = [];
  transferred = 0;
  private readonly scope: ChunkHashingScope = {
    onmessage: null,
    postMessage: (reply, transfer = []) => {
      const data = structuredClone(reply, { transfer });
      setTimeout(() => this.onmessage?.({ data } as MessageEvent<ChunkReply>));
    },
  };
  constructor(private readonly crashAfterChunks = Infinity) {
    serveChunkHashing(this.scope);
  }
  postMessage(request: ChunkRequest, transfer: Transferable[] = []) {
    this.requests.push(request.type);
    this.transferred += transfer.length;
    if (request.type === 'chunk' && this.requests.filter((type) => type === 'chunk').length > this.crashAfterChunks) {
      setTimeout(() => this.onerror?.({ message: 'worker crashed', preventDefault() {} } as ErrorEvent));
      return;
    }
    const data = structuredClone(request, { transfer });
    setTimeout(() => this.scope.onmessage?.({ data } as MessageEvent<ChunkRequest>));
  }
}

/** The hash worker's code (serveHashing) with its replies collected, for one file at a time. */
function hashWorker(startHasher: () => ChunkHasher | null) {
  let listener: (reply: HashReply) => void = () => undefined;
  const scope: HashWorkerScope = { onmessage: null, postMessage: (reply) => listener(reply) };
  serveHashing(scope, startHasher);
  return (blob: Blob) =>
    new Promise<{ sha256: string; progress: number[] }>((resolve, reject) => {
      const progress: number[] = [];
      listener = (reply) => {
        if (reply.type === 'progress') progress.push(reply.bytes);
        else if (reply.type === 'done') resolve({ sha256: reply.sha256, progress });
        else reject(Object.assign(new Error(reply.message), { code: reply.code }));
      };
      scope.onmessage?.({ data: { blob } } as MessageEvent<HashRequest>);
    });
}

describe('hashing on two threads (the hash worker reads, its own worker hashes)', () => {
  it.each([...BOUNDARY_SIZES, ['five chunks and a half', 5.5 * HASH_CHUNK_BYTES]])('matches Node crypto for %s, every chunk transferred, progress up to the total', async (_name, size) => {
    const chunkWorker = new FakeChunkWorker();
    const hash = hashWorker(() => remoteHasher(chunkWorker));
    const bytes = pseudoRandomBytes(size, size + 3);
    const { sha256, progress } = await hash(new Blob([bytes]));
    expect(sha256).toBe(nodeSha256(bytes));
    const chunks = Math.ceil(size / HASH_CHUNK_BYTES);
    expect(chunkWorker.requests).toEqual(['start', ...Array<string>(chunks).fill('chunk'), 'digest']);
    // Each chunk's buffer goes over and comes back: transferred, never copied.
    expect(chunkWorker.transferred).toBe(chunks);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    if (size > 0) expect(progress.at(-1)).toBe(size);
  });

  it('keeps its hashing worker for the next file, each file hashed from a fresh start', async () => {
    const started: FakeChunkWorker[] = [];
    const hash = hashWorker(() => {
      started.push(new FakeChunkWorker());
      return remoteHasher(started.at(-1)!);
    });
    const first = pseudoRandomBytes(HASH_CHUNK_BYTES + 5, 1);
    const second = new TextEncoder().encode('abc');
    expect((await hash(new Blob([first]))).sha256).toBe(nodeSha256(first));
    expect((await hash(new Blob([second]))).sha256).toBe(nodeSha256(second));
    expect(started).toHaveLength(1);
  });

  it('hashes the file again on the reading thread when the hashing worker dies part-way, and keeps doing so', async () => {
    const chunkWorker = new FakeChunkWorker(2);
    const startHasher = vi.fn(() => remoteHasher(chunkWorker));
    const hash = hashWorker(startHasher);
    const bytes = pseudoRandomBytes(4 * HASH_CHUNK_BYTES + 9, 7);
    await expect(hash(new Blob([bytes]))).resolves.toMatchObject({ sha256: nodeSha256(bytes) });
    const requestsAfterCrash = chunkWorker.requests.length;
    const next = pseudoRandomBytes(HASH_CHUNK_BYTES, 8);
    await expect(hash(new Blob([next]))).resolves.toMatchObject({ sha256: nodeSha256(next) });
    expect(startHasher).toHaveBeenCalledTimes(1);
    expect(chunkWorker.requests).toHaveLength(requestsAfterCrash);
  });

  it('says evidence.hashFailed when the file cannot be read part-way, and the next file still hashes', async () => {
    class UnpluggedBlob extends Blob {
      override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
        let sent = 0;
        return new ReadableStream({
          type: 'bytes',
          pull: (controller) => {
            if (sent++ < 2) controller.enqueue(pseudoRandomBytes(HASH_CHUNK_BYTES, sent));
            else controller.error(new Error('NotReadableError: the disk went away'));
          },
        });
      }
    }
    const hash = hashWorker(() => remoteHasher(new FakeChunkWorker()));
    await expect(hash(new UnpluggedBlob([pseudoRandomBytes(4 * HASH_CHUNK_BYTES)]))).rejects.toMatchObject({ code: 'evidence.hashFailed' });
    const bytes = pseudoRandomBytes(2 * HASH_CHUNK_BYTES + 1, 11);
    await expect(hash(new Blob([bytes]))).resolves.toMatchObject({ sha256: nodeSha256(bytes) });
  });
});
