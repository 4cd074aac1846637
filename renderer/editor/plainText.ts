// Plain text of a serialized body, the same string Lexical's $getRoot().getTextContent()
// gives: leaves concatenated, "\n" per line break, "\n\n" after every block element
// that is not the last child of its parent (see ElementNode.getTextContent).
import { asRecord, isInlineElement, isLeaf, leafText, collectText, type RawNode } from './rawJson';

const DOUBLE_LINE_BREAK = '\n\n';
/** Sanitized bodies are far shallower; this only stops runaway recursion on raw input. */
const MAX_RECURSION = 256;

/** Takes a RichBody, a sanitized body or raw `editorState.toJSON()`; reads defensively. */
export function plainTextOf(body: unknown): string {
  const root = asRecord(asRecord(body)?.root);
  return root ? nodeText(root, 0) : '';
}

function nodeText(node: RawNode, depth: number): string {
  if (node.type === 'linebreak') return '\n';
  if (isLeaf(node)) return leafText(node);
  if (depth > MAX_RECURSION) return collectText(node);
  const children = node.children as unknown[];
  let text = '';
  for (let i = 0; i < children.length; i++) {
    const child = asRecord(children[i]);
    if (!child) continue;
    text += nodeText(child, depth + 1);
    if (!isLeaf(child) && !isInlineElement(child) && i !== children.length - 1) text += DOUBLE_LINE_BREAK;
  }
  return text;
}
