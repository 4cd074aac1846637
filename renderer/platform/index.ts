// The renderer's only door to the host. In Electron the preload has put the
// contract-built bridge at `window.lantern`; in a plain browser (web preview,
// e2e without the harness) a fallback does the same jobs with web APIs.
import type { LanternApi } from '../../shared/ipc/api';
import type { AppInfo, Language, MenuCommand } from '../../shared/ipc/contract';
import { isSafeLinkUrl } from '../../shared/domain/links';
import type { Result } from '../../shared/result';

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
}

const unwrap = async <T>(pending: Promise<Result<T>>): Promise<T> => {
  const result = await pending;
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value;
};

function bridgePlatform(api: LanternApi): Platform {
  return {
    kind: 'bridge',
    getInfo: () => unwrap(api.app.getInfo({})),
    setLanguage: async (language) => void (await unwrap(api.app.setLanguage({ language }))),
    openExternal: async (url) => void (await unwrap(api.shell.openExternal({ url }))),
    onMenuCommand: (listener) => api.on('menu:command', ({ command }) => listener(command)),
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
};

let current: Platform | null = null;

export function platform(): Platform {
  current ??= window.lantern ? bridgePlatform(window.lantern) : browserPlatform;
  return current;
}
