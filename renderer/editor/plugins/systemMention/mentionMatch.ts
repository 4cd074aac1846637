// Pure parts of the `@` typeahead: where a mention query starts before the caret,
// and which systems match it. No editor needed, so both are unit-tested directly.
import type { MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';

/** What the typeahead offers: a system's id, its name, and a hint (type, address). */
export interface MentionCandidate {
  id: string;
  name: string;
  hint?: string;
  /** Extra words the query may match (addresses, tags). */
  keywords?: readonly string[];
}

export const MAX_MENTION_OPTIONS = 8;
const MAX_QUERY = 64;
// `@` or the full-width `＠` a Japanese IME gives, at the start or after a space or
// bracket; host names keep their dots, dashes and underscores in the query.
const TRIGGER = new RegExp(`(^|[\\s(（「])([@＠]([^\\s@＠]{0,${MAX_QUERY}}))$`, 'u');

export function mentionTrigger(textBeforeCaret: string): MenuTextMatch | null {
  const match = TRIGGER.exec(textBeforeCaret);
  if (!match) return null;
  const lead = match[1] ?? '';
  return { leadOffset: match.index + lead.length, matchingString: match[3] ?? '', replaceableString: match[2] ?? '' };
}

/** Names starting with the query first, then names or keywords containing it; at most MAX_MENTION_OPTIONS. */
export function matchCandidates(candidates: readonly MentionCandidate[], query: string): MentionCandidate[] {
  const q = query.toLocaleLowerCase();
  const starts: MentionCandidate[] = [];
  const contains: MentionCandidate[] = [];
  for (const candidate of candidates) {
    const name = candidate.name.toLocaleLowerCase();
    if (name.startsWith(q)) starts.push(candidate);
    else if (name.includes(q) || candidate.keywords?.some((word) => word.toLocaleLowerCase().includes(q))) contains.push(candidate);
  }
  return [...starts, ...contains].slice(0, MAX_MENTION_OPTIONS);
}
