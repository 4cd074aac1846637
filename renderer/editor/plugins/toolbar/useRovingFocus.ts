// WAI-ARIA toolbar keyboard model: one Tab stop; Arrow keys, Home and End move
// between the enabled buttons.
import { useState, type FocusEvent, type KeyboardEvent } from 'react';

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

export function useRovingFocus(enabled: readonly boolean[]) {
  const [active, setActive] = useState(0);
  const tabStop = enabled[active] ? active : enabled.indexOf(true);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const move = MOVES[event.key];
    if (!move) return;
    const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('button.lx-tool:not(:disabled)'));
    if (buttons.length === 0) return;
    event.preventDefault();
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    buttons[move(Math.max(current, 0), buttons.length)]?.focus();
  };

  return {
    tabIndexOf: (index: number) => (index === tabStop ? 0 : -1),
    onFocusAt: (index: number) => (_event: FocusEvent<HTMLButtonElement>) => setActive(index),
    onKeyDown,
  };
}
