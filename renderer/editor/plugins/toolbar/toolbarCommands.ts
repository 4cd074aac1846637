// Editor changes behind the toolbar buttons that Lexical has no single command for.
import { $createCodeNode, $isCodeNode } from '@lexical/code';
import { $createLinkNode, $isLinkNode, $toggleLink } from '@lexical/link';
import { $setBlocksType } from '@lexical/selection';
import { $findMatchingParent } from '@lexical/utils';
import {
  $createParagraphNode,
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  type BaseSelection,
} from 'lexical';
import { isSafeLinkUrl } from '../../../../shared/domain/links';

/** Turns the selected blocks into a code block, or a code block back into a paragraph. */
export function $toggleCodeBlock(): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const anchor = selection.anchor.getNode();
  if ($isCodeNode(anchor) || $isCodeNode(anchor.getTopLevelElement())) {
    $setBlocksType(selection, () => $createParagraphNode());
  } else if (selection.isCollapsed()) {
    $setBlocksType(selection, () => $createCodeNode());
  } else {
    // Several blocks become one code block holding their text, line by line.
    const text = selection.getTextContent();
    selection.insertNodes([$createCodeNode()]);
    const inside = $getSelection();
    if ($isRangeSelection(inside)) inside.insertRawText(text);
  }
}

/**
 * Links the selection to `url` (null removes the link). With a bare caret outside a
 * link, inserts the URL itself as the link text. Refuses unsafe URLs.
 */
export function $applyLink(url: string | null, savedSelection: BaseSelection | null): boolean {
  if (url !== null && !isSafeLinkUrl(url)) return false;
  if (savedSelection) $setSelection(savedSelection.clone());
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const insideLink = $findMatchingParent(selection.anchor.getNode(), $isLinkNode) !== null;
  if (url !== null && selection.isCollapsed() && !insideLink) {
    const link = $createLinkNode(url).append($createTextNode(url));
    selection.insertNodes([link]);
    link.selectNext(0, 0);
    return true;
  }
  $toggleLink(url);
  return true;
}
