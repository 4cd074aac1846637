// Where the log journal lives: main keeps it (an fsync'd file under the app's data folder),
// reached over the `journal:` channels. A plain browser has no such host and no journal.
import type { LanternApi } from '../../shared/ipc/api';
import type { JournalRecord } from '../../shared/ipc/contract';
import { unwrap } from './saveFile';

export interface JournalHost {
  append(records: JournalRecord[]): Promise<void>;
  tail(count: number): Promise<{ records: JournalRecord[]; complete: boolean }>;
  read(cursor: number): Promise<{ records: JournalRecord[]; next: number | null; unreadable: number }>;
}

export function bridgeJournalHost(api: LanternApi): JournalHost {
  return {
    append: async (records) => void (await unwrap(api.journal.append({ records }))),
    tail: (count) => unwrap(api.journal.tail({ count })),
    read: (cursor) => unwrap(api.journal.read({ cursor })),
  };
}

/** main's journal through the bridge; null in a plain browser. */
export function journalHost(): JournalHost | null {
  return typeof window !== 'undefined' && window.lantern ? bridgeJournalHost(window.lantern) : null;
}
