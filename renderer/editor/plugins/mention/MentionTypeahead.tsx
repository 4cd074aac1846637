// The typeahead behind every mention (`@` systems, `#` evidence): a trigger opens a list
// at the caret; arrow keys move, Enter or Tab picks, Escape closes. The pick replaces the
// typed query with the caller's mention node and a space. Never inside code: `@` or `#`
// in inline code or a code block is text (commands, hashes, shell comments). Enter and
// Tab read the text as typed (usePickKeys), so typing ahead of the menu picks right.
import { useCallback, useMemo, useReducer, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { $isCodeNode } from '@lexical/code';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, type MenuRenderFn } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $getSelection, $isRangeSelection, $isTextNode, COMMAND_PRIORITY_NORMAL, type TextNode } from 'lexical';
import { $placeMention } from './liveQuery';
import type { MentionNode } from './MentionNode';
import { MentionMenu } from './MentionMenu';
import type { MentionCandidate, MentionTrigger } from './mentionMatch';
import { usePickKeys, type ShownMenu } from './usePickKeys';

export class MentionOption<C extends MentionCandidate = MentionCandidate> extends MenuOption {
  readonly candidate: C;
  constructor(candidate: C) {
    super(candidate.id);
    this.candidate = candidate;
  }
}

export interface MentionTypeaheadProps<C extends MentionCandidate> {
  /** Where a query starts before the caret, or null for no menu. Keep it stable (useCallback). */
  trigger: MentionTrigger;
  /** The options for a query. Keep it stable (useCallback). */
  match(query: string): readonly C[];
  /** The node a pick becomes; runs inside the menu's editor update. */
  $createMention(candidate: C): MentionNode;
  /** The listbox's accessible name. */
  menuLabel: string;
  /** What the menu says when no option matches `query`. */
  emptyText(query: string): string;
}

/** Whether the caret is in inline code or a code block. Runs inside an editor read. */
function $isCaretInCode(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const node = selection.anchor.getNode();
  if ($isCodeNode(node) || $isCodeNode(node.getParent())) return true;
  return $isTextNode(node) ? node.hasFormat('code') : selection.hasFormat('code');
}

export function MentionTypeahead<C extends MentionCandidate>({ trigger, match, $createMention, menuLabel, emptyText }: MentionTypeaheadProps<C>) {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState<string | null>(null);
  const options = useMemo(() => (query === null ? [] : match(query).map((candidate) => new MentionOption(candidate))), [match, query]);
  // The typeahead calls this inside an editor read, so the caret can be checked.
  const triggerFn = useCallback((text: string) => ($isCaretInCode() ? null : trigger(text)), [trigger]);
  const shownMenu = useRef<ShownMenu | null>(null);
  // A key pick can come before the menu caught up with the typing; a new menu (key) drops
  // the update still on its way, which would reopen it for the replaced query.
  const [menuKey, resetMenu] = useReducer((key: number) => key + 1, 0);
  usePickKeys(editor, { trigger: triggerFn, match, $createMention, shown: shownMenu, onPicked: resetMenu });
  // The menu reports what it drew; stable per query, so its effect runs only when that changes.
  const onShown = useCallback((view: Omit<ShownMenu, 'query'> | null) => {
    shownMenu.current = view && { ...view, query: query ?? '' };
  }, [query]);

  // A click: the menu on screen is the one the user picked from.
  const onSelectOption = useCallback(
    (option: MentionOption<C>, replaced: TextNode | null, closeMenu: () => void) => {
      $placeMention($createMention(option.candidate), replaced);
      closeMenu();
    },
    [$createMention],
  );

  const menuRenderFn: MenuRenderFn<MentionOption<C>> = (anchor, { options: shown, selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }, matching) =>
    anchor.current
      ? createPortal(
          <MentionMenu<C>
            container={anchor.current}
            label={menuLabel}
            emptyText={emptyText(matching)}
            options={shown}
            selectedIndex={selectedIndex}
            onPick={selectOptionAndCleanUp}
            onHighlight={setHighlightedIndex}
            onShown={onShown}
          />,
          anchor.current,
        )
      : null;

  return (
    <LexicalTypeaheadMenuPlugin<MentionOption<C>>
      key={menuKey}
      options={options}
      onQueryChange={setQuery}
      onSelectOption={onSelectOption}
      triggerFn={triggerFn}
      menuRenderFn={menuRenderFn}
      anchorClassName="lx-mention-anchor"
      // Above the rich-text and list Enter/Tab handling; below Ctrl+Enter (submit, high).
      commandPriority={COMMAND_PRIORITY_NORMAL}
    />
  );
}
