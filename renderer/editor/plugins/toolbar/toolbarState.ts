// What the toolbar shows as pressed, read from the current selection.
import { $isCodeNode } from '@lexical/code';
import { $isLinkNode } from '@lexical/link';
import { ListNode } from '@lexical/list';
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils';
import { $getSelection, $isRangeSelection } from 'lexical';
import type { ListType } from '../../bodyTypes';

export interface ToolbarState {
  bold: boolean;
  italic: boolean;
  code: boolean;
  listType: ListType | null;
  codeBlock: boolean;
  /** URL of the link around the caret, if any. */
  linkUrl: string | null;
}

export const EMPTY_TOOLBAR_STATE: ToolbarState = {
  bold: false,
  italic: false,
  code: false,
  listType: null,
  codeBlock: false,
  linkUrl: null,
};

export function $readToolbarState(): ToolbarState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return EMPTY_TOOLBAR_STATE;
  const anchor = selection.anchor.getNode();
  const list = $getNearestNodeOfType(anchor, ListNode);
  const link = $findMatchingParent(anchor, $isLinkNode);
  const listType = list?.getListType();
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    code: selection.hasFormat('code'),
    listType: listType === 'bullet' || listType === 'number' ? listType : null,
    codeBlock: $isCodeNode(anchor) || $isCodeNode(anchor.getTopLevelElement()),
    linkUrl: $isLinkNode(link) ? link.getURL() : null,
  };
}

export const sameToolbarState = (a: ToolbarState, b: ToolbarState): boolean =>
  (Object.keys(a) as (keyof ToolbarState)[]).every((key) => a[key] === b[key]);
