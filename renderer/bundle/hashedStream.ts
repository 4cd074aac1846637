// An evidence file on its way into the ZIP: the stored Blob read chunk by chunk, each
// chunk hashed and counted as it passes, so the manifest states the SHA-256 of the
// bytes actually written and no file is ever held in memory whole.
import { createSHA256 } from 'hash-wasm';

export interface HashedStream {
  stream: ReadableStream<Uint8Array>;
  /** Lowercase hex SHA-256 and byte count, once the last chunk has passed. */
  digest: Promise<{ sha256: string; bytes: number }>;
  /** Stops reading the stored file (the ZIP was cancelled while this file was on its way). */
  release(reason: unknown): void;
}

/**
 * `onBytes` hears each chunk's length; `cancelled` is asked before every read and,
 * when it returns an error, ends the stream with it (the reader's file is released).
 */
export function hashedStream(blob: Blob, onBytes: (bytes: number) => void, cancelled: () => Error | null): HashedStream {
  let settle!: { resolve(value: { sha256: string; bytes: number }): void; reject(error: unknown): void };
  const digest = new Promise<{ sha256: string; bytes: number }>((resolve, reject) => (settle = { resolve, reject }));
  // Whoever awaits the digest sees the failure; nobody awaiting it is not an unhandled rejection.
  digest.catch(() => undefined);
  const hasher = createSHA256().then((hasher) => hasher.init());
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  let bytes = 0;

  const fail = (controller: ReadableStreamDefaultController<Uint8Array>, error: unknown) => {
    settle.reject(error);
    controller.error(error);
    void reader?.cancel(error).catch(() => undefined);
  };

  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const stop = cancelled();
          if (stop) return fail(controller, stop);
          reader ??= blob.stream().getReader();
          const { done, value } = await reader.read();
          const sha = await hasher;
          if (done) {
            settle.resolve({ sha256: sha.digest('hex'), bytes });
            controller.close();
            return;
          }
          sha.update(value);
          bytes += value.byteLength;
          onBytes(value.byteLength);
          controller.enqueue(value);
        } catch (error) {
          fail(controller, error);
        }
      },
      cancel(reason) {
        settle.reject(reason);
        return reader?.cancel(reason);
      },
    },
    // Pull only when the ZIP writer asks: nothing read ahead beyond the chunk in hand.
    { highWaterMark: 0 },
  );
  const release = (reason: unknown) => {
    settle.reject(reason);
    void reader?.cancel(reason).catch(() => undefined);
  };
  return { stream, digest, release };
}
