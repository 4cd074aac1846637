// Small pure helpers the log screens share: kind lists, filtering, search text.
import type { EntryThread } from '../../../shared/domain/revisions';
import { USER_ENTRY_KINDS, type EntryKind } from '../../../shared/domain/logEntry';

export { USER_ENTRY_KINDS };

export interface TimelineFilter {
  kinds: ReadonlySet<EntryKind>;
  author: string;
  tag: string;
  query: string;
}

export const EMPTY_FILTER: TimelineFilter = { kinds: new Set(), author: '', tag: '', query: '' };

export const isFiltering = (f: TimelineFilter) => f.kinds.size > 0 || f.author !== '' || f.tag !== '' || f.query.trim() !== '';

// What search looks in, per thread, lower-cased once: a thread object stands for one state of
// an entry (a correction makes a new one), so the text kept for it never goes stale. Built on
// first use or ahead of it (warmSearchText), never again for every keystroke.
const searchTexts = new WeakMap<EntryThread, string>();

function searchText(thread: EntryThread): string {
  let text = searchTexts.get(thread);
  if (text === undefined) {
    text = [thread.original, ...thread.amendments]
      .map((e) => `${e.text} ${e.tags.join(' ')} ${e.author.name}`)
      .join(' ')
      .toLocaleLowerCase();
    searchTexts.set(thread, text);
  }
  return text;
}

/**
 * Prepares the search text of `threads` in slices of idle time, so that the first search of a
 * large log does not pay for it. Returns a function that stops the work.
 */
export function warmSearchText(threads: readonly EntryThread[], slice = 2000): () => void {
  let next = 0;
  let stopped = false;
  const idle = (work: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 1000 }) : setTimeout(work, 16));
  const step = () => {
    if (stopped) return;
    const end = Math.min(next + slice, threads.length);
    for (; next < end; next++) searchText(threads[next]!);
    if (next < threads.length) idle(step);
  };
  idle(step);
  return () => void (stopped = true);
}

/** Threads matching the filter; search looks at every version's text, tags and author. */
export function filterThreads(threads: readonly EntryThread[], filter: TimelineFilter): readonly EntryThread[] {
  if (!isFiltering(filter)) return threads;
  const words = filter.query.trim().toLocaleLowerCase().split(/\s+/u).filter(Boolean);
  return threads.filter((thread) => {
    const { current } = thread;
    if (filter.kinds.size > 0 && !filter.kinds.has(current.kind)) return false;
    if (filter.author && current.author.name !== filter.author && thread.original.author.name !== filter.author) return false;
    if (filter.tag && !current.tags.includes(filter.tag)) return false;
    if (words.length === 0) return true;
    const haystack = searchText(thread);
    return words.every((word) => haystack.includes(word));
  });
}

/** Index of the last thread whose event time is not in the future: where "now" is in the timeline. */
export function indexOfNow(threads: readonly EntryThread[], nowIso: string): number {
  let lo = 0;
  let hi = threads.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (threads[mid]!.current.occurredAt <= nowIso) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}
