// The body of a ZIP being written: client-zip's stream, pulled one chunk at a time so a slow
// disk holds back the reading of evidence, with cancellation from either end. Used by the
// evidence bundle and the backup writer.
import { makeZip } from 'client-zip';

type ZipEntries = Parameters<typeof makeZip>[0];

export interface ZipBodyOptions<T> {
  signal?: AbortSignal;
  /** The error an abort rejects `done` with. */
  cancelled(): Error;
  /** Releases whatever file is being read when the ZIP stops early. */
  release(reason: unknown): void;
  /** Called once the last byte has been read; its value resolves `done`. */
  finish(): T;
}

export interface ZipBody<T> {
  /** The ZIP's bytes; reading it drives the writing. */
  body: ReadableStream<Uint8Array>;
  /** Resolves with `finish()` once every byte has been read; rejects on failure or cancel. */
  done: Promise<T>;
}

export function zipBody<T>(entries: ZipEntries, { signal, cancelled, release, finish }: ZipBodyOptions<T>): ZipBody<T> {
  const zip = makeZip(entries).getReader();
  let settle!: { resolve(value: T): void; reject(error: unknown): void };
  const done = new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
  // A caller that only reads the body must not meet an unhandled rejection.
  done.catch(() => undefined);

  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const abort = () => {
          const error = cancelled();
          settle.reject(error);
          controller.error(error);
          release(error);
          void zip.cancel(error).catch(() => undefined);
        };
        if (signal?.aborted) abort();
        else signal?.addEventListener('abort', abort, { once: true });
      },
      async pull(controller) {
        try {
          const { done: finished, value } = await zip.read();
          if (signal?.aborted) return;
          if (!finished) return controller.enqueue(value);
          const result = finish();
          controller.close();
          settle.resolve(result);
        } catch (error) {
          settle.reject(error);
          if (!signal?.aborted) controller.error(error);
        }
      },
      cancel(reason) {
        settle.reject(reason ?? cancelled());
        release(reason);
        return zip.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
  return { body, done };
}
