import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  clampToDisplays,
  createStateSaver,
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  saveWindowState,
} from '../../../main/services/windowState';
import type { Rect, WindowState } from '../../../main/services/windowState';

const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const right: Rect = { x: 1920, y: 0, width: 1280, height: 984 };
const inside = (b: WindowState['bounds'], area: Rect) =>
  'x' in b && b.x >= area.x && b.y >= area.y && b.x + b.width <= area.x + area.width && b.y + b.height <= area.y + area.height;

describe('loadWindowState', () => {
  const readingAs = (text: string) => ({ readFile: vi.fn(async () => text) });

  it('reads a saved state', async () => {
    const saved = { bounds: { x: 10, y: 20, width: 1000, height: 700 }, isMaximized: true };
    expect(await loadWindowState(readingAs(JSON.stringify(saved)), '/f')).toEqual(saved);
  });

  it.each([
    ['a missing file', { readFile: vi.fn(async () => Promise.reject(Object.assign(new Error(), { code: 'ENOENT' }))) }],
    ['broken JSON', readingAs('{"bounds":')],
    ['wrong types', readingAs('{"bounds":{"width":"big","height":1},"isMaximized":false}')],
    ['absurd sizes', readingAs('{"bounds":{"x":0,"y":0,"width":1e12,"height":5},"isMaximized":false}')],
    ['a fractional size', readingAs('{"bounds":{"width":100.5,"height":50},"isMaximized":false}')],
    ['null', readingAs('null')],
  ])('falls back to the default on %s', async (_name, fs) => {
    expect(await loadWindowState(fs, '/f')).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('saveWindowState', () => {
  it('writes a temporary file, then renames it over the real one', async () => {
    const calls: string[] = [];
    const fs = {
      writeFile: vi.fn(async (path: string, _data: string) => void calls.push(`write ${path}`)),
      rename: vi.fn(async (from: string, to: string) => void calls.push(`rename ${from} ${to}`)),
      readFile: vi.fn(),
    };
    const state: WindowState = { bounds: { x: 1, y: 2, width: 800, height: 600 }, isMaximized: false };
    await saveWindowState(fs, '/data/window-state.json', state);
    expect(calls).toEqual(['write /data/window-state.json.tmp', 'rename /data/window-state.json.tmp /data/window-state.json']);
    expect(JSON.parse(fs.writeFile.mock.calls[0]?.[1] ?? '')).toEqual(state);
  });
});

describe('clampToDisplays', () => {
  it('keeps bounds that are fully on a display', () => {
    const state: WindowState = { bounds: { x: 2000, y: 100, width: 1000, height: 700 }, isMaximized: false };
    expect(clampToDisplays(state, [primary, right])).toEqual(state);
  });

  it('moves a window from an unplugged monitor onto the primary display, centred', () => {
    const state: WindowState = { bounds: { x: 5000, y: 3000, width: 1000, height: 700 }, isMaximized: true };
    const clamped = clampToDisplays(state, [primary]);
    expect(clamped).toEqual({ bounds: { x: 460, y: 170, width: 1000, height: 700 }, isMaximized: true });
  });

  it('pulls a half-visible window fully onto the display it overlaps most', () => {
    const state: WindowState = { bounds: { x: 2900, y: -200, width: 800, height: 600 }, isMaximized: false };
    const clamped = clampToDisplays(state, [primary, right]);
    expect(inside(clamped.bounds, right)).toBe(true);
    expect(clamped.bounds).toMatchObject({ width: 800, height: 600 });
  });

  it('shrinks a window larger than the display to fit', () => {
    const state: WindowState = { bounds: { x: 0, y: 0, width: 4000, height: 3000 }, isMaximized: false };
    const clamped = clampToDisplays(state, [primary]);
    expect(clamped.bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
  });

  it('centres a state without a position (first run)', () => {
    const clamped = clampToDisplays(DEFAULT_WINDOW_STATE, [primary, right]);
    expect(clamped.bounds).toEqual({ x: 320, y: 120, width: 1280, height: 800 });
  });

  it('handles a display that is not at the origin (left of primary)', () => {
    const left: Rect = { x: -1280, y: 0, width: 1280, height: 1024 };
    const state: WindowState = { bounds: { x: -1300, y: 900, width: 900, height: 600 }, isMaximized: false };
    expect(inside(clampToDisplays(state, [primary, left]).bounds, left)).toBe(true);
  });

  it('leaves the state alone when no display is known', () => {
    expect(clampToDisplays(DEFAULT_WINDOW_STATE, [])).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('createStateSaver', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  const state = (width: number): WindowState => ({ bounds: { x: 0, y: 0, width, height: 600 }, isMaximized: false });

  it('saves only the last state of a burst of moves, after the delay', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async () => {});
    const saver = createStateSaver(save, 500);
    saver.schedule(state(700));
    saver.schedule(state(800));
    await vi.advanceTimersByTimeAsync(499);
    expect(save).not.toHaveBeenCalled();
    saver.schedule(state(900));
    await vi.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(state(900));
  });

  it('flush writes the pending state at once (window closing) and only once', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async () => {});
    const saver = createStateSaver(save, 500);
    saver.schedule(state(1000));
    await saver.flush();
    expect(save).toHaveBeenCalledWith(state(1000));
    await vi.advanceTimersByTimeAsync(1000);
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
  });
});
