import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../main/ipc/handlers';
import type { HandlerDeps } from '../../../main/ipc/handlers';
import type { AppInfo } from '../../../shared/ipc/contract';

const info: AppInfo = { name: 'Lantern', version: '0.1.0', platform: 'linux', systemLocale: 'en-GB', systemTimeZone: 'Europe/London' };

function setup(overrides: Partial<HandlerDeps> = {}) {
  const deps = {
    appInfo: vi.fn(() => info),
    setLanguage: vi.fn(),
    openExternal: vi.fn(async () => {}),
    chooseSavePath: vi.fn(async () => null),
    saveSessions: { open: vi.fn(), write: vi.fn(), finish: vi.fn(), abort: vi.fn(), size: 0 },
    printToPdf: vi.fn(async () => new Uint8Array()),
    ...overrides,
  };
  return { deps, handlers: createHandlers(deps) };
}

describe('app handlers', () => {
  it('reports the app info from its dependency', async () => {
    const { handlers } = setup();
    expect(await handlers['app:get-info']({})).toEqual({ ok: true, value: info });
  });

  it('switches the menu language', async () => {
    const { deps, handlers } = setup();
    expect(await handlers['app:set-language']({ language: 'ja' })).toEqual({ ok: true, value: {} });
    expect(deps.setLanguage).toHaveBeenCalledWith('ja');
  });
});

describe('shell:open-external', () => {
  it.each(['https://www.npa.go.jp/', 'http://example.com/a?b=c', 'mailto:csirt@example.jp'])('opens %s', async (url) => {
    const { deps, handlers } = setup();
    expect(await handlers['shell:open-external']({ url })).toEqual({ ok: true, value: {} });
    expect(deps.openExternal).toHaveBeenCalledWith(url);
  });

  // The dispatcher's schema already refuses these; the handler checks again in
  // case it is ever called another way (defence in depth).
  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'smb://attacker/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://exa mple.com',
    'https://example.com/\u0000',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('refuses %s without calling the OS', async (url) => {
    const { deps, handlers } = setup();
    expect(await handlers['shell:open-external']({ url })).toMatchObject({ ok: false, error: { code: 'shell.unsafeUrl' } });
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it('reports an OS failure as shell.openFailed', async () => {
    const { handlers } = setup({ openExternal: vi.fn(async () => Promise.reject(new Error('no browser'))) });
    expect(await handlers['shell:open-external']({ url: 'https://example.com' })).toMatchObject({
      ok: false,
      error: { code: 'shell.openFailed' },
    });
  });
});
