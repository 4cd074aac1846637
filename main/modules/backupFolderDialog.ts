// The native folder dialog for the backups' extra copy (a USB drive, a network share). Only a
// folder the responder picks here is ever written to besides main's own backups folder.
import { BrowserWindow, dialog } from 'electron';
import type { OpenDialogOptions } from 'electron';
import type { Language } from '../../shared/ipc/contract';
import { backupDialogLabels } from '../i18n/backup';

export function backupFolderDialogOptions(language: Language, current: string | null): OpenDialogOptions {
  const labels = backupDialogLabels[language];
  return {
    title: labels.chooseFolderTitle,
    buttonLabel: labels.chooseFolderButton,
    message: labels.chooseFolderMessage,
    ...(current ? { defaultPath: current } : {}),
    properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
  };
}

export async function chooseBackupFolder(language: Language, current: string | null): Promise<string | null> {
  const options = backupFolderDialogOptions(language, current);
  const parent = BrowserWindow.getFocusedWindow();
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
