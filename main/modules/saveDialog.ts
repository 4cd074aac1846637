// The native save dialog, over the focused window, starting in Downloads with the name the
// renderer proposed. Only the path the user confirms here is ever written (saveSessions).
import { join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { SaveDialogOptions } from 'electron';
import type { SavePathRequest } from '../ipc/handlers';

export function saveDialogOptions(request: SavePathRequest, downloads: string): SaveDialogOptions {
  return {
    defaultPath: join(downloads, request.suggestedName),
    // A file type label needs no translation: the extension itself (CSV, PDF, ZIP).
    filters: request.extension ? [{ name: request.extension.toUpperCase(), extensions: [request.extension] }] : [],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

export async function chooseSavePath(request: SavePathRequest): Promise<string | null> {
  const options = saveDialogOptions(request, app.getPath('downloads'));
  const parent = BrowserWindow.getFocusedWindow();
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
