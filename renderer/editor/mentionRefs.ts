// The things an entry body mentions (systems, evidence items), as the entry's refs: a
// system's page or an evidence item finds its entries through these (`system:<id>`,
// `evidence:<id>`), never by parsing text. Mentions count only if the sanitizer keeps them.
import type { EntryRef } from '../../shared/domain/logEntry';
import { MENTION_TYPES, type MentionJSON } from './bodyTypes';
import { asRecord, childrenOf } from './rawJson';
import { sanitizeMention } from './sanitizeInline';

/** Bounds the walk over an untrusted body; sanitized bodies are far smaller. */
const MAX_STEPS = 200_000;
const MAX_REFS = 64;

/** The ref a (sanitized) mention stands for. */
export const mentionRef = (mention: MentionJSON): EntryRef =>
  mention.type === 'system-mention' ? { type: 'system', id: mention.systemId } : { type: 'evidence', id: mention.itemId };

/** One ref per mentioned system or evidence item, in order of first mention. */
export function mentionRefsOf(body: unknown): EntryRef[] {
  const refs = new Map<string, EntryRef>();
  const stack: unknown[] = [asRecord(body)?.root];
  for (let steps = 0; stack.length > 0 && steps < MAX_STEPS && refs.size < MAX_REFS; steps++) {
    const node = asRecord(stack.pop());
    if (!node) continue;
    const mention = MENTION_TYPES.has(node.type) ? sanitizeMention(node) : null;
    if (mention) {
      const ref = mentionRef(mention);
      if (!refs.has(`${ref.type}:${ref.id}`)) refs.set(`${ref.type}:${ref.id}`, ref);
    }
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return [...refs.values()];
}

/** The system refs alone (`{ type: 'system', id }`). */
export const systemRefsOf = (body: unknown): EntryRef[] => mentionRefsOf(body).filter((ref) => ref.type === 'system');
