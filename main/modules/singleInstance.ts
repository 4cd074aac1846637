// One Lantern per user. Threat: two processes writing the same IndexedDB and
// window-state files at once. A second launch hands over to the first window.
import { app } from 'electron';
import type { BrowserWindow } from 'electron';

/** Returns false when another instance holds the lock; this one should quit. */
export function claimSingleInstance(getWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const window = getWindow();
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}
