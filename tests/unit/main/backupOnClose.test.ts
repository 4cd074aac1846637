// The window's close (and the app's quit) held until the renderer's last backup is written,
// with `electron` replaced by a recording fake; and the folder dialog's words in both languages.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import type { QuitBackup, QuitBackupOutcome } from '../../../main/services/backupQuit';

const fake = vi.hoisted(() => ({ app: null as unknown as EventEmitter & { quit: ReturnType<typeof vi.fn> } }));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const app = Object.assign(new Emitter(), { quit: vi.fn() });
  fake.app = app;
  return { app, BrowserWindow: { getFocusedWindow: () => null }, dialog: { showOpenDialog: vi.fn() } };
});

const { holdCloseForBackup } = await import('../../../main/modules/backupOnClose');
const { backupFolderDialogOptions } = await import('../../../main/modules/backupFolderDialog');

function fakeWindow() {
  const window = Object.assign(new EventEmitter(), { destroyed: false, close: vi.fn(), isDestroyed: () => false });
  const closeEvent = () => {
    const event = { prevented: false, preventDefault: () => void (event.prevented = true) };
    window.emit('close', event);
    return event;
  };
  return { window, closeEvent };
}

function fakeQuitBackup(outcome: QuitBackupOutcome) {
  let finish!: (value: QuitBackupOutcome) => void;
  const run = vi.fn(() => new Promise<QuitBackupOutcome>((resolve) => (finish = resolve)));
  const quit: QuitBackup = { run, done: vi.fn(() => true), activity: vi.fn() };
  return { quit, run, finish: () => finish(outcome) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('holdCloseForBackup', () => {
  it('holds the window open until the last backup is answered, then closes it', async () => {
    const { window, closeEvent } = fakeWindow();
    const backup = fakeQuitBackup('written');
    holdCloseForBackup(window as unknown as BrowserWindow, backup.quit);
    expect(closeEvent().prevented).toBe(true);
    expect(backup.run).toHaveBeenCalledTimes(1);
    await settle();
    expect(window.close).not.toHaveBeenCalled();
    backup.finish();
    await settle();
    expect(window.close).toHaveBeenCalledTimes(1);
    // The close that follows goes through.
    expect(closeEvent().prevented).toBe(false);
    expect(fake.app.quit).not.toHaveBeenCalled();
  });

  it('asks the app to quit again once the backup is done when the close came from a quit', async () => {
    const { window, closeEvent } = fakeWindow();
    const backup = fakeQuitBackup('timeout');
    const listeners = fake.app.listenerCount('before-quit');
    holdCloseForBackup(window as unknown as BrowserWindow, backup.quit);
    fake.app.emit('before-quit');
    expect(closeEvent().prevented).toBe(true);
    backup.finish();
    await settle();
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
    expect(window.close).not.toHaveBeenCalled();
    window.emit('closed');
    expect(fake.app.listenerCount('before-quit')).toBe(listeners);
  });
});

describe('backupFolderDialogOptions', () => {
  it('speaks the renderer’s language, opens folders only and starts at the current one', () => {
    expect(backupFolderDialogOptions('ja', '/media/usb')).toMatchObject({
      title: 'バックアップのコピー先フォルダー',
      buttonLabel: 'このフォルダーを使う',
      defaultPath: '/media/usb',
      properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
    });
    const en = backupFolderDialogOptions('en', null);
    expect(en).toMatchObject({ title: 'Also copy backups to this folder', buttonLabel: 'Use this folder' });
    expect(en).not.toHaveProperty('defaultPath');
  });
});
