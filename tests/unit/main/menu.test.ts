import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuLabels, UNTRANSLATED_LABELS } from '../../../main/i18n/menu';
import type { MenuLabelKey } from '../../../main/i18n/menu';
import { buildMenuTemplate, COMMAND_ACCELERATORS } from '../../../main/modules/menuTemplate';
import { LANGUAGES, MENU_COMMANDS } from '../../../shared/ipc/contract';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const PLATFORMS = ['darwin', 'win32', 'linux'] as const;
const cases = LANGUAGES.flatMap((language) => PLATFORMS.map((platform) => [language, platform] as const));

describe('menu labels', () => {
  const keys = Object.keys(menuLabels.en) as MenuLabelKey[];

  it('has exactly the same keys in English and Japanese', () => {
    expect(Object.keys(menuLabels.ja).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('translates %s', (key) => {
    expect(menuLabels.ja[key].trim()).not.toBe('');
    expect(menuLabels.en[key].trim()).not.toBe('');
    if (!UNTRANSLATED_LABELS.has(key)) expect(menuLabels.ja[key]).not.toBe(menuLabels.en[key]);
  });

  it('keeps only proper nouns untranslated', () => {
    for (const key of UNTRANSLATED_LABELS) expect(menuLabels.en[key]).toBe('Lantern');
  });
});

describe('menu template', () => {
  it.each(cases)('labels every item from the %s table on %s', (language, platform) => {
    const template = buildMenuTemplate({ language, platform, isDev: true, onCommand: vi.fn() });
    const allowed = new Set(Object.values(menuLabels[language]));
    for (const item of flatten(template)) {
      if (item.type === 'separator') continue;
      expect(item.label, JSON.stringify(item.role)).toBeDefined();
      expect(allowed.has(item.label ?? '')).toBe(true);
    }
  });

  it.each(cases)('has File, Edit, View, Window and Help in %s on %s', (language, platform) => {
    const t = menuLabels[language];
    const top = buildMenuTemplate({ language, platform, isDev: false, onCommand: vi.fn() }).map((item) => item.label);
    expect(top).toEqual([...(platform === 'darwin' ? [t.appMenu] : []), t.file, t.edit, t.view, t.window, t.help]);
  });

  it.each(PLATFORMS)('offers every menu command once, with its shortcut, on %s', (platform) => {
    const onCommand = vi.fn();
    const items = flatten(buildMenuTemplate({ language: 'en', platform, isDev: false, onCommand }));
    for (const command of MENU_COMMANDS) {
      const matching = items.filter((item) => item.accelerator === COMMAND_ACCELERATORS[command]);
      expect(matching, command).toHaveLength(1);
      const click = matching[0]?.click as unknown as (item: unknown, window: unknown, event: unknown) => void;
      click({}, 'the window', {});
      expect(onCommand).toHaveBeenLastCalledWith(command, 'the window');
    }
  });

  it('gives every command its own shortcut, never one Chromium already uses', () => {
    const shortcuts = Object.values(COMMAND_ACCELERATORS);
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
    for (const taken of ['CmdOrCtrl+Shift+I', 'CmdOrCtrl+Alt+I', 'Alt+CmdOrCtrl+I', 'F12', 'CmdOrCtrl+Shift+V']) {
      expect(shortcuts).not.toContain(taken);
    }
    expect(COMMAND_ACCELERATORS).toMatchObject({
      'new-entry': 'CmdOrCtrl+N',
      'new-incident': 'CmdOrCtrl+Shift+N',
      'verify-log': 'CmdOrCtrl+Shift+L',
      'focus-search': 'CmdOrCtrl+F',
      'open-settings': 'CmdOrCtrl+,',
    });
  });

  it.each(PLATFORMS)('shows developer tools and reload only in development, on %s', (platform) => {
    const roles = (isDev: boolean) =>
      flatten(buildMenuTemplate({ language: 'en', platform, isDev, onCommand: vi.fn() })).map((item) => item.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('forceReload');
  });
});
