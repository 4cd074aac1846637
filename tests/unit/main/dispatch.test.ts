import { describe, expect, it, vi } from 'vitest';
import { appOriginSender, createDispatcher } from '../../../main/ipc/dispatch';
import type { InvokeHandlers, SenderInfo } from '../../../main/ipc/dispatch';
import type { AppInfo } from '../../../shared/ipc/contract';
import { ok } from '../../../shared/result';

const info: AppInfo = { name: 'Lantern', version: '0.1.0', platform: 'linux', systemLocale: 'ja-JP', systemTimeZone: 'Asia/Tokyo' };
const app: SenderInfo = { url: 'app://lantern/', isMainFrame: true };

function setup(overrides: Partial<InvokeHandlers> = {}) {
  const handlers = {
    'app:get-info': vi.fn(async () => ok(info)),
    'app:set-language': vi.fn(async () => ok({})),
    'shell:open-external': vi.fn(async () => ok({})),
    'save:begin': vi.fn(async () => ok({ token: null, name: null })),
    'save:chunk': vi.fn(async () => ok({ written: 0 })),
    'save:finish': vi.fn(async () => ok({ name: 'x' })),
    'save:abort': vi.fn(async () => ok({})),
    'pdf:print': vi.fn(async () => ok({ pdf: new Uint8Array() })),
    'backup:begin': vi.fn(async () => ok({ token: 'b'.repeat(32), name: 'lantern-backup-2026-11-23T01-00-00Z.zip' })),
    'backup:chunk': vi.fn(async () => ok({ written: 0 })),
    'backup:finish': vi.fn(async () => ok({ name: 'lantern-backup-2026-11-23T01-00-00Z.zip', bytes: 0, copy: { status: 'none' as const }, removed: 0 })),
    'backup:abort': vi.fn(async () => ok({})),
    'backup:list': vi.fn(async () => ok({ folder: '/backups', keep: 10, backups: [], copyFolder: null })),
    'backup:choose-folder': vi.fn(async () => ok({ copyFolder: null })),
    'backup:clear-folder': vi.fn(async () => ok({})),
    'backup:quit-done': vi.fn(async () => ok({})),
    'journal:append': vi.fn(async () => ok({})),
    'journal:tail': vi.fn(async () => ok({ records: [], complete: true })),
    'journal:read': vi.fn(async () => ok({ records: [], next: null, unreadable: 0 })),
    ...overrides,
  } satisfies InvokeHandlers;
  const onError = vi.fn();
  const dispatch = createDispatcher({ handlers, isAllowedSender: appOriginSender('app://lantern'), onError });
  const noHandlerCalled = () => Object.values(handlers).forEach((handler) => expect(handler).not.toHaveBeenCalled());
  return { handlers, dispatch, onError, noHandlerCalled };
}

