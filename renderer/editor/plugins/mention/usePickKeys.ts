// Enter and Tab in a typeahead pick from the text as it stands when the key arrives, not
// from the menu React last drew. Lexical's menu acts on its own React state, which trails
// fast typing (it opens in a transition): "@FS0⏎" typed at speed found no menu yet (a new
// paragraph) or one for "@F", whose pick replaced only "S0" and left "@F" before the chip.
import { useEffect, type RefObject } from 'react';
import { COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND, KEY_TAB_COMMAND, mergeRegister, type LexicalEditor } from 'lexical';
import { isSubmitShortcut } from '../submitShortcut/SubmitShortcutPlugin';
import { $liveQuery, $placeMention, $splitQuery } from './liveQuery';
import type { MentionNode } from './MentionNode';
import type { MentionCandidate, MentionTrigger } from './mentionMatch';

/** What the menu on screen shows: the query its options are for, and the highlighted one. */
export interface ShownMenu {
  query: string;
  highlightedId: string | null;
  optionCount: number;
}

export interface PickKeysOptions<C extends MentionCandidate> {
  /** The typeahead's trigger, code check included. */
  trigger: MentionTrigger;
  match(query: string): readonly C[];
  $createMention(candidate: C): MentionNode;
  /** The menu as last drawn, or null when none is. */
  shown: RefObject<ShownMenu | null>;
  /** After a pick: the menu's own state is out of date and must be reset. */
  onPicked(): void;
}

/** Registers above the menu's own Enter/Tab handling (normal priority), beside submit. */
export function usePickKeys<C extends MentionCandidate>(editor: LexicalEditor, options: PickKeysOptions<C>): void {
  const { trigger, match, $createMention, shown, onPicked } = options;
  useEffect(() => {
    const $pick = (event: KeyboardEvent | null): boolean => {
      if (event?.isComposing || editor.isComposing()) return false;
      const live = $liveQuery(trigger);
      const candidates = live ? match(live.match.matchingString) : [];
      const menu = shown.current;
      if (!live || candidates.length === 0) {
        // Nothing to pick in the text as typed, but a menu drawn for an earlier query would
        // still pick from its options: keep the key from it, and let the browser give the
        // key its usual meaning (a new paragraph, the next field).
        return menu !== null && menu.optionCount > 0;
      }
      // The highlighted option counts while the menu shows this very query; a new query
      // highlights its first option, as the menu itself does.
      const highlighted = menu?.query === live.match.matchingString ? candidates.find((candidate) => candidate.id === menu.highlightedId) : undefined;
      event?.preventDefault();
      event?.stopImmediatePropagation();
      $placeMention($createMention(highlighted ?? candidates[0]!), $splitQuery(live));
      onPicked();
      return true;
    };
    return mergeRegister(
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        // Shift+Enter is a line break and Ctrl/Cmd+Enter submits, menu or not.
        (event) => (event?.shiftKey || isSubmitShortcut(event) ? false : $pick(event)),
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(KEY_TAB_COMMAND, $pick, COMMAND_PRIORITY_HIGH),
    );
  }, [editor, trigger, match, $createMention, shown, onPicked]);
}
