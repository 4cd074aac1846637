// `@` in the composer opens a list of the incident's systems; arrow keys move,
// Enter or Tab picks, Escape closes. The pick becomes a SystemMentionNode, which
// the entry's refs are later derived from (systemRefsOf).
import { useCallback, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { LexicalTypeaheadMenuPlugin, MenuOption, type MenuRenderFn } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $createTextNode, $insertNodes, COMMAND_PRIORITY_NORMAL, type TextNode } from 'lexical';
import { $createSystemMentionNode } from './SystemMentionNode';
import { MentionMenu } from './MentionMenu';
import { matchCandidates, mentionTrigger, type MentionCandidate } from './mentionMatch';

export class SystemOption extends MenuOption {
  readonly candidate: MentionCandidate;
  constructor(candidate: MentionCandidate) {
    super(candidate.id);
    this.candidate = candidate;
  }
}

export interface SystemMentionPluginProps {
  /** The systems that can be mentioned (the incident's); none means `@` is plain text. */
  systems: readonly MentionCandidate[];
}

export function SystemMentionPlugin({ systems }: SystemMentionPluginProps) {
  const [query, setQuery] = useState<string | null>(null);
  const options = useMemo(() => (query === null ? [] : matchCandidates(systems, query).map((c) => new SystemOption(c))), [systems, query]);
  const triggerFn = useCallback((text: string) => (systems.length > 0 ? mentionTrigger(text) : null), [systems.length]);

  const onSelectOption = useCallback((option: SystemOption, replaced: TextNode | null, closeMenu: () => void) => {
    // Runs inside the menu's editor.update.
    const mention = $createSystemMentionNode(option.candidate.id, option.candidate.name);
    if (replaced) replaced.replace(mention);
    else $insertNodes([mention]);
    const space = $createTextNode(' ');
    mention.insertAfter(space);
    space.select(1, 1);
    closeMenu();
  }, []);

  const menuRenderFn: MenuRenderFn<SystemOption> = (anchor, { options: shown, selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }, matching) =>
    anchor.current
      ? createPortal(
          <MentionMenu
            container={anchor.current}
            options={shown}
            query={matching}
            selectedIndex={selectedIndex}
            onPick={selectOptionAndCleanUp}
            onHighlight={setHighlightedIndex}
          />,
          anchor.current,
        )
      : null;

  return (
    <LexicalTypeaheadMenuPlugin<SystemOption>
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
