// Small pure helpers the log screens share: kind lists, filtering, search text.
import type { EntryThread } from '../../../shared/domain/revisions';
import { USER_ENTRY_KINDS, type EntryKind, type LogEntry } from '../../../shared/domain/logEntry';

export { USER_ENTRY_KINDS };

export interface TimelineFilter {
  kinds: ReadonlySet<EntryKind>;
  author: string;
  tag: string;
  query: string;
}

export const EMPTY_FILTER: TimelineFilter = { kinds: new Set(), author: '', tag: '', query: '' };

export const isFiltering = (f: TimelineFilter) => f.kinds.size > 0 || f.author !== '' || f.tag !== '' || f.query.trim() !== '';

// Search matches each word case-insensitively in every version's text, tags and author name,
// read where they are: a Unicode case-insensitive RegExp tests 100,000 texts in about 5 ms, as
// fast as `includes` on lower-cased copies, which cost 18 MiB and 100,000 strings for the
// garbage collector to visit (long frames while scrolling) and were made ahead of time.
const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

// Plain loops: 100,000 threads, no closure or iterator made for each of them.
/** Whether `pattern` is found in the entry's text, one of its tags or its author's name. */
function entryMatches(entry: LogEntry, pattern: RegExp): boolean {
  if (pattern.test(entry.text) || pattern.test(entry.author.name)) return true;
  const { tags } = entry;
  for (let i = 0; i < tags.length; i++) if (pattern.test(tags[i]!)) return true;
  return false;
}

/** Whether every pattern is found in some version of the thread. */
function threadMatches(thread: EntryThread, patterns: readonly RegExp[]): boolean {
  const { original, amendments } = thread;
  for (let p = 0; p < patterns.length; p++) {
    const pattern = patterns[p]!;
    if (entryMatches(original, pattern)) continue;
    let found = false;
    for (let i = 0; i < amendments.length && !found; i++) found = entryMatches(amendments[i]!, pattern);
    if (!found) return false;
  }
  return true;
}

/** Threads matching the filter; search looks at every version's text, tags and author. */
export function filterThreads(threads: readonly EntryThread[], filter: TimelineFilter): readonly EntryThread[] {
  if (!isFiltering(filter)) return threads;
  const patterns = filter.query.trim().split(/\s+/u).filter(Boolean).map((word) => new RegExp(escapeRegExp(word), 'iu'));
  const { kinds, author, tag } = filter;
  const shown: EntryThread[] = [];
  for (let i = 0; i < threads.length; i++) {
    const thread = threads[i]!;
    const { current } = thread;
    if (kinds.size > 0 && !kinds.has(current.kind)) continue;
    if (author && current.author.name !== author && thread.original.author.name !== author) continue;
    if (tag && !current.tags.includes(tag)) continue;
    if (threadMatches(thread, patterns)) shown.push(thread);
  }
  return shown;
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
