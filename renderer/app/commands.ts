// App-wide commands (menu items, shortcuts) as a tiny event bus, so the shell,
// the composer and the verify badge can react without knowing each other.
import { useEffect } from 'react';
import type { MenuCommand } from '../../shared/ipc/contract';

const bus = new EventTarget();

export function emitCommand(command: MenuCommand): void {
  bus.dispatchEvent(new CustomEvent('command', { detail: command }));
}

export function useCommand(command: MenuCommand, handler: () => void): void {
  useEffect(() => {
    const listener = (event: Event) => {
      if ((event as CustomEvent<MenuCommand>).detail === command) handler();
    };
    bus.addEventListener('command', listener);
    return () => bus.removeEventListener('command', listener);
  }, [command, handler]);
}

/** Keyboard shortcuts for the browser build; in Electron the application menu owns them. */
export function commandForKey(event: KeyboardEvent): MenuCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (event.shiftKey && key === 'n') return 'new-incident';
  if (event.shiftKey && key === 'l') return 'verify-log';
  if (event.shiftKey && key === 'i') return 'open-incidents';
  if (!event.shiftKey && key === 'n') return 'new-entry';
  if (!event.shiftKey && key === 'f') return 'focus-search';
  if (!event.shiftKey && key === ',') return 'open-settings';
  return null;
}
