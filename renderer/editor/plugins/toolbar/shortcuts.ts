// Keyboard shortcuts of the formatting commands, and how to show them on this platform.
// Bold, italic, undo and redo are handled by Lexical itself; the rest by ToolbarPlugin.

export type ShortcutName = 'bold' | 'italic' | 'inlineCode' | 'link' | 'bulletList' | 'numberList' | 'undo' | 'redo';
export type CustomShortcut = 'inlineCode' | 'link' | 'bulletList' | 'numberList';

export const IS_APPLE = typeof navigator !== 'undefined' && /Mac|iPhone|iPad|iPod/u.test(navigator.platform ?? '');

const KEYS: Record<ShortcutName, readonly string[]> = {
  bold: ['Mod', 'B'],
  italic: ['Mod', 'I'],
  inlineCode: ['Mod', 'E'],
  link: ['Mod', 'K'],
  bulletList: ['Mod', 'Shift', '8'],
  numberList: ['Mod', 'Shift', '7'],
  undo: ['Mod', 'Z'],
  redo: IS_APPLE ? ['Mod', 'Shift', 'Z'] : ['Mod', 'Y'],
};

const APPLE_SYMBOLS: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥' };

export function shortcutLabel(name: ShortcutName, apple = IS_APPLE): string {
  const keys = KEYS[name];
  return apple ? keys.map((key) => APPLE_SYMBOLS[key] ?? key).join('') : keys.map((key) => (key === 'Mod' ? 'Ctrl' : key)).join('+');
}

/** Which of our own shortcuts a keydown is, if any (digits by physical key, for any layout). */
export function matchShortcut(event: KeyboardEvent): CustomShortcut | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.isComposing) return null;
  const key = event.key.toLowerCase();
  if (!event.shiftKey && key === 'e') return 'inlineCode';
  if (!event.shiftKey && key === 'k') return 'link';
  if (event.shiftKey && event.code === 'Digit8') return 'bulletList';
  if (event.shiftKey && event.code === 'Digit7') return 'numberList';
  return null;
}
