// The notebook window. Threat: a renderer with Node or Electron reach — it gets
// context isolation, the OS sandbox, no node integration, no <webview>, and only
// the preload's typed bridge. Its size and place are restored (clamped onto a
// display that still exists) and saved while it moves and when it closes.
import { renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { BrowserWindow, screen } from 'electron';
import {
  clampToDisplays,
  createStateSaver,
  loadWindowState,
  MIN_SIZE,
  saveWindowState,
} from '../services/windowState';
import type { WindowState, WindowStateFs } from '../services/windowState';

export interface MainWindowOptions {
  startUrl: string;
  preloadPath: string;
  stateFile: string;
  isDev: boolean;
}

// Writes are synchronous (the file is ~100 bytes): the save flushed on `close`
// must land before a quit that follows at once, not in a later tick.
const stateFs: WindowStateFs = {
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: async (path, data) => writeFileSync(path, data, 'utf8'),
  rename: async (from, to) => renameSync(from, to),
};

function workAreas() {
  const primary = screen.getPrimaryDisplay();
  return [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)].map((d) => d.workArea);
}

function trackState(window: BrowserWindow, stateFile: string): void {
  const saver = createStateSaver((state) => saveWindowState(stateFs, stateFile, state));
  const snapshot = (): WindowState => ({ bounds: window.getNormalBounds(), isMaximized: window.isMaximized() });
  const schedule = () => saver.schedule(snapshot());
  window.on('move', schedule);
  window.on('resize', schedule);
  window.on('maximize', schedule);
  window.on('unmaximize', schedule);
  window.on('close', () => {
    saver.schedule(snapshot());
    saver.flush().catch((error: unknown) => console.error('window state not saved', error));
  });
}

export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const state = clampToDisplays(await loadWindowState(stateFs, options.stateFile), workAreas());
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Lantern',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: options.isDev,
    },
  });
  window.once('ready-to-show', () => {
    if (state.isMaximized) window.maximize();
    window.show();
  });
  trackState(window, options.stateFile);
  window.loadURL(options.startUrl).catch((error: unknown) => console.error('renderer failed to load', error));
  return window;
}
