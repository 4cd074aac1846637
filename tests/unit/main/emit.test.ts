import { describe, expect, it, vi } from 'vitest';
import { emit } from '../../../main/ipc/emit';

const recipient = (destroyed = false) => ({ send: vi.fn(), isDestroyed: vi.fn(() => destroyed) });

describe('emit', () => {
  it('sends a payload that matches the event schema', () => {
    const target = recipient();
    expect(emit(target, 'menu:command', { command: 'new-entry' })).toBe(true);
    expect(target.send).toHaveBeenCalledWith('menu:command', { command: 'new-entry' });
  });

  it.each([
    ['an unknown command', { command: 'format-disk' }],
    ['an extra key', { command: 'new-entry', extra: 1 }],
    ['no payload', undefined],
  ])('refuses %s and sends nothing', (_name, payload) => {
    const target = recipient();
    const onError = vi.fn();
    expect(emit(target, 'menu:command', payload as never, onError)).toBe(false);
    expect(target.send).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalled();
  });

  it('does not send to a destroyed window', () => {
    const target = recipient(true);
    expect(emit(target, 'menu:command', { command: 'verify-log' })).toBe(false);
    expect(target.send).not.toHaveBeenCalled();
  });
});
