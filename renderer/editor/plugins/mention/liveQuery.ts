// The typeahead's query as the editor holds it now, read the way Lexical's typeahead reads
// it (collapsed caret in plain text, trigger before it, not just after a mention), and the
// pick's edit: the typed query becomes the mention and a space. Runs inside an editor update.
import type { MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $createTextNode, $getSelection, $insertNodes, $isRangeSelection, $isTextNode, type TextNode } from 'lexical';
import type { MentionNode } from './MentionNode';
import type { MentionTrigger } from './mentionMatch';

export interface LiveQuery {
  match: MenuTextMatch;
  /** The text node the caret is in; the query runs from `match.leadOffset` to `caret`. */
  node: TextNode;
  caret: number;
}

export function $liveQuery(trigger: MentionTrigger): LiveQuery | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed() || selection.anchor.type !== 'text') return null;
  const node = selection.anchor.getNode();
  if (!node.isSimpleText()) return null;
  const caret = selection.anchor.offset;
  const match = trigger(node.getTextContent().slice(0, caret));
  if (!match) return null;
  // Lexical opens no menu for a trigger typed right against a mention chip.
  const before = node.getPreviousSibling();
  if (match.leadOffset === 0 && $isTextNode(before) && before.isTextEntity()) return null;
  return { match, node, caret };
}

/** Splits the query (trigger included) off into a node of its own and returns it. */
export function $splitQuery({ match, node, caret }: LiveQuery): TextNode {
  const parts = node.splitText(match.leadOffset, caret);
  return (match.leadOffset === 0 ? parts[0] : parts[1]) ?? node;
}

/** Puts `mention` in place of `query` (or at the caret), then a space, with the caret after it. */
export function $placeMention(mention: MentionNode, query: TextNode | null): void {
  if (query) query.replace(mention);
  else $insertNodes([mention]);
  const space = $createTextNode(' ');
  mention.insertAfter(space);
  space.select(1, 1);
}
