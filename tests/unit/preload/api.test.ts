import { describe, expect, it, vi } from 'vitest';
import { createLanternApi } from '../../../preload/api';
import type { BridgeTransport } from '../../../preload/api';
import { verbName } from '../../../shared/ipc/api';
import { eventChannels, invokeChannels } from '../../../shared/ipc/contract';
import type { EventChannel, InvokeChannel } from '../../../shared/ipc/contract';

function fakeTransport(reply: unknown = { ok: true, value: {} }) {
  const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>();
  const transport = {
    invoke: vi.fn(async (_channel: InvokeChannel, _payload: unknown) => reply),
    subscribe: vi.fn((channel: EventChannel, listener: (payload: unknown) => void) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    }),
  } satisfies BridgeTransport;
  const fire = (channel: EventChannel, payload: unknown) => listeners.get(channel)?.forEach((listener) => listener(payload));
  return { transport, fire };
}

const sampleRequests: { [C in InvokeChannel]: unknown } = {
  'app:get-info': {},
  'app:set-language': { language: 'ja' },
  'shell:open-external': { url: 'https://example.com/' },
  'save:begin': { suggestedName: 'IR-7-timeline-2026-11-23.csv', mime: 'text/csv' },
  'save:chunk': { token: 'a'.repeat(32), bytes: new Uint8Array([1, 2, 3]) },
  'save:finish': { token: 'a'.repeat(32) },
  'save:abort': { token: 'a'.repeat(32) },
  'pdf:print': { html: '<!doctype html><title>x</title>' },
  'backup:begin': { reason: 'scheduled' },
  'backup:chunk': { token: 'b'.repeat(32), bytes: new Uint8Array([1, 2, 3]) },
  'backup:finish': { token: 'b'.repeat(32) },
  'backup:abort': { token: 'b'.repeat(32) },
  'backup:list': {},
  'backup:choose-folder': {},
  'backup:clear-folder': {},
  'backup:quit-done': { requestId: 'c'.repeat(32), outcome: 'written' },
  'journal:append': { records: [{ kind: 'reset' }] },
  'journal:tail': { count: 50 },
  'journal:read': { cursor: 0 },
};

describe('createLanternApi: verbs', () => {
  it.each(Object.keys(invokeChannels) as InvokeChannel[])('has a verb for %s that calls that channel', async (channel) => {
    const { transport } = fakeTransport();
    const api = createLanternApi(transport) as unknown as Record<string, Record<string, (r: unknown) => Promise<unknown>>>;
    const { domain, verb } = verbName(channel);
    expect(typeof api[domain]?.[verb]).toBe('function');
    await api[domain]?.[verb]?.(sampleRequests[channel]);
    expect(transport.invoke).toHaveBeenCalledWith(channel, sampleRequests[channel]);
  });

  it('exposes the typed verbs the renderer uses', async () => {
    const { transport } = fakeTransport({ ok: true, value: { name: 'Lantern' } });
    const api = createLanternApi(transport);
    expect(await api.app.getInfo({})).toEqual({ ok: true, value: { name: 'Lantern' } });
    await api.app.setLanguage({ language: 'en' });
    await api.shell.openExternal({ url: 'mailto:soc@example.com' });
    expect(transport.invoke.mock.calls.map(([channel]) => channel)).toEqual(['app:get-info', 'app:set-language', 'shell:open-external']);
  });

  it('refuses a bad request without touching the transport', async () => {
    const { transport } = fakeTransport();
    const api = createLanternApi(transport);
    expect(await api.shell.openExternal({ url: 'javascript:alert(1)' })).toMatchObject({ ok: false, error: { code: 'ipc.badPayload' } });
    expect(await api.app.setLanguage({ language: 'fr' } as never)).toMatchObject({ ok: false, error: { code: 'ipc.badPayload' } });
    expect(transport.invoke).not.toHaveBeenCalled();
  });

  it('turns a transport failure or a non-Result reply into a Result', async () => {
    const broken = fakeTransport();
    broken.transport.invoke.mockRejectedValueOnce(new Error('channel closed'));
    expect(await createLanternApi(broken.transport).app.getInfo({})).toMatchObject({ ok: false, error: { code: 'ipc.transportFailed' } });
    const odd = fakeTransport('surprise');
    expect(await createLanternApi(odd.transport).app.getInfo({})).toMatchObject({ ok: false, error: { code: 'ipc.badResponse' } });
  });

  it('is frozen all the way down to the verbs', () => {
    const api = createLanternApi(fakeTransport().transport);
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.app)).toBe(true);
    expect(() => {
      (api.app as { getInfo: unknown }).getInfo = () => 'hijacked';
    }).toThrow(TypeError);
  });

  it('exposes nothing but the contract domains and on()', () => {
    const api = createLanternApi(fakeTransport().transport);
    const domains = new Set(Object.keys(invokeChannels).map((channel) => verbName(channel).domain));
    expect(Object.keys(api).sort()).toEqual([...domains, 'on'].sort());
  });
});

describe('createLanternApi: events', () => {
  it('passes valid event payloads to the listener', () => {
    const { transport, fire } = fakeTransport();
    const listener = vi.fn();
    createLanternApi(transport).on('menu:command', listener);
    fire('menu:command', { command: 'new-entry' });
    expect(listener).toHaveBeenCalledWith({ command: 'new-entry' });
  });

  it.each([
    ['an unknown command', { command: 'rm-rf' }],
    ['an extra key', { command: 'new-entry', sender: {} }],
    ['a string', 'new-entry'],
    ['nothing', undefined],
  ])('drops %s', (_name, payload) => {
    const { transport, fire } = fakeTransport();
    const listener = vi.fn();
    createLanternApi(transport).on('menu:command', listener);
    fire('menu:command', payload);
    expect(listener).not.toHaveBeenCalled();
  });

  it('unsubscribes', () => {
    const { transport, fire } = fakeTransport();
    const listener = vi.fn();
    const off = createLanternApi(transport).on('menu:command', listener);
    off();
    fire('menu:command', { command: 'new-entry' });
    expect(listener).not.toHaveBeenCalled();
  });

  it('refuses channels outside the contract', () => {
    const { transport } = fakeTransport();
    const api = createLanternApi(transport);
    expect(() => api.on('ipc:anything' as keyof typeof eventChannels, vi.fn())).toThrow(TypeError);
    expect(transport.subscribe).not.toHaveBeenCalled();
  });
});

describe('preload zod configuration', () => {
  // Loading the bridge (through the contract and shared/zod) must switch zod's JIT
  // off before any schema exists: its `new Function` probe breaks the page's CSP.
  it('parses without zod’s eval probe, which the CSP would report', async () => {
    const { z } = await import('zod');
    expect(z.config().jitless).toBe(true);
  });
});
