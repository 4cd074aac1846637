// Defensive readers over untrusted serialized Lexical JSON (stored, imported or
// pasted bodies): nothing here trusts a field's type or the tree's size.

export type RawNode = Record<string, unknown>;

/** Element types that Lexical lays out inline (no "\n\n" after them in text content). */
const INLINE_ELEMENT_TYPES: ReadonlySet<unknown> = new Set(['link', 'autolink', 'mark']);
/** Bounds the iterative text collection of a pathological subtree. */
const MAX_COLLECT_STEPS = 200_000;
const LINE_BREAK: RawNode = { type: 'linebreak' };

export const asRecord = (value: unknown): RawNode | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as RawNode) : null;

export const childrenOf = (node: RawNode): readonly unknown[] =>
  Array.isArray(node.children) ? (node.children as unknown[]) : [];

/** A leaf has no children array: text, tab, linebreak, or a decorator/unknown leaf. */
export const isLeaf = (node: RawNode): boolean => !Array.isArray(node.children);

export const isInlineElement = (node: RawNode): boolean => INLINE_ELEMENT_TYPES.has(node.type);

export const leafText = (node: RawNode): string => (typeof node.text === 'string' ? node.text : '');

/**
 * The text of a subtree without recursion (safe at any depth): leaf text, "\n" for
 * line breaks and after block elements. Used where structure is given up.
 */
export function collectText(node: RawNode): string {
  let text = '';
  const stack: unknown[] = [node];
  for (let steps = 0; stack.length > 0 && steps < MAX_COLLECT_STEPS; steps++) {
    const current = asRecord(stack.pop());
    if (!current) continue;
    if (current.type === 'linebreak') text += '\n';
    else if (isLeaf(current)) text += leafText(current);
    else {
      if (!isInlineElement(current)) stack.push(LINE_BREAK);
      const children = childrenOf(current);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
  return text.replace(/\n+$/u, '');
}
