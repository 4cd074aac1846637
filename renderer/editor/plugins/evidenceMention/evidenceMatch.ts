// The `#` typeahead's pure parts: the trigger, the candidates made from evidence items,
// their matching by item number or description words, and the chip's label.
import { keywordsContain, rankCandidates, triggerOn, type MentionCandidate } from '../mention/mentionMatch';

/** An evidence item as the composer offers it. */
export interface EvidenceMentionItem {
  id: string;
  /** The item number on the custody form (1, 2, 3 … per incident). */
  number: number;
  description: string;
  /** Shown after the name in the list (the item's type). */
  hint?: string;
  /** Extra words the query may match (file name, type). */
  keywords?: readonly string[];
}

export interface EvidenceCandidate extends MentionCandidate {
  number: number;
  /** The chip's text: `#3 Ransom note README.txt`. */
  label: string;
  /** The description, lower-cased, for matching. */
  words: string;
}

/** `#`, or the full-width `＃` a Japanese IME gives. */
export const evidenceTrigger = triggerOn('#＃');

const MAX_LABEL_DESCRIPTION = 32;
const WORD_BREAK = /[\s、。，．・,.;:/\\_()（）「」[\]-]+/u;

/** NFKC folds full-width digits and letters (＃３, ＲＥＡＤＭＥ) into what the items hold. */
const normalized = (query: string) => query.normalize('NFKC').toLocaleLowerCase();

/** A query that is empty or digits only is asking for an item by number. */
export const isNumberQuery = (query: string): boolean => /^\d*$/u.test(normalized(query));

/** The chip's text: the item number and the first line of the description, shortened. */
export function evidenceLabel(number: number, description: string): string {
  const line = description.split('\n')[0]!.replace(/\s+/gu, ' ').trim();
  const chars = Array.from(line); // code points: never split a surrogate pair
  const short = chars.length > MAX_LABEL_DESCRIPTION ? `${chars.slice(0, MAX_LABEL_DESCRIPTION - 1).join('').trimEnd()}…` : line;
  return short ? `#${number} ${short}` : `#${number}`;
}

export function evidenceCandidate(item: EvidenceMentionItem): EvidenceCandidate {
  const name = `#${item.number} ${item.description.split('\n')[0]!.trim()}`.trim();
  return {
    id: item.id,
    name,
    ...(item.hint ? { hint: item.hint } : {}),
    ...(item.keywords ? { keywords: item.keywords } : {}),
    number: item.number,
    label: evidenceLabel(item.number, item.description),
    words: item.description.toLocaleLowerCase(),
  };
}

/**
 * No query: the newest items first (the one just collected is the likely one). Digits:
 * that number, then numbers starting with them. Words: a description word starting with
 * the query, then descriptions, file names or types containing it.
 */
export function matchEvidence(candidates: readonly EvidenceCandidate[], query: string): EvidenceCandidate[] {
  const q = normalized(query);
  if (q === '') return rankCandidates(candidates, (item) => -item.number);
  const numeric = /^\d+$/u.test(q);
  return rankCandidates(candidates, (item) => {
    if (numeric && String(item.number) === q) return 0;
    if (numeric && String(item.number).startsWith(q)) return 1;
    if (item.words.split(WORD_BREAK).some((word) => word.startsWith(q))) return 2;
    return item.words.includes(q) || keywordsContain(item, q) ? 3 : null;
  });
}
