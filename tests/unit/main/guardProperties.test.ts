// The navigation guard, the window-open handler and the permission handlers, driven
// through their real modules (with `electron` replaced by a recording fake) by
// fast-check: for any URL or permission, they decide exactly as an independent
// reading of the rules says. Example cases live in security.test.ts and
// electronModules.test.ts; these look for the inputs nobody thought to write down.
import { EventEmitter } from 'node:events';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { guardNavigation } from '../../../main/modules/navigationGuard';
import { guardPermissions } from '../../../main/modules/permissionGuard';

type Listener = (...args: unknown[]) => unknown;
const fake = vi.hoisted(() => ({ appListeners: new Map<string, Listener>(), sessions: [] as Array<Record<string, ReturnType<typeof vi.fn>>> }));

vi.mock('electron', () => {
  const newSession = () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() };
    fake.sessions.push(session);
    return session;
  };
  return {
    app: { on: vi.fn((event: string, listener: Listener) => fake.appListeners.set(event, listener)) },
    session: { defaultSession: newSession() },
  };
});

const APP_ORIGIN = 'app://lantern';
const RUNS = 2_000;

/** The rule, read independently of main/security: scheme app, host lantern, no port, no credentials. */
function isAppOrigin(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'app:' && parsed.hostname === 'lantern' && parsed.port === '' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

const appUrl = fc
  .tuple(fc.constantFrom('app://lantern', 'app://LANTERN', 'APP://lantern', 'app://lantern:1', 'app://u@lantern', 'app://lantern.evil', 'app://lanterns'), fc.webPath())
  .map(([origin, path]) => origin + path);
const anyUrl = fc.oneof(
  appUrl,
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.webUrl({ validSchemes: ['mailto', 'file', 'javascript', 'data', 'app', 'smb', 'chrome', 'devtools'] }),
  fc.constantFrom('mailto:soc@example.com', 'javascript:alert(1)', 'about:blank', ' https://example.com', 'https://example.com/\u0000', 'https://a b'),
  fc.string({ maxLength: 60 }),
);

function attachNavigationGuard() {
  const openExternal = vi.fn(async () => {});
  guardNavigation(APP_ORIGIN, openExternal);
  const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
  fake.appListeners.get('web-contents-created')?.({}, contents);
  const windowOpen = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: { url: string }) => unknown;
  return { contents, windowOpen, openExternal };
}

describe('navigation guard', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('on %s, lets through exactly the app origin', (name) => {
    const { contents } = attachNavigationGuard();
    let allowed = 0;
    fc.assert(
      fc.property(anyUrl, (url) => {
        const event = { url, preventDefault: vi.fn() };
        contents.emit(name, event);
        expect(event.preventDefault.mock.calls.length === 0).toBe(isAppOrigin(url));
        if (isAppOrigin(url)) allowed += 1;
      }),
      { numRuns: RUNS },
    );
    // Both answers were exercised, not only refusals.
    expect(allowed).toBeGreaterThan(RUNS / 50);
  });
});

describe('window-open handler', () => {
  it('denies every new window and hands only safe http(s)/mailto links, unchanged, to the system browser', () => {
    const { windowOpen, openExternal } = attachNavigationGuard();
    let handedOver = 0;
    fc.assert(
      fc.property(anyUrl, (url) => {
        openExternal.mockClear();
        expect(windowOpen({ url })).toEqual({ action: 'deny' });
        const safe = url.length <= 2048 && /^(?:https?:\/\/[^\s/?#]|mailto:\S)/i.test(url) && !/[\u0000-\u001f\u007f-\u009f\s]/u.test(url);
        expect(openExternal.mock.calls).toEqual(safe ? [[url]] : []);
        if (safe) handedOver += 1;
      }),
      { numRuns: RUNS },
    );
    expect(handedOver).toBeGreaterThan(RUNS / 10);
  });

  it('never sends the app itself, local files or script URLs to the system browser', () => {
    const { windowOpen, openExternal } = attachNavigationGuard();
    const local = fc.oneof(appUrl, fc.webUrl({ validSchemes: ['file', 'javascript', 'data', 'app', 'vbscript'] }));
    fc.assert(
      fc.property(local, (url) => {
        windowOpen({ url });
      }),
      { numRuns: RUNS },
    );
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('survives an openExternal that rejects', async () => {
    const { windowOpen, openExternal } = attachNavigationGuard();
    openExternal.mockRejectedValue(new Error('no browser'));
    expect(windowOpen({ url: 'https://www.jpcert.or.jp/' })).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('permission handlers', () => {
  const KNOWN = ['media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal', 'clipboard-read',
    'clipboard-sanitized-write', 'display-capture', 'hid', 'serial', 'usb', 'idle-detection', 'window-management', 'storage-access',
    'top-level-storage-access', 'speaker-selection', 'keyboardLock', 'fileSystem', 'unknown'];
  const permission = fc.oneof(fc.constantFrom(...KNOWN), fc.string({ maxLength: 30 }));

  guardPermissions(APP_ORIGIN);
  const [session] = fake.sessions;
  const request = session?.setPermissionRequestHandler.mock.calls[0]?.[0] as Listener;
  const check = session?.setPermissionCheckHandler.mock.calls[0]?.[0] as Listener;
  const device = session?.setDevicePermissionHandler.mock.calls[0]?.[0] as Listener;

  it('grant only sanitized clipboard writes, and only to the app origin', () => {
    let granted = 0;
    fc.assert(
      fc.property(fc.oneof(permission, fc.constant('clipboard-sanitized-write')), fc.oneof(anyUrl, appUrl), (name, url) => {
        const expected = name === 'clipboard-sanitized-write' && isAppOrigin(url);
        if (expected) granted += 1;
        const callback = vi.fn();
        request({}, name, callback, { requestingUrl: url, isMainFrame: true });
        expect(callback.mock.calls).toEqual([[expected]]);
        expect(check({}, name, url, {})).toBe(expected);
      }),
      { numRuns: RUNS },
    );
    expect(granted).toBeGreaterThan(RUNS / 100);
  });

  it('refuse every device (USB, HID, serial) whatever is asked', () => {
    fc.assert(
      fc.property(fc.anything(), (details) => {
        expect(device(details)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
