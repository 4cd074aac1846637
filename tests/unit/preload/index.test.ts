// preload/index.ts with `electron` faked: what reaches the page is the
// contract-built API under `lantern` and nothing else — no ipcRenderer, no event.
import { describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Map<string, (event: unknown, payload: unknown) => void>(),
  invoke: vi.fn(async () => ({ ok: true, value: {} })),
  removed: [] as string[],
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: vi.fn((key: string, value: unknown) => fake.exposed.set(key, value)) },
  ipcRenderer: {
    invoke: fake.invoke,
    on: vi.fn((channel: string, listener: (event: unknown, payload: unknown) => void) => fake.listeners.set(channel, listener)),
    removeListener: vi.fn((channel: string) => fake.removed.push(channel)),
  },
}));

describe('preload/index.ts', async () => {
  await import('../../../preload/index');
  const api = fake.exposed.get('lantern') as {
    app: { getInfo(request: object): Promise<unknown> };
    on(channel: string, listener: (payload: unknown) => void): () => void;
  };

  it('exposes exactly one global, `lantern`', () => {
    expect([...fake.exposed.keys()]).toEqual(['lantern']);
  });

  it('invokes through ipcRenderer.invoke with the channel and payload', async () => {
    await api.app.getInfo({});
    expect(fake.invoke).toHaveBeenCalledWith('app:get-info', {});
  });

  it('never hands the IpcRendererEvent to the page', () => {
    const listener = vi.fn();
    const off = api.on('menu:command', listener);
    const ipcEvent = { sender: { send: vi.fn(), invoke: vi.fn() }, senderId: 0 };
    fake.listeners.get('menu:command')?.(ipcEvent, { command: 'focus-search' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([{ command: 'focus-search' }]);
    off();
    expect(fake.removed).toContain('menu:command');
  });
});
