// Pure parts shared by every typeahead (`@` systems, `#` evidence): where a query starts
// before the caret, and ranking candidates against it. No editor needed, so unit-tested directly.
import type { MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';

/** What a typeahead offers: an id, the name shown in the list, a hint (type, address …). */
export interface MentionCandidate {
  id: string;
  name: string;
  hint?: string;
  /** Extra words the query may match (addresses, tags, file names). */
  keywords?: readonly string[];
}

export const MAX_MENTION_OPTIONS = 8;
const MAX_QUERY = 64;

export type MentionTrigger = (textBeforeCaret: string) => MenuTextMatch | null;

/**
 * A trigger on any of `marks` (plain characters, e.g. `@＠`: the full-width form is what a
 * Japanese IME gives) at the start or after a space or opening bracket; the query runs to
 * the caret and keeps dots, dashes and underscores (host names, file names).
 */
export function triggerOn(marks: string): MentionTrigger {
  const pattern = new RegExp(`(^|[\\s(（「])([${marks}]([^\\s${marks}]{0,${MAX_QUERY}}))$`, 'u');
  return (textBeforeCaret) => {
    const match = pattern.exec(textBeforeCaret);
    if (!match) return null;
    const lead = match[1] ?? '';
    return { leadOffset: match.index + lead.length, matchingString: match[3] ?? '', replaceableString: match[2] ?? '' };
  };
}

/**
 * The candidates `rank` accepts (a number; null leaves one out), lowest rank first and
 * ties in the given order; at most MAX_MENTION_OPTIONS.
 */
export function rankCandidates<C>(candidates: readonly C[], rank: (candidate: C) => number | null): C[] {
  const ranked: { candidate: C; rank: number; index: number }[] = [];
  candidates.forEach((candidate, index) => {
    const value = rank(candidate);
    if (value !== null) ranked.push({ candidate, rank: value, index });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return ranked.slice(0, MAX_MENTION_OPTIONS).map((entry) => entry.candidate);
}

/** Whether any keyword contains `query` (already lower-cased). */
export const keywordsContain = (candidate: MentionCandidate, query: string): boolean =>
  candidate.keywords?.some((word) => word.toLocaleLowerCase().includes(query)) ?? false;
