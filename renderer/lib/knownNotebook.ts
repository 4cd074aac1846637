// Remembers, outside IndexedDB, that this profile holds a notebook: whose, since when. If the
// browser ever resets its database (Chromium deletes an IndexedDB it finds corrupt, e.g. after
// a crash), the app would otherwise open on the first-run screen as if nothing had been lost.
// localStorage is a separate store, so the loss can be named and a restore offered first.

const KEY = 'lantern.notebook';

export interface KnownNotebook {
  /** The responder's name in the notebook last seen here. */
  name: string;
  /** When it was first seen (ISO time). */
  since: string;
}

function read(): KnownNotebook | null {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? 'null') as unknown;
    if (value && typeof value === 'object' && typeof (value as KnownNotebook).name === 'string' && typeof (value as KnownNotebook).since === 'string') {
      return value as KnownNotebook;
    }
  } catch {
    // No storage, or not ours: nothing is known.
  }
  return null;
}

/** Notes that the notebook of `name` is here (kept as it is when already noted for that name). */
export function rememberNotebook(name: string, now = new Date()): void {
  if (read()?.name === name) return;
  try {
    localStorage.setItem(KEY, JSON.stringify({ name, since: now.toISOString() } satisfies KnownNotebook));
  } catch {
    // Without storage the loss cannot be named later; nothing else depends on it.
  }
}

/** The notebook this profile held before, when the database no longer has a responder. */
export const lostNotebook = (): KnownNotebook | null => read();
