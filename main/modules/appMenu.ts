// Installs the application menu and rebuilds it when the renderer switches
// language (app:set-language), so menu and page always speak the same language.
import { Menu } from 'electron';
import type { Language } from '../../shared/ipc/contract';
import { buildMenuTemplate } from './menuTemplate';
import type { MenuTemplateOptions } from './menuTemplate';

export interface AppMenu {
  setLanguage(language: Language): void;
}

export function installAppMenu(options: MenuTemplateOptions): AppMenu {
  let current: Language | null = null;
  const apply = (language: Language) => {
    if (language === current) return;
    current = language;
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ ...options, language })));
  };
  apply(options.language);
  return { setLanguage: apply };
}
