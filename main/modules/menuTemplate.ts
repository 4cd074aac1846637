// The application menu as data: File/Edit/View/Window/Help (plus the app menu on
// macOS), every label from main/i18n/menu.ts. Items that act on the notebook ask
// the renderer through a `menu:command` event; nothing here touches data.
// Pure (type-only electron import) so tests check labels and shortcuts directly.
import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import type { Language, MenuCommand } from '../../shared/ipc/contract';
import { menuLabels } from '../i18n/menu';

export interface MenuTemplateOptions {
  language: Language;
  platform: NodeJS.Platform;
  /** Developer tools and reload exist only in unpackaged (development) runs. */
  isDev: boolean;
  onCommand(command: MenuCommand, window: BaseWindow | undefined): void;
}

/**
 * Shortcuts for commands. Ctrl+Shift+I stays free for developer tools on
 * Windows/Linux, and Ctrl+Shift+V for the editor's paste-as-plain-text.
 */
export const COMMAND_ACCELERATORS: Readonly<Record<MenuCommand, string>> = {
  'new-entry': 'CmdOrCtrl+N',
  'new-incident': 'CmdOrCtrl+Shift+N',
  'open-incidents': 'CmdOrCtrl+O',
  'verify-log': 'CmdOrCtrl+Shift+L',
  'focus-search': 'CmdOrCtrl+F',
  'open-settings': 'CmdOrCtrl+,',
};

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const t = menuLabels[options.language];
  const isMac = options.platform === 'darwin';
  const command = (name: MenuCommand, label: string): MenuItemConstructorOptions => ({
    label,
    accelerator: COMMAND_ACCELERATORS[name],
    click: (_item, window) => options.onCommand(name, window),
  });

  const appMenu: MenuItemConstructorOptions = {
    label: t.appMenu,
    submenu: [
      { role: 'about', label: t.about },
      separator,
      command('open-settings', t.settings),
      separator,
      { role: 'services', label: t.services },
      separator,
      { role: 'hide', label: t.hide },
      { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.showAll },
      separator,
      { role: 'quit', label: t.quit },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      command('new-entry', t.newEntry),
      command('new-incident', t.newIncident),
      command('open-incidents', t.openIncidents),
      separator,
      command('verify-log', t.verifyLog),
      ...(isMac ? [] : [separator, command('open-settings', t.settings)]),
      separator,
      isMac ? { role: 'close', label: t.closeWindow } : { role: 'quit', label: t.exit },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      separator,
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      ...(isMac ? [{ role: 'pasteAndMatchStyle', label: t.pasteAndMatchStyle } as const] : []),
      { role: 'delete', label: t.delete },
      { role: 'selectAll', label: t.selectAll },
      separator,
      command('focus-search', t.find),
    ],
  };

  const devItems: MenuItemConstructorOptions[] = options.isDev
    ? [
        { role: 'reload', label: t.reload },
        { role: 'forceReload', label: t.forceReload },
        { role: 'toggleDevTools', label: t.toggleDevTools },
        separator,
      ]
    : [];
  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      ...devItems,
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      separator,
      { role: 'togglefullscreen', label: t.toggleFullScreen },
    ],
  };

  const window: MenuItemConstructorOptions = {
    label: t.window,
    role: 'window',
    submenu: [
      { role: 'minimize', label: t.minimize },
      { role: 'zoom', label: t.zoom },
      ...(isMac ? [separator, { role: 'front', label: t.bringAllToFront } as const] : [{ role: 'close', label: t.closeWindow } as const]),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: t.help,
    role: 'help',
    submenu: [{ role: 'about', label: t.about }],
  };

  return [...(isMac ? [appMenu] : []), file, edit, view, window, help];
}
