// The `@` typeahead's matching: `@` or `＠` starts a query; names starting with it come
// first, then names, addresses or tags containing it.
import { keywordsContain, rankCandidates, triggerOn, type MentionCandidate } from '../mention/mentionMatch';

export const systemTrigger = triggerOn('@＠');

export function matchSystems(systems: readonly MentionCandidate[], query: string): MentionCandidate[] {
  const q = query.toLocaleLowerCase();
  return rankCandidates(systems, (system) => {
    const name = system.name.toLocaleLowerCase();
    if (name.startsWith(q)) return 0;
    return name.includes(q) || keywordsContain(system, q) ? 1 : null;
  });
}
