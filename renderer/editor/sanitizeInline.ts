// Inline half of the body sanitizer: text, tabs, line breaks, safe links and mentions
// (system, evidence). Disallowed inline wrappers, unsafe links and mentions whose fields
// do not check out are dropped but their text is kept.
import { isSafeLinkUrl } from '../../shared/domain/links';
import {
  ALLOWED_TEXT_FORMAT,
  MENTION_TYPES,
  type Direction,
  type InlineJSON,
  type LeafJSON,
  type LineBreakJSON,
  type LinkJSON,
  type MentionJSON,
  type TabJSON,
  type TextJSON,
  type TextMode,
} from './bodyTypes';
import { asRecord, childrenOf, collectText, isInlineElement, isLeaf, leafText, type RawNode } from './rawJson';

/** Deeper element nesting than this is flattened to text (lists nest two levels per step). */
export const MAX_DEPTH = 24;
const MAX_TITLE_LENGTH = 1000;
const TEXT_MODES: ReadonlySet<unknown> = new Set(['normal', 'token', 'segmented']);
const MAX_MENTION_LENGTH = 200;
/** The ids Lantern gives systems and evidence items (IdSchema's UUID form). */
const NOTEBOOK_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const elementBase = (node: RawNode | null, indent = 0) => ({
  direction: (node?.direction === 'ltr' || node?.direction === 'rtl' ? node.direction : null) as Direction,
  format: '' as const,
  indent,
  version: 1 as const,
});

/** Keeps bold, italic and code; clears underline, strikethrough, highlight, sub/superscript, case. */
export const allowedFormat = (value: unknown): number =>
  typeof value === 'number' && Number.isInteger(value) ? value & ALLOWED_TEXT_FORMAT : 0;

export const textNode = (text: string, format = 0, mode: TextMode = 'normal', detail = 0): TextJSON => ({
  type: 'text', text, format, detail, mode, style: '', version: 1,
});
export const tabNode = (): TabJSON => ({
  type: 'tab', text: '\t', format: 0, detail: 2, mode: 'normal', style: '', version: 1,
});
export const lineBreakNode = (): LineBreakJSON => ({ type: 'linebreak', version: 1 });

function textFrom(node: RawNode): TextJSON {
  const mode = TEXT_MODES.has(node.mode) ? (node.mode as TextMode) : 'normal';
  const detail = typeof node.detail === 'number' ? node.detail & 3 : 0; // directionless | unmergeable
  return textNode(leafText(node), allowedFormat(node.format), mode, detail);
}

/** Text that may contain "\n" becomes text nodes separated by line breaks. */
export function pushLines(out: InlineJSON[], text: string): void {
  text.split('\n').forEach((line, index) => {
    if (index > 0) out.push(lineBreakNode());
    if (line !== '') out.push(textNode(line));
  });
}

export const isLeafJSON = (node: InlineJSON): node is LeafJSON => node.type === 'text' || node.type === 'tab' || node.type === 'linebreak';

/** Appends without spreading, so a huge array cannot overflow the argument limit. */
export function appendAll<T>(out: T[], items: readonly T[]): void {
  for (const item of items) out.push(item);
}

/** Inline content of raw nodes; block elements met inline are kept on lines of their own. */
export function toInline(nodes: readonly unknown[], depth: number, inLink = false): InlineJSON[] {
  const out: InlineJSON[] = [];
  let afterBlock = false;
  for (const raw of nodes) {
    const node = asRecord(raw);
    if (!node) continue;
    const piece: InlineJSON[] = [];
    appendInline(piece, node, depth, inLink);
    if (piece.length === 0) continue;
    const isBlock = !isLeaf(node) && !isInlineElement(node);
    const last = out[out.length - 1];
    if ((isBlock || afterBlock) && last && last.type !== 'linebreak' && piece[0]?.type !== 'linebreak') {
      out.push(lineBreakNode());
    }
    appendAll(out, piece);
    afterBlock = isBlock;
  }
  return out;
}

function appendInline(out: InlineJSON[], node: RawNode, depth: number, inLink: boolean): void {
  if (node.type === 'linebreak') out.push(lineBreakNode());
  else if (node.type === 'tab') out.push(tabNode());
  else if (MENTION_TYPES.has(node.type)) {
    // Inside a link a mention would be a link in a link: its text stays, as text.
    const mention = inLink ? null : sanitizeMention(node);
    if (mention) out.push(mention);
    else if (leafText(node) !== '') pushLines(out, leafText(node));
  }
  else if (isLeaf(node)) {
    if (leafText(node) !== '') out.push(textFrom(node));
  } else if (depth >= MAX_DEPTH) pushLines(out, collectText(node));
  else {
    const link = node.type === 'link' && !inLink ? linkNode(node, depth) : null;
    if (link) out.push(link);
    else appendAll(out, toInline(childrenOf(node), depth + 1, inLink || node.type === 'link'));
  }
}

function linkNode(node: RawNode, depth: number): LinkJSON | null {
  const url = typeof node.url === 'string' ? node.url : '';
  if (!isSafeLinkUrl(url)) return null;
  const children = toInline(childrenOf(node), depth + 1, true).filter(isLeafJSON);
  if (children.length === 0) return null;
  const title = typeof node.title === 'string' && node.title.length <= MAX_TITLE_LENGTH ? node.title : null;
  return { ...elementBase(node), type: 'link', url, rel: null, target: null, title, children };
}

const isNotebookId = (value: unknown): value is string => typeof value === 'string' && NOTEBOOK_ID.test(value);

/**
 * A mention with checked fields, or null: a one-line label, and the id of what it names.
 * An evidence label starts with its item number (`#3 …`), so a chip cannot show one
 * number while pointing at another.
 */
export function sanitizeMention(node: RawNode): MentionJSON | null {
  const text = leafText(node);
  if (text.trim() === '' || text.length > MAX_MENTION_LENGTH || text.includes('\n')) return null;
  const leaf = { text, format: allowedFormat(node.format), detail: 0, mode: 'token', style: '', version: 1 } as const;
  if (node.type === 'system-mention') return isNotebookId(node.systemId) ? { type: 'system-mention', systemId: node.systemId, ...leaf } : null;
  if (node.type !== 'evidence-mention' || !isNotebookId(node.itemId)) return null;
  const { itemNumber } = node;
  if (typeof itemNumber !== 'number' || !Number.isSafeInteger(itemNumber) || itemNumber < 1) return null;
  const number = `#${itemNumber}`;
  return text === number || text.startsWith(`${number} `) ? { type: 'evidence-mention', itemId: node.itemId, itemNumber, ...leaf } : null;
}
