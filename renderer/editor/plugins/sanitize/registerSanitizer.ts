// Node transforms that keep the live editor inside the entry allowlist, whatever
// arrives by typing, shortcuts (Ctrl+U), paste, drop or a loaded body. They mirror
// sanitizeBody(), which still runs on every saved body: transforms are the first line.
import { CodeHighlightNode, CodeNode, $isCodeNode } from '@lexical/code';
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { $unwrapNode } from '@lexical/utils';
import { ElementNode, ParagraphNode, TabNode, TextNode, mergeRegister, type LexicalEditor } from 'lexical';
import { isSafeLinkUrl } from '../../../../shared/domain/links';
import { ALLOWED_TEXT_FORMAT } from '../../bodyTypes';

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
  );
}
