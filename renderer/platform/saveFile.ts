// Saving a file the renderer built (an export, an evidence bundle). Through the bridge the
// bytes stream to main in batches under the token main issued after its save dialog, so a
// gigabyte bundle never sits in memory whole; in a browser the file becomes a download.
import type { LanternApi } from '../../shared/ipc/api';
import { SAVE_CHUNK_MAX_BYTES } from '../../shared/ipc/contract';
import type { Result } from '../../shared/result';

export interface SaveFileRequest {
  /** A plain file name; the user chooses the folder (and may change the name). */
  suggestedName: string;
  mime: string;
  body: Blob | ReadableStream<Uint8Array>;
}

export interface SaveFileResult {
  /** False when the user cancelled the save dialog. */
  saved: boolean;
  /** The name the file was saved under. */
  name: string | null;
}

/** Throws a Result's error as an Error carrying its code (ErrorText translates it). */
export const unwrap = async <T>(pending: Promise<Result<T>>): Promise<T> => {
  const result = await pending;
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code, details: result.error.details });
  return result.value;
};

/** IPC calls are few and large enough: one per MiB, never above the contract's cap. */
export const SAVE_BATCH_BYTES = 1024 * 1024;

/** Regroups a stream's chunks into batches of about `batch` bytes, none larger than `max`. */
export async function* batches(stream: ReadableStream<Uint8Array>, batch = SAVE_BATCH_BYTES, max = SAVE_CHUNK_MAX_BYTES): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let parts: Uint8Array[] = [];
  let size = 0;
  const flush = (): Uint8Array => {
    const out = parts.length === 1 ? parts[0]! : new Uint8Array(size);
    if (parts.length > 1) {
      let offset = 0;
      for (const part of parts) {
        out.set(part, offset);
        offset += part.byteLength;
      }
    }
    parts = [];
    size = 0;
    return out;
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (let offset = 0; offset < value.byteLength; offset += max) {
        const piece = value.subarray(offset, offset + max);
        if (size + piece.byteLength > max) yield flush();
        parts.push(piece);
        size += piece.byteLength;
        if (size >= batch) yield flush();
      }
    }
    if (size > 0) yield flush();
  } finally {
    reader.releaseLock();
  }
}

export async function saveThroughBridge(api: LanternApi, request: SaveFileRequest): Promise<SaveFileResult> {
  const { token, name } = await unwrap(api.save.begin({ suggestedName: request.suggestedName, mime: request.mime }));
  if (!token) {
    // Cancelled: tell a producing stream (e.g. the bundle writer) to stop.
    if (!(request.body instanceof Blob)) await request.body.cancel().catch(() => {});
    return { saved: false, name: null };
  }
  try {
    const stream = request.body instanceof Blob ? request.body.stream() : request.body;
    for await (const bytes of batches(stream)) await unwrap(api.save.chunk({ token, bytes }));
    const finished = await unwrap(api.save.finish({ token }));
    return { saved: true, name: finished.name ?? name };
  } catch (error) {
    // Main deletes the partial file; its answer does not change what went wrong here.
    await api.save.abort({ token }).catch(() => null);
    if (!(request.body instanceof Blob)) await request.body.cancel(error).catch(() => {});
    throw error;
  }
}

/** A browser has no save dialog to stream to: the Blob (a stream made into one) is downloaded. */
export async function downloadInBrowser(request: SaveFileRequest): Promise<SaveFileResult> {
  // Chromium keeps a large Blob from a Response on disk, not in memory.
  const blob = request.body instanceof Blob ? request.body : await new Response(request.body).blob();
  const url = URL.createObjectURL(blob.type ? blob : new Blob([blob], { type: request.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download asynchronously; release the URL once it surely has.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { saved: true, name: request.suggestedName };
}
