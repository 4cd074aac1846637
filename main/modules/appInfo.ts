// What the app reports about itself and its host (app:get-info), and the
// language the menu starts in. Reads Electron's `app`; call after `ready`.
import { app } from 'electron';
import type { AppInfo, Language } from '../../shared/ipc/contract';
import { pickLanguage } from '../services/language';

export function readAppInfo(): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    platform: process.platform,
    systemLocale: app.getSystemLocale() || app.getLocale(),
    systemTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}

export function systemLanguage(): Language {
  return pickLanguage(app.getPreferredSystemLanguages());
}
