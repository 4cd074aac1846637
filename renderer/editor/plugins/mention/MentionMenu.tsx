// A typeahead's list. Lexical's menu container is the listbox (the editor points
// aria-activedescendant at `typeahead-item-<index>`); this names it in the UI language
// and opens it above the caret when there is no room below (the composer sits at the
// bottom of the window).
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { MentionCandidate } from './mentionMatch';
import type { MentionOption } from './MentionTypeahead';

export interface MentionMenuProps<C extends MentionCandidate> {
  container: HTMLElement;
  /** The listbox's accessible name, already translated. */
  label: string;
  /** Shown instead of options when there are none, already translated. */
  emptyText: string;
  options: readonly MentionOption<C>[];
  selectedIndex: number | null;
  onPick(option: MentionOption<C>): void;
  onHighlight(index: number): void;
  /** After each draw: the highlighted option and how many there are; null once the menu is gone. */
  onShown(view: { highlightedId: string | null; optionCount: number } | null): void;
}

export function MentionMenu<C extends MentionCandidate>(props: MentionMenuProps<C>) {
  const { container, label, emptyText, options, selectedIndex, onPick, onHighlight, onShown } = props;
  const menu = useRef<HTMLDivElement>(null);
  const highlightedId = (selectedIndex === null ? undefined : options[selectedIndex]?.candidate.id) ?? null;
  useLayoutEffect(() => {
    onShown({ highlightedId, optionCount: options.length });
    return () => onShown(null);
  }, [onShown, highlightedId, options.length]);
  useEffect(() => {
    // Lexical (re)sets an English label when it attaches the container, and moves
    // the container (its style) as the caret moves: keep our label, re-check the room.
    const apply = () => {
      if (container.getAttribute('aria-label') !== label) container.setAttribute('aria-label', label);
      placeMenu(menu.current, container);
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(container, { attributes: true, attributeFilter: ['aria-label', 'style'] });
    return () => observer.disconnect();
  }, [container, label]);
  useEffect(() => placeMenu(menu.current, container), [container, options.length]);

  return (
    <div className="lx-mention-menu" ref={menu}>
      {options.length === 0 ? (
        <p className="lx-mention-empty">{emptyText}</p>
      ) : (
        <ul role="presentation">
          {options.map((option, index) => (
            <li
              key={option.key}
              id={`typeahead-item-${index}`}
              ref={option.setRefElement}
              role="option"
              aria-selected={selectedIndex === index}
              className={selectedIndex === index ? 'lx-mention-option lx-mention-option-selected' : 'lx-mention-option'}
              tabIndex={-1}
              // Keep the caret in the editor: the pick happens on click.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => onHighlight(index)}
              onClick={() => onPick(option)}
            >
              <span className="lx-mention-option-name">{option.candidate.name}</span>
              {option.candidate.hint && <span className="lx-mention-option-hint">{option.candidate.hint}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Flips the menu above the caret line when it would run past the bottom of the window. */
function placeMenu(menu: HTMLElement | null, container: HTMLElement): void {
  const view = container.ownerDocument.defaultView;
  if (!menu || !view) return;
  menu.classList.remove('lx-mention-menu-up');
  const room = view.innerHeight - container.getBoundingClientRect().top;
  if (menu.getBoundingClientRect().height + 8 > room) menu.classList.add('lx-mention-menu-up');
}
