// Node transforms that keep the live editor inside the entry allowlist, whatever
// arrives by typing, shortcuts (Ctrl+U), paste, drop or a loaded body. They mirror
// sanitizeBody(), which still runs on every saved body: transforms are the first line.
import { CodeHighlightNode, CodeNode, $isCodeNode } from '@lexical/code';
import { $isLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { $unwrapNode } from '@lexical/utils';
import { $createTextNode, ElementNode, ParagraphNode, TabNode, TextNode, mergeRegister, type LexicalEditor } from 'lexical';
import { isSafeLinkUrl } from '../../../../shared/domain/links';
import { ALLOWED_TEXT_FORMAT } from '../../bodyTypes';
import { sanitizeMention } from '../../sanitizeInline';
import { EvidenceMentionNode } from '../evidenceMention/EvidenceMentionNode';
import type { MentionNode } from '../mention/MentionNode';
import { SystemMentionNode } from '../systemMention/SystemMentionNode';

/** Bold, italic and inline code only; nothing at all inside a code block; no inline CSS. */
export function $sanitizeTextNode(node: TextNode): void {
  const format = node.getFormat();
  const allowed = $isCodeNode(node.getParent()) ? 0 : format & ALLOWED_TEXT_FORMAT;
  if (format !== allowed) node.setFormat(allowed);
  if (node.getStyle() !== '') node.setStyle('');
}

/** No alignment, inline CSS or disallowed "next typed text" format on blocks. */
export function $sanitizeElementNode(node: ElementNode): void {
  if (node.getFormatType() !== '') node.setFormat('');
  if (node.getStyle() !== '') node.setStyle('');
  if (node.getTextStyle() !== '') node.setTextStyle('');
  const textFormat = node.getTextFormat();
  if ((textFormat & ALLOWED_TEXT_FORMAT) !== textFormat) node.setTextFormat(textFormat & ALLOWED_TEXT_FORMAT);
}

/** A link to anything but http, https or mailto is replaced by its text. */
export function $sanitizeLinkNode(node: LinkNode): void {
  if (!isSafeLinkUrl(node.getURL())) {
    $unwrapNode(node);
    return;
  }
  if (node.getTarget() !== null) node.setTarget(null);
  if (node.getRel() !== null) node.setRel(null);
  $sanitizeElementNode(node);
}

export function $sanitizeListNode(node: ListNode): void {
  if (node.getListType() === 'check') node.setListType('bullet');
  $sanitizeElementNode(node);
}

export function $sanitizeListItemNode(node: ListItemNode): void {
  if (node.getChecked() !== undefined) node.setChecked(undefined);
  $sanitizeElementNode(node);
}

/**
 * A mention whose fields the sanitizer would refuse (pasted editor JSON can carry any), or
 * one inside a link or a code block, becomes its text. Transforms go by node type, so
 * the text node's one does not reach mentions: formats are cleared here too.
 */
export function $sanitizeMentionNode(node: MentionNode): void {
  const parent = node.getParent();
  if ($isLinkNode(parent) || $isCodeNode(parent) || !sanitizeMention(node.exportJSON())) {
    node.replace($createTextNode(node.getTextContent()));
    return;
  }
  $sanitizeTextNode(node);
}

/** No language or theme: code blocks are plain monospace text here. */
export function $sanitizeCodeNode(node: CodeNode): void {
  if (node.getLanguage()) node.setLanguage(undefined);
  if (node.getTheme()) node.setTheme(undefined);
  $sanitizeElementNode(node);
}

/** Registers every transform; returns the clean-up. The editor must have EDITOR_NODES. */
export function registerSanitizer(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(TextNode, $sanitizeTextNode),
    editor.registerNodeTransform(TabNode, $sanitizeTextNode),
    editor.registerNodeTransform(CodeHighlightNode, $sanitizeTextNode),
    editor.registerNodeTransform(ParagraphNode, $sanitizeElementNode),
    editor.registerNodeTransform(LinkNode, $sanitizeLinkNode),
    editor.registerNodeTransform(ListNode, $sanitizeListNode),
    editor.registerNodeTransform(ListItemNode, $sanitizeListItemNode),
    editor.registerNodeTransform(CodeNode, $sanitizeCodeNode),
    editor.registerNodeTransform(SystemMentionNode, $sanitizeMentionNode),
    editor.registerNodeTransform(EvidenceMentionNode, $sanitizeMentionNode),
  );
}
