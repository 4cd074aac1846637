// The body sanitizer: a pure function over serialized Lexical JSON that keeps only
// the node types, fields and formats a log entry may carry. Runs on save, on import
// of other responders' data and before rendering; never needs an editor.
import type {
  BlockJSON,
  CodeJSON,
  InlineJSON,
  ListItemJSON,
  ListJSON,
  ListType,
  ParagraphJSON,
  SanitizedBody,
} from './bodyTypes';
import { asRecord, childrenOf, collectText, isInlineElement, isLeaf, leafText, type RawNode } from './rawJson';
import {
  MAX_DEPTH,
  allowedFormat,
  appendAll,
  elementBase,
  isLeafJSON,
  lineBreakNode,
  pushLines,
  tabNode,
  toInline,
} from './sanitizeInline';

export { plainTextOf } from './plainText';
export { MAX_DEPTH } from './sanitizeInline';

const MAX_LIST_START = 1_000_000;

/** Sanitized copy of `json`; anything that is not a body becomes one empty paragraph. */
export function sanitizeBody(json: unknown): SanitizedBody {
  return parseBody(json) ?? emptyBody();
}

/** Like sanitizeBody, but null when `json` does not even have the shape of a body. */
export function parseBody(json: unknown): SanitizedBody | null {
  const root = asRecord(asRecord(json)?.root);
  if (!root || root.type !== 'root' || !Array.isArray(root.children)) return null;
  const children = toBlocks(root.children, 1);
  if (children.length === 0) children.push(paragraphNode([], null));
  return { root: { ...elementBase(root), type: 'root', children } };
}

export const emptyBody = (): SanitizedBody => ({
  root: { ...elementBase(null), type: 'root', children: [paragraphNode([], null)] },
});

function paragraphNode(children: InlineJSON[], raw: RawNode | null): ParagraphJSON {
  return { ...elementBase(raw), type: 'paragraph', textFormat: allowedFormat(raw?.textFormat), textStyle: '', children };
}

/** Block context (root): inline runs become paragraphs; unknown blocks give up their content. */
function toBlocks(nodes: readonly unknown[], depth: number): BlockJSON[] {
  const out: BlockJSON[] = [];
  let run: RawNode[] = [];
  const flush = () => {
    const inline = toInline(run, depth);
    if (inline.length > 0) out.push(paragraphNode(inline, null));
    run = [];
  };
  for (const raw of nodes) {
    const node = asRecord(raw);
    if (!node) continue;
    if (isLeaf(node) || isInlineElement(node)) {
      run.push(node);
      continue;
    }
    flush();
    if (depth >= MAX_DEPTH) {
      const inline: InlineJSON[] = [];
      pushLines(inline, collectText(node));
      out.push(paragraphNode(inline, null));
    } else if (node.type === 'paragraph') out.push(paragraphNode(toInline(childrenOf(node), depth + 1), node));
    else if (node.type === 'code') out.push(codeNode(node));
    else if (node.type === 'list') {
      const list = listNode(node, depth, 0);
      if (list) out.push(list);
    } else appendAll(out, toBlocks(childrenOf(node), depth + 1)); // heading, quote, table …
  }
  flush();
  return out;
}

/** Code blocks hold plain text, tabs and line breaks only. */
function codeNode(node: RawNode): CodeJSON {
  const children: InlineJSON[] = [];
  for (const raw of childrenOf(node)) {
    const child = asRecord(raw);
    if (!child) continue;
    if (child.type === 'linebreak') children.push(lineBreakNode());
    else if (child.type === 'tab') children.push(tabNode());
    else pushLines(children, isLeaf(child) ? leafText(child) : collectText(child));
  }
  return { ...elementBase(node), type: 'code', children: children.filter(isLeafJSON) };
}

function listNode(node: RawNode, depth: number, level: number): ListJSON | null {
  const listType: ListType = node.listType === 'number' ? 'number' : 'bullet'; // 'check' → bullet
  const start =
    typeof node.start === 'number' && Number.isInteger(node.start) && node.start >= 0 && node.start <= MAX_LIST_START
      ? node.start
      : 1;
  const items: ListItemJSON[] = [];
  for (const raw of childrenOf(node)) {
    const child = asRecord(raw);
    if (!child) continue;
    if (child.type === 'listitem') appendAll(items, listItems(child, depth + 1, level));
    else if (child.type === 'list' && depth + 1 < MAX_DEPTH) {
      const nested = listNode(child, depth + 2, level + 1);
      if (nested) items.push(listItem([nested], null, level));
    } else {
      const inline = toInline([child], depth + 1);
      if (inline.length > 0) items.push(listItem(inline, null, level));
    }
  }
  if (items.length === 0) return null;
  let value = start;
  for (const item of items) {
    item.value = value;
    if (item.children[0]?.type !== 'list') value++; // wrappers of nested lists are not numbered
  }
  return { ...elementBase(node), type: 'list', listType, start, tag: listType === 'number' ? 'ol' : 'ul', children: items };
}

/** One raw list item may become several: inline runs and nested lists get items of their own. */
function listItems(node: RawNode, depth: number, level: number): ListItemJSON[] {
  const items: ListItemJSON[] = [];
  let run: RawNode[] = [];
  const flush = () => {
    if (run.length > 0) items.push(listItem(toInline(run, depth + 1), node, level));
    run = [];
  };
  for (const raw of childrenOf(node)) {
    const child = asRecord(raw);
    if (!child) continue;
    if (child.type === 'list' && depth + 1 < MAX_DEPTH) {
      flush();
      const nested = listNode(child, depth + 1, level + 1);
      if (nested) items.push(listItem([nested], node, level));
    } else run.push(child);
  }
  flush();
  if (items.length === 0) items.push(listItem([], node, level));
  return items;
}

function listItem(children: InlineJSON[] | [ListJSON], raw: RawNode | null, level: number): ListItemJSON {
  return { ...elementBase(raw, level), type: 'listitem', value: 1, children };
}
