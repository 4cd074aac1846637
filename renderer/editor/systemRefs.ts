// The systems an entry body mentions, as the entry's refs: the log finds an
// entry from a system's page through these (`system:<id>`), never by parsing text.
import type { EntryRef } from '../../shared/domain/logEntry';
import { asRecord, childrenOf } from './rawJson';

const SYSTEM_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Bounds the walk over an untrusted body; sanitized bodies are far smaller. */
const MAX_STEPS = 200_000;
const MAX_REFS = 64;

/** One `{ type: 'system', id }` per mentioned system, in order of first mention. */
export function systemRefsOf(body: unknown): EntryRef[] {
  const ids = new Set<string>();
  const stack: unknown[] = [asRecord(body)?.root];
  for (let steps = 0; stack.length > 0 && steps < MAX_STEPS && ids.size < MAX_REFS; steps++) {
    const node = asRecord(stack.pop());
    if (!node) continue;
    if (node.type === 'system-mention' && typeof node.systemId === 'string' && SYSTEM_ID.test(node.systemId)) ids.add(node.systemId);
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return [...ids].map((id) => ({ type: 'system', id }));
}
