// Main process lifecycle: runs the modules in order and wires them together.
// Each module holds one concern and names the threat it stops; nothing else here.
import { join } from 'node:path';
import { app, BrowserWindow, shell } from 'electron';
import type { Language, MenuCommand } from '../shared/ipc/contract';
import { createDispatcher, appOriginSender } from './ipc/dispatch';
import { emit } from './ipc/emit';
import { registerInvokeHandlers } from './ipc/handle';
import { createHandlers } from './ipc/handlers';
import { installAppMenu } from './modules/appMenu';
import { readAppInfo, systemLanguage } from './modules/appInfo';
import { registerAppScheme, serveRenderer } from './modules/appProtocol';
import { createMainWindow } from './modules/mainWindow';
import { printHtmlToPdf } from './modules/pdfPrinter';
import { chooseSavePath } from './modules/saveDialog';
import { guardNavigation } from './modules/navigationGuard';
import { guardPermissions } from './modules/permissionGuard';
import { claimSingleInstance } from './modules/singleInstance';
import { APP_ORIGIN, originOf } from './security/origin';
import { nodeSaveFs } from './services/nodeSaveFs';
import { createSaveSessions } from './services/saveSessions';
import { holdCloseForBackup } from './modules/backupOnClose';
import { chooseBackupFolder } from './modules/backupFolderDialog';
import { nodeBackupFs, nodeBackupSettingsFs } from './services/backupFs';
import { createBackupSettingsHolder, loadBackupSettings } from './services/backupSettings';
import { createBackupStore } from './services/backupStore';
import { createLogJournal } from './services/logJournal';
import { createQuitBackup } from './services/backupQuit';

const isDev = !app.isPackaged;
// `electron-vite dev` serves the renderer from a dev server; its origin (and so
// its IndexedDB) is separate from the real app://lantern. Never in a packaged app.
const devServerUrl = isDev ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const appOrigin = (devServerUrl && originOf(devServerUrl)) || APP_ORIGIN;
const startUrl = devServerUrl ?? `${APP_ORIGIN}/`;

let mainWindow: BrowserWindow | null = null;
// Asks the renderer for a last backup when the window closes (modules/backupOnClose).
const quitBackup = createQuitBackup({
  request: (requestId) => !!mainWindow && !mainWindow.isDestroyed() && emit(mainWindow.webContents, 'backup:quit-requested', { requestId }),
});
const openExternal = (url: string) => shell.openExternal(url);

// 1. Before `ready`: the privileged scheme, the sandbox for every renderer, and
//    the profile folder (`--user-data-dir`, used by the Electron smoke test).
registerAppScheme();
app.enableSandbox();
const userDataDir = app.commandLine.getSwitchValue('user-data-dir');
if (userDataDir) app.setPath('userData', userDataDir);

function sendMenuCommand(command: MenuCommand, window: unknown): void {
  const target = (window instanceof BrowserWindow ? window : null) ?? BrowserWindow.getFocusedWindow() ?? mainWindow;
  if (target && !target.isDestroyed()) emit(target.webContents, 'menu:command', { command });
}

async function openMainWindow(): Promise<void> {
  mainWindow = await createMainWindow({
    startUrl,
    preloadPath: join(__dirname, '../preload/index.js'),
    stateFile: join(app.getPath('userData'), 'window-state.json'),
    isDev,
  });
  mainWindow.on('closed', () => (mainWindow = null));
  holdCloseForBackup(mainWindow, quitBackup);
}

/** Backups: `<userData>/backups`, rotated; optionally copied to a folder the responder chose. */
async function createBackupDeps(language: () => Language) {
  const userData = app.getPath('userData');
  const settingsFile = join(userData, 'backup-settings.json');
  const settings = createBackupSettingsHolder(nodeBackupSettingsFs, settingsFile, await loadBackupSettings(nodeBackupSettingsFs, settingsFile));
  const store = createBackupStore({
    folder: join(userData, 'backups'),
    fs: nodeBackupFs,
    sessions: createSaveSessions({ fs: nodeBackupFs, maxOpen: 2 }),
    copyFolder: () => settings.get().copyFolder,
    onActivity: quitBackup.activity,
  });
  void store.removeStaleParts();
  return { store, settings, quit: quitBackup, chooseFolder: (current: string | null) => chooseBackupFolder(language(), current) };
}

async function start(): Promise<void> {
  // 2. Guards before any web contents exist.
  guardPermissions(appOrigin);
  guardNavigation(appOrigin, openExternal);
  serveRenderer(join(__dirname, '../renderer'));
  // 3. Menu and IPC.
  let language: Language = systemLanguage();
  const menu = installAppMenu({ language, platform: process.platform, isDev, onCommand: sendMenuCommand });
  const handlers = createHandlers({
    appInfo: readAppInfo,
    setLanguage: (next) => {
      language = next;
      menu.setLanguage(next);
    },
    openExternal,
    chooseSavePath,
    saveSessions: createSaveSessions({ fs: nodeSaveFs }),
    printToPdf: printHtmlToPdf,
    backup: await createBackupDeps(() => language),
    journal: createLogJournal(join(app.getPath('userData'), 'journal', 'log.ndjson')),
  });
  registerInvokeHandlers(
    createDispatcher({ handlers, isAllowedSender: appOriginSender(appOrigin), onError: (e) => console.error('[ipc]', e) }),
  );
  // 4. The window.
  await openMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void openMainWindow();
  });
}

// 5. One instance; quit when the last window closes (except on macOS).
if (!claimSingleInstance(() => mainWindow)) {
  app.quit();
} else {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start).catch((error: unknown) => {
    console.error('Lantern failed to start', error);
    app.exit(1);
  });
}
