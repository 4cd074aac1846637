// The Electron-facing modules, with `electron` replaced by a recording fake (no
// Electron binary exists here). Each test checks the module wires its pure
// decision into the right Electron hook.
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const state = {
    handlers: new Map<string, (...args: unknown[]) => unknown>(),
    appListeners: new Map<string, (...args: unknown[]) => void>(),
    lock: true,
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: { method: string; url: string }) => Promise<Response>>(),
    menus: [] as unknown[],
    sessions: [] as Array<Record<string, ReturnType<typeof vi.fn>>>,
  };
  return state;
});

vi.mock('electron', () => {
  const newSession = () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    fake.sessions.push(session);
    return session;
  };
  return {
    ipcMain: {
      handle: vi.fn((channel: string, handler: (...args: unknown[]) => unknown) => fake.handlers.set(channel, handler)),
      removeHandler: vi.fn((channel: string) => fake.handlers.delete(channel)),
    },
    app: {
      on: vi.fn((event: string, listener: (...args: unknown[]) => void) => fake.appListeners.set(event, listener)),
      requestSingleInstanceLock: vi.fn(() => fake.lock),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn((schemes: unknown[]) => fake.schemes.push(...schemes)),
      handle: vi.fn((scheme: string, handler: never) => fake.protocolHandlers.set(scheme, handler)),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => ({ template })),
      setApplicationMenu: vi.fn((menu: unknown) => fake.menus.push(menu)),
    },
    session: { defaultSession: newSession() },
    __newSession: newSession,
  };
});

beforeEach(() => {
  fake.handlers.clear();
  fake.appListeners.clear();
  fake.menus.length = 0;
});

