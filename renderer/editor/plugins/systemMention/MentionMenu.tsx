// The typeahead's list. Lexical's menu container is the listbox (the editor points
// aria-activedescendant at `typeahead-item-<index>`); this names it in the UI language.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SystemOption } from './SystemMentionPlugin';

export interface MentionMenuProps {
  container: HTMLElement;
  options: readonly SystemOption[];
  query: string;
  selectedIndex: number | null;
  onPick(option: SystemOption): void;
  onHighlight(index: number): void;
}

export function MentionMenu({ container, options, query, selectedIndex, onPick, onHighlight }: MentionMenuProps) {
  const { t } = useTranslation('editor');
  const label = t('mention.menuLabel');
  useEffect(() => {
    // Lexical (re)sets an English label when it attaches the container; keep ours.
    const apply = () => {
      if (container.getAttribute('aria-label') !== label) container.setAttribute('aria-label', label);
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(container, { attributes: true, attributeFilter: ['aria-label'] });
    return () => observer.disconnect();
  }, [container, label]);

  return (
    <div className="lx-mention-menu">
      {options.length === 0 ? (
        <p className="lx-mention-empty">{t('mention.noMatch', { query })}</p>
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
