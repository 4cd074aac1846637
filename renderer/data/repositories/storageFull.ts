// A full disk or storage quota makes IndexedDB refuse a write. Chromium aborts the
// transaction at commit with QuotaExceededError (on a real quota and on a full disk alike);
// Dexie hands that on raw, as its own error of that name, as the `inner` of the AbortError
// a failed commit gives, or among the `failures` of a BulkError (bulkAdd/bulkPut). Evidence
// blobs are written to files before the commit: on a full disk Chromium aborts with
// DataError "Failed to write blobs (IOError)" instead (seen with a profile on a full tmpfs).
// Writers turn all of these into a coded error the UI explains (nothing was saved).
import { CodedError } from '../../../shared/result';

const BLOB_WRITE_FAILED = /failed to write blobs/i;

function isSpaceRefusal(error: unknown, depth: number): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const { name, message, inner, failures } = error as { name?: unknown; message?: unknown; inner?: unknown; failures?: unknown };
  if (name === 'QuotaExceededError') return true;
  if (name === 'DataError' && typeof message === 'string' && BLOB_WRITE_FAILED.test(message)) return true;
  if (isSpaceRefusal(inner, depth + 1)) return true;
  return Array.isArray(failures) && failures.some((failure) => isSpaceRefusal(failure, depth + 1));
}

export function isQuotaError(error: unknown): boolean {
  return isSpaceRefusal(error, 0);
}

/** Runs a write; a refusal for lack of space becomes `code` (errors:storage.full by default). */
export async function storageChecked<T>(work: () => Promise<T>, code = 'storage.full'): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isQuotaError(error)) throw new CodedError(code, 'the disk or the browser storage quota is full; nothing was saved');
    throw error;
  }
}