describe('dispatcher: who may call', () => {
  const refused: Array<[string, SenderInfo | null]> = [
    ['a foreign https origin', { url: 'https://evil.example/', isMainFrame: true }],
    ['a subframe of the app', { url: 'app://lantern/', isMainFrame: false }],
    ['a file:// page', { url: 'file:///home/user/evil.html', isMainFrame: true }],
    ['a look-alike host', { url: 'app://lantern.evil/', isMainFrame: true }],
    ['a host with credentials', { url: 'app://lantern@evil/', isMainFrame: true }],
    ['a port on the app host', { url: 'app://lantern:444/', isMainFrame: true }],
    ['the http scheme on the app host', { url: 'http://lantern/', isMainFrame: true }],
    ['an about:blank frame', { url: 'about:blank', isMainFrame: true }],
    ['an empty URL', { url: '', isMainFrame: true }],
    ['a missing (null) sender', null],
  ];

  it.each(refused)('refuses %s without calling the handler', async (_name, sender) => {
    const { dispatch, noHandlerCalled } = setup();
    const result = await dispatch(sender, 'app:get-info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.forbiddenSender' } });
    noHandlerCalled();
  });

  it('refuses a sender whose isMainFrame is truthy but not true', async () => {
    const { dispatch, noHandlerCalled } = setup();
    const sender = { url: 'app://lantern/', isMainFrame: 1 } as unknown as SenderInfo;
    expect((await dispatch(sender, 'app:get-info', {})).ok).toBe(false);
    noHandlerCalled();
  });

  it('treats a throwing sender check as a refusal', async () => {
    const handler = vi.fn(async () => ok(info));
    const dispatch = createDispatcher({
      handlers: { ...setup().handlers, 'app:get-info': handler },
      isAllowedSender: () => {
        throw new Error('boom');
      },
    });
    expect(await dispatch(app, 'app:get-info', {})).toMatchObject({ ok: false, error: { code: 'ipc.forbiddenSender' } });
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('dispatcher: what may be asked', () => {
  it.each([['app:delete-everything'], ['__proto__'], ['constructor'], ['toString'], [42], [null]])(
    'refuses the unknown channel %s',
    async (channel) => {
      const { dispatch, noHandlerCalled } = setup();
      expect(await dispatch(app, channel, {})).toMatchObject({ ok: false, error: { code: 'ipc.unknownChannel' } });
      noHandlerCalled();
    },
  );

  const hugeUrl = `https://example.com/${'a'.repeat(10 * 1024 * 1024)}`;
  const badPayloads: Array<[string, string, unknown]> = [
    ['a wrong type', 'app:set-language', { language: 42 }],
    ['a value outside the enum', 'app:set-language', { language: 'fr' }],
    ['a missing field', 'app:set-language', {}],
    ['an extra key', 'app:set-language', { language: 'en', admin: true }],
    ['an extra key on an empty request', 'app:get-info', { x: 1 }],
    ['a __proto__ key', 'app:set-language', JSON.parse('{"language":"en","__proto__":{"polluted":true}}')],
    ['a constructor key', 'app:get-info', JSON.parse('{"constructor":{"prototype":{"polluted":true}}}')],
    ['an array', 'app:get-info', []],
    ['null', 'app:get-info', null],
    ['a string', 'app:get-info', 'hello'],
    ['a 10 MB string', 'shell:open-external', { url: hugeUrl }],
    ['an unsafe link', 'shell:open-external', { url: 'file:///etc/passwd' }],
    ['a javascript: link', 'shell:open-external', { url: 'javascript:alert(1)' }],
  ];

  it.each(badPayloads)('refuses %s without calling the handler', async (_name, channel, payload) => {
    const { dispatch, noHandlerCalled } = setup();
    const result = await dispatch(app, channel, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.badPayload' } });
    noHandlerCalled();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a payload whose getter throws', async () => {
    const { dispatch, noHandlerCalled } = setup();
    const payload = Object.defineProperty({}, 'language', {
      enumerable: true,
      get() {
        throw new Error('trap');
      },
    });
    expect(await dispatch(app, 'app:set-language', payload)).toMatchObject({ ok: false, error: { code: 'ipc.badPayload' } });
    noHandlerCalled();
  });

  it('refuses a foreign sender before even looking at the channel', async () => {
    const { dispatch } = setup();
    const foreign = { url: 'https://evil.example/', isMainFrame: true };
    expect(await dispatch(foreign, 'no:such-channel', {})).toMatchObject({ ok: false, error: { code: 'ipc.forbiddenSender' } });
  });

  it('names the failing path but never echoes a huge input', async () => {
    const { dispatch } = setup();
    const result = await dispatch(app, 'shell:open-external', { url: hugeUrl });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain('url');
    expect(result.error.message.length).toBeLessThan(500);
  });

  it('does not echo a huge unexpected key name either', async () => {
    const { dispatch } = setup();
    const result = await dispatch(app, 'app:get-info', { ['k'.repeat(100_000)]: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.length).toBeLessThan(500);
  });
});

describe('dispatcher: calling the handler', () => {
  it('passes the parsed request and returns the handler value', async () => {
    const { dispatch, handlers } = setup();
    expect(await dispatch(app, 'app:get-info', {})).toEqual({ ok: true, value: info });
    expect(await dispatch(app, 'app:set-language', { language: 'ja' })).toEqual({ ok: true, value: {} });
    expect(handlers['app:set-language']).toHaveBeenCalledWith({ language: 'ja' });
  });

  it('turns a handler throw into ipc.handlerFailed and reports it', async () => {
    const failure = new Error('disk on fire at /home/user/secret');
    const { dispatch, onError } = setup({ 'app:get-info': vi.fn(async () => Promise.reject(failure)) });
    const result = await dispatch(app, 'app:get-info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.handlerFailed' } });
    if (!result.ok) expect(result.error.message).not.toContain('/home/user');
    expect(onError).toHaveBeenCalledWith(failure);
  });

  it('passes a handler failure Result through unchanged', async () => {
    const { dispatch } = setup({
      'shell:open-external': vi.fn(async () => ({ ok: false as const, error: { code: 'shell.openFailed', message: 'no' } })),
    });
    expect(await dispatch(app, 'shell:open-external', { url: 'https://example.com' })).toEqual({
      ok: false,
      error: { code: 'shell.openFailed', message: 'no' },
    });
  });

  it.each([
    ['a value breaking the response schema', ok({ name: 'Lantern' })],
    ['something that is not a Result', { name: 'Lantern' }],
    ['undefined', undefined],
    ['a malformed error', { ok: false, error: 'nope' }],
  ])('refuses %s from the handler', async (_name, returned) => {
    const { dispatch, onError } = setup({ 'app:get-info': vi.fn(async () => returned as never) });
    expect(await dispatch(app, 'app:get-info', {})).toMatchObject({ ok: false, error: { code: 'ipc.badResponse' } });
    expect(onError).toHaveBeenCalled();
  });

  it('strips fields the response schema does not declare', async () => {
    const { dispatch } = setup({ 'app:get-info': vi.fn(async () => ok({ ...info, homeDir: '/home/user' })) });
    expect(await dispatch(app, 'app:get-info', {})).toEqual({ ok: true, value: info });
  });
});

describe('appOriginSender', () => {
  it('accepts the main frame of exactly the app origin, at any path', () => {
    const allowed = appOriginSender('app://lantern');
    expect(allowed({ url: 'app://lantern/', isMainFrame: true })).toBe(true);
    expect(allowed({ url: 'app://lantern/incidents/1?x#y', isMainFrame: true })).toBe(true);
  });

  it('works for the http origin the e2e harness serves from', () => {
    const allowed = appOriginSender('http://127.0.0.1:4173');
    expect(allowed({ url: 'http://127.0.0.1:4173/index.html', isMainFrame: true })).toBe(true);
    expect(allowed({ url: 'http://127.0.0.1:4174/index.html', isMainFrame: true })).toBe(false);
    expect(allowed({ url: 'http://localhost:4173/', isMainFrame: true })).toBe(false);
  });
});
