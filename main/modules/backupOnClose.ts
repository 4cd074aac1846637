// Holds the main window's close (and so the app's quit) until the renderer has written its
// last backup: the notebook lives in the renderer, which is gone once the window closes.
// Threat it stops: changes since the last scheduled backup missing from the newest backup
// after a normal quit. The wait itself is bounded (services/backupQuit.ts).
import { app } from 'electron';
import type { BrowserWindow } from 'electron';
import type { QuitBackup } from '../services/backupQuit';

export function holdCloseForBackup(window: BrowserWindow, quitBackup: QuitBackup): void {
  let backedUp = false;
  let quitting = false;
  const onBeforeQuit = () => (quitting = true);
  app.on('before-quit', onBeforeQuit);
  window.on('closed', () => app.removeListener('before-quit', onBeforeQuit));
  window.on('close', (event) => {
    if (backedUp) return;
    // A prevented close also cancels a quit in progress; it is asked for again below.
    event.preventDefault();
    void quitBackup
      .run()
      .then((outcome) => {
        if (outcome !== 'written' && outcome !== 'unchanged') console.warn(`[backup] last backup before closing: ${outcome}`);
      })
      .finally(() => {
        backedUp = true;
        if (quitting) app.quit();
        else if (!window.isDestroyed()) window.close();
      });
  });
}