describe('handle.ts', async () => {
  const { registerInvokeHandlers } = await import('../../../main/ipc/handle');
  const { invokeChannels } = await import('../../../shared/ipc/contract');
  const mainFrame = { url: 'app://lantern/', isDestroyed: () => false };
  const event = (senderFrame: unknown) => ({ senderFrame, sender: { mainFrame } });

  it('registers one handler per contract channel and removes them again', () => {
    const remove = registerInvokeHandlers(vi.fn());
    expect([...fake.handlers.keys()].sort()).toEqual(Object.keys(invokeChannels).sort());
    remove();
    expect(fake.handlers.size).toBe(0);
  });

  it('describes the sender frame: URL and whether it is the main frame', async () => {
    const dispatch = vi.fn(async () => ({ ok: true as const, value: {} }));
    registerInvokeHandlers(dispatch);
    const handler = fake.handlers.get('app:get-info');
    await handler?.(event(mainFrame), {});
    expect(dispatch).toHaveBeenLastCalledWith({ url: 'app://lantern/', isMainFrame: true }, 'app:get-info', {});
    await handler?.(event({ url: 'app://lantern/', isDestroyed: () => false }), {});
    expect(dispatch).toHaveBeenLastCalledWith({ url: 'app://lantern/', isMainFrame: false }, 'app:get-info', {});
  });

  it('passes a null sender for a missing, destroyed or unreadable frame', async () => {
    const dispatch = vi.fn(async () => ({ ok: true as const, value: {} }));
    registerInvokeHandlers(dispatch);
    const handler = fake.handlers.get('app:get-info');
    const unreadable = {
      isDestroyed: () => false,
      get url(): string {
        throw new Error('Render frame was disposed');
      },
    };
    for (const frame of [null, { url: 'app://lantern/', isDestroyed: () => true }, unreadable]) {
      await handler?.(event(frame), {});
      expect(dispatch).toHaveBeenLastCalledWith(null, 'app:get-info', {});
    }
  });

  it('refuses calls with more than one argument', async () => {
    const dispatch = vi.fn();
    registerInvokeHandlers(dispatch);
    const result = await fake.handlers.get('app:get-info')?.(event(mainFrame), {}, 'extra');
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.badPayload' } });
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('appProtocol.ts', async () => {
  const { registerAppScheme, serveRenderer } = await import('../../../main/modules/appProtocol');

  it('registers app: as a privileged standard, secure scheme without CORS', () => {
    registerAppScheme();
    expect(fake.schemes).toContainEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true, codeCache: true },
    });
  });

  it('answers through the resolver: a traversal attempt gets a 404', async () => {
    serveRenderer('/nonexistent/renderer');
    const response = await fake.protocolHandlers.get('app')?.({ method: 'GET', url: 'app://lantern/../etc/passwd' });
    expect(response?.status).toBe(404);
    expect(response?.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('navigationGuard.ts', async () => {
  const { guardNavigation } = await import('../../../main/modules/navigationGuard');

  function attach(openExternal = vi.fn(async () => {})) {
    guardNavigation('app://lantern', openExternal);
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    fake.appListeners.get('web-contents-created')?.({}, contents);
    const windowOpen = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: { url: string }) => unknown;
    return { contents, windowOpen, openExternal };
  }
  const navigationEvent = (url: string) => ({ url, preventDefault: vi.fn() });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('on %s, blocks foreign URLs and lets app URLs through', (name) => {
    const { contents } = attach();
    const foreign = navigationEvent('https://evil.example/');
    const own = navigationEvent('app://lantern/incidents');
    contents.emit(name, foreign);
    contents.emit(name, own);
    expect(foreign.preventDefault).toHaveBeenCalled();
    expect(own.preventDefault).not.toHaveBeenCalled();
  });

  it('never attaches a webview', () => {
    const { contents } = attach();
    const event = navigationEvent('app://lantern/');
    contents.emit('will-attach-webview', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window; safe links go to the system browser', () => {
    const { windowOpen, openExternal } = attach();
    expect(windowOpen({ url: 'https://www.npa.go.jp/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.npa.go.jp/');
    expect(windowOpen({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(windowOpen({ url: 'app://lantern/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('permissionGuard.ts', async () => {
  const { guardPermissions } = await import('../../../main/modules/permissionGuard');
  const electron = (await import('electron')) as unknown as { __newSession(): Record<string, ReturnType<typeof vi.fn>> };

  it('denies permission requests and checks on the default and every later session', () => {
    guardPermissions('app://lantern');
    const later = electron.__newSession();
    fake.appListeners.get('session-created')?.(later);
    for (const session of [fake.sessions[0], later]) {
      const request = session?.setPermissionRequestHandler.mock.calls.at(-1)?.[0] as (...args: unknown[]) => void;
      const callback = vi.fn();
      request({}, 'media', callback, { requestingUrl: 'app://lantern/' });
      expect(callback).toHaveBeenCalledWith(false);
      const check = session?.setPermissionCheckHandler.mock.calls.at(-1)?.[0] as (...args: unknown[]) => boolean;
      expect(check({}, 'geolocation', 'app://lantern', {})).toBe(false);
      expect(check({}, 'clipboard-sanitized-write', 'https://evil.example', {})).toBe(false);
      const device = session?.setDevicePermissionHandler.mock.calls.at(-1)?.[0] as () => boolean;
      expect(device()).toBe(false);
    }
  });
});

describe('singleInstance.ts', async () => {
  const { claimSingleInstance } = await import('../../../main/modules/singleInstance');

  it('gives up when another instance holds the lock', () => {
    fake.lock = false;
    expect(claimSingleInstance(() => null)).toBe(false);
    fake.lock = true;
  });

  it('restores and focuses the first window on a second launch', () => {
    const window = { isDestroyed: () => false, isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    expect(claimSingleInstance(() => window as never)).toBe(true);
    fake.appListeners.get('second-instance')?.();
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});

describe('appMenu.ts', async () => {
  const { installAppMenu } = await import('../../../main/modules/appMenu');
  const { menuLabels } = await import('../../../main/i18n/menu');
  const topLabels = () => (fake.menus.at(-1) as { template: Array<{ label: string }> }).template.map((item) => item.label);

  it('installs the menu and rebuilds it in the language the renderer asks for', () => {
    const menu = installAppMenu({ language: 'en', platform: 'linux', isDev: false, onCommand: vi.fn() });
    expect(topLabels()).toContain(menuLabels.en.file);
    menu.setLanguage('ja');
    expect(topLabels()).toContain(menuLabels.ja.file);
    expect(topLabels()).not.toContain(menuLabels.en.file);
    menu.setLanguage('ja');
    expect(fake.menus).toHaveLength(2);
  });
});
