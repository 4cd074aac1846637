// One toolbar button: icon only, named by aria-label, shortcut in the tooltip.
// Mouse down does not take focus, so the editor keeps its selection.
import type { FocusEvent, ReactNode } from 'react';

export interface ToolbarButtonProps {
  label: string;
  title: string;
  icon: ReactNode;
  /** Omit for action buttons (undo, redo) that have no on/off state. */
  pressed?: boolean;
  disabled: boolean;
  tabIndex: number;
  onClick(): void;
  onFocus(event: FocusEvent<HTMLButtonElement>): void;
}

export function ToolbarButton({ label, title, icon, pressed, disabled, tabIndex, onClick, onFocus }: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className="lx-tool"
      aria-label={label}
      title={title}
      aria-pressed={pressed}
      disabled={disabled}
      tabIndex={tabIndex}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
      onFocus={onFocus}
    >
      {icon}
    </button>
  );
}
