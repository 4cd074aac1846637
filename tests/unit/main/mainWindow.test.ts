// The window's security settings and state restore, with `electron` faked.
import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ windows: [] as Array<Record<string, unknown>> }));

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  class BrowserWindow extends EventEmitter {
    options: Record<string, unknown>;
    maximized = false;
    shown = false;
    loadURL = vi.fn(async () => {});
    constructor(options: Record<string, unknown>) {
      super();
      this.options = options;
      fake.windows.push(this as unknown as Record<string, unknown>);
    }
    maximize() {
      this.maximized = true;
    }
    show() {
      this.shown = true;
    }
    isMaximized() {
      return this.maximized;
    }
    getNormalBounds() {
      return { x: 30, y: 40, width: 900, height: 650 };
    }
  }
  const display = (id: number, workArea: object) => ({ id, workArea });
  return {
    BrowserWindow,
    screen: {
      getPrimaryDisplay: () => display(1, { x: 0, y: 0, width: 1920, height: 1040 }),
      getAllDisplays: () => [display(1, { x: 0, y: 0, width: 1920, height: 1040 })],
    },
  };
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lantern-window-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createMainWindow', async () => {
  const { createMainWindow } = await import('../../../main/modules/mainWindow');
  type FakeWindow = EventEmitter & { options: Record<string, unknown>; shown: boolean; maximized: boolean; loadURL: ReturnType<typeof vi.fn> };

  it('isolates and sandboxes the renderer, and loads the app origin', async () => {
    const window = (await createMainWindow({
      startUrl: 'app://lantern/',
      preloadPath: '/app/out/preload/index.js',
      stateFile: join(dir, 'none.json'),
      isDev: false,
    })) as unknown as FakeWindow;
    expect(window.options['webPreferences']).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      spellcheck: false,
      webSecurity: true,
      devTools: false,
    });
    expect(window.options['show']).toBe(false);
    expect(window.loadURL).toHaveBeenCalledWith('app://lantern/');
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('restores saved bounds clamped onto the display, maximizes, and saves on close', async () => {
    const stateFile = join(dir, 'window-state.json');
    await writeFile(stateFile, JSON.stringify({ bounds: { x: 5000, y: 5000, width: 800, height: 600 }, isMaximized: true }));
    const window = (await createMainWindow({ startUrl: 'app://lantern/', preloadPath: '/p.js', stateFile, isDev: true })) as unknown as FakeWindow;
    expect(window.options).toMatchObject({ x: 560, y: 220, width: 800, height: 600 });
    window.emit('ready-to-show');
    expect(window.maximized).toBe(true);
    window.emit('close');
    await vi.waitFor(async () => {
      expect(JSON.parse(await readFile(stateFile, 'utf8'))).toEqual({
        bounds: { x: 30, y: 40, width: 900, height: 650 },
        isMaximized: true,
      });
    });
  });
});
