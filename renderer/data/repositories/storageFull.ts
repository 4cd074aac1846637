// A full disk or storage quota makes IndexedDB refuse a write with QuotaExceededError:
// raw, as Dexie's own error of that name, or as the `inner` of the AbortError a failed
// commit gives. Writers turn it into a coded error the UI explains (nothing was saved).
import { CodedError } from '../../../shared/result';

export function isQuotaError(error: unknown): boolean {
  const names = [error, (error as { inner?: unknown } | null)?.inner].map((e) => (e as { name?: unknown } | null)?.name);
  return names.includes('QuotaExceededError');
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
