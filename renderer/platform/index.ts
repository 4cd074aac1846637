// The renderer's only door to the host. In Electron the preload has put the
// contract-built bridge at `window.lantern`; in a plain browser (web preview,
// e2e without the harness) a fallback does the same jobs with web APIs.
import type { LanternApi } from '../../shared/ipc/api';
import type { AppInfo, Language, MenuCommand } from '../../shared/ipc/contract';
import { isSafeLinkUrl } from '../../shared/domain/links';
import { downloadInBrowser, saveThroughBridge, unwrap, type SaveFileRequest, type SaveFileResult } from './saveFile';

export type { SaveFileRequest, SaveFileResult } from './saveFile';

declare global {
  interface Window {
    lantern?: LanternApi;
  }
}

export interface Platform {
  kind: 'bridge' | 'browser';
  getInfo(): Promise<AppInfo>;
  setLanguage(language: Language): Promise<void>;
  openExternal(url: string): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Saves a file where the user chooses (Electron: main's save dialog, streamed); in a browser, downloads it. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Prints a self-contained HTML document to A4 PDF bytes; null where the host cannot (a browser prints through its own dialog). */
  printToPdf: ((html: string) => Promise<Uint8Array>) | null;
}

function bridgePlatform(api: LanternApi): Platform {
  return {
    kind: 'bridge',
    getInfo: () => unwrap(api.app.getInfo({})),
    setLanguage: async (language) => void (await unwrap(api.app.setLanguage({ language }))),
    openExternal: async (url) => void (await unwrap(api.shell.openExternal({ url }))),
    onMenuCommand: (listener) => api.on('menu:command', ({ command }) => listener(command)),
    saveFile: (request) => saveThroughBridge(api, request),
    printToPdf: async (html) => (await unwrap(api.pdf.print({ html }))).pdf,
  };
}

const browserPlatform: Platform = {
  kind: 'browser',
  getInfo: async () => ({
    name: 'Lantern',
    version: import.meta.env.VITE_APP_VERSION ?? '0.0.0',
    platform: 'browser',
    systemLocale: navigator.language,
    systemTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  }),
  setLanguage: async () => {},
  openExternal: async (url) => {
    if (!isSafeLinkUrl(url)) throw Object.assign(new Error('unsafe link'), { code: 'shell.unsafeUrl' });
    window.open(url, '_blank', 'noopener,noreferrer');
  },
  onMenuCommand: () => () => {},
  saveFile: downloadInBrowser,
  printToPdf: null,
};

let current: Platform | null = null;

export function platform(): Platform {
  current ??= window.lantern ? bridgePlatform(window.lantern) : browserPlatform;
  return current;
}

/**
 * The app's name and version as exports, bundles and backups record them. The version is
 * informative: a bridge that cannot answer must not stop an export or a backup.
 */
export async function appIdentity(): Promise<{ name: string; version: string }> {
  try {
    const { name, version } = await platform().getInfo();
    return { name, version };
  } catch {
    return { name: 'Lantern', version: 'unknown' };
  }
}
