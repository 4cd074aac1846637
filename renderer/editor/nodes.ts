// The one node registry of the entry editor. Root, paragraph, text, tab and line
// break are built into Lexical; these are the only others. A node type added here
// must also get a rule in sanitize.ts / sanitizeInline.ts and in BodyView.
import type { Klass, LexicalNode } from 'lexical';
import { CodeHighlightNode, CodeNode } from '@lexical/code';
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { EvidenceMentionNode } from './plugins/evidenceMention/EvidenceMentionNode';
import { SystemMentionNode } from './plugins/systemMention/SystemMentionNode';

/**
 * CodeHighlightNode is listed because CodeExtension (which owns code-block Enter
 * handling in Lexical 0.52) registers it; no highlighter runs, so it only appears in
 * pasted Lexical content and is reduced to plain text on save.
 */
export const EDITOR_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  ListNode,
  ListItemNode,
  LinkNode,
  CodeNode,
  CodeHighlightNode,
  SystemMentionNode,
  EvidenceMentionNode,
];

/** The editor namespace: Lexical uses JSON (not HTML) for copy/paste between editors sharing it. */
export const EDITOR_NAMESPACE = 'lantern-entry';
