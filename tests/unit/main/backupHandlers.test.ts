// The `backup:` handlers over a real store in a temp folder, through main's dispatcher: a
// backup streamed in chunks lands in main's folder under main's name; the folder for copies
// is chosen only in main's dialog (a path in a request is refused by the contract) and kept
// in main's settings file; a host without backups says so.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { appOriginSender, createDispatcher } from '../../../main/ipc/dispatch';
import { createHandlers, type HandlerDeps } from '../../../main/ipc/handlers';
import { nodeBackupFs, nodeBackupSettingsFs } from '../../../main/services/backupFs';
import { createBackupSettingsHolder, loadBackupSettings } from '../../../main/services/backupSettings';
import { createBackupStore } from '../../../main/services/backupStore';
import { createQuitBackup } from '../../../main/services/backupQuit';
import { createSaveSessions } from '../../../main/services/saveSessions';

const APP = { url: 'app://lantern/', isMainFrame: true };

async function setup(chooseFolder: (current: string | null) => Promise<string | null> = async () => null) {
  const userData = mkdtempSync(join(tmpdir(), 'lantern-userdata-'));
  const settingsFile = join(userData, 'backup-settings.json');
  const settings = createBackupSettingsHolder(nodeBackupSettingsFs, settingsFile, await loadBackupSettings(nodeBackupSettingsFs, settingsFile));
  const requests: string[] = [];
  const quit = createQuitBackup({ request: (id) => (requests.push(id), true) });
  const store = createBackupStore({
    folder: join(userData, 'backups'),
    fs: nodeBackupFs,
    sessions: createSaveSessions({ fs: nodeBackupFs }),
    copyFolder: () => settings.get().copyFolder,
    now: () => new Date('2026-11-23T01:00:00.000Z'),
    onActivity: quit.activity,
  });
  const deps: HandlerDeps = {
    appInfo: () => ({ name: 'Lantern', version: '0.1.0', platform: 'linux', systemLocale: 'en-US', systemTimeZone: 'UTC' }),
    setLanguage: vi.fn(),
    openExternal: vi.fn(async () => {}),
    chooseSavePath: vi.fn(async () => null),
    saveSessions: createSaveSessions({ fs: nodeBackupFs }),
    printToPdf: vi.fn(async () => new Uint8Array()),
    backup: { store, settings, quit, chooseFolder: vi.fn(chooseFolder) },
  };
  const dispatch = createDispatcher({ handlers: createHandlers(deps), isAllowedSender: appOriginSender('app://lantern') });
  const call = (channel: string, payload: unknown) => dispatch(APP, channel, payload);
  return { userData, settingsFile, call, deps, quit, requests };
}

describe('backup handlers', () => {
  it('stream a backup into main’s folder under the name main chose, and list it', async () => {
    const { userData, call } = await setup();
    const begun = (await call('backup:begin', { reason: 'manual' })) as { ok: true; value: { token: string; name: string } };
    expect(begun).toMatchObject({ ok: true, value: { name: 'lantern-backup-2026-11-23T01-00-00Z.zip' } });
    const { token } = begun.value;
    expect(await call('backup:chunk', { token, bytes: new TextEncoder().encode('PK…') })).toMatchObject({ ok: true });
    expect(await call('backup:finish', { token })).toEqual({
      ok: true,
      value: { name: 'lantern-backup-2026-11-23T01-00-00Z.zip', bytes: 5, copy: { status: 'none' }, removed: 0 },
    });
    expect(readdirSync(join(userData, 'backups'))).toEqual(['lantern-backup-2026-11-23T01-00-00Z.zip']);
    expect(await call('backup:list', {})).toMatchObject({ ok: true, value: { folder: join(userData, 'backups'), keep: 10, copyFolder: null, backups: [{ name: 'lantern-backup-2026-11-23T01-00-00Z.zip', bytes: 5 }] } });
  });

  it('never take a path from the renderer', async () => {
    const { call } = await setup();
    expect(await call('backup:begin', { reason: 'manual', path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'ipc.badPayload' } });
    expect(await call('backup:choose-folder', { folder: '/media/usb' })).toMatchObject({ ok: false, error: { code: 'ipc.badPayload' } });
    expect(await call('backup:finish', { token: '../../x' })).toMatchObject({ ok: false, error: { code: 'ipc.badPayload' } });
    expect(await call('backup:finish', { token: 'a'.repeat(32) })).toMatchObject({ ok: false, error: { code: 'backup.unknownSession' } });
  });

  it('keep the folder chosen in main’s dialog in main’s settings file, and forget it on request', async () => {
    const usb = mkdtempSync(join(tmpdir(), 'lantern-usb-'));
    const { call, settingsFile, deps } = await setup(async () => usb);
    expect(await call('backup:choose-folder', {})).toEqual({ ok: true, value: { copyFolder: usb } });
    expect(JSON.parse(readFileSync(settingsFile, 'utf8'))).toEqual({ copyFolder: usb });
    expect(await loadBackupSettings(nodeBackupSettingsFs, settingsFile)).toEqual({ copyFolder: usb });
    expect(await call('backup:list', {})).toMatchObject({ ok: true, value: { copyFolder: usb } });
    // Cancelling the dialog keeps the folder.
    vi.mocked(deps.backup!.chooseFolder).mockResolvedValueOnce(null);
    expect(await call('backup:choose-folder', {})).toEqual({ ok: true, value: { copyFolder: usb } });
    expect(deps.backup!.chooseFolder).toHaveBeenLastCalledWith(usb);
    expect(await call('backup:clear-folder', {})).toEqual({ ok: true, value: {} });
    expect(JSON.parse(readFileSync(settingsFile, 'utf8'))).toEqual({ copyFolder: null });
  });

  it('refuse main’s own backups folder as the copy folder', async () => {
    const { call, userData, deps } = await setup();
    vi.mocked(deps.backup!.chooseFolder).mockResolvedValueOnce(join(userData, 'backups'));
    expect(await call('backup:choose-folder', {})).toMatchObject({ ok: false, error: { code: 'backup.sameFolder' } });
  });

  it('pass the renderer’s quit-time answer to the wait', async () => {
    const { call, quit, requests } = await setup();
    const waiting = quit.run();
    expect(await call('backup:quit-done', { requestId: requests[0], outcome: 'written' })).toEqual({ ok: true, value: {} });
    expect(await waiting).toBe('written');
  });

  it('answer backup.unavailable on a host that keeps no backups', async () => {
    const { deps } = await setup();
    const dispatch = createDispatcher({ handlers: createHandlers({ ...deps, backup: undefined }), isAllowedSender: appOriginSender('app://lantern') });
    expect(await dispatch(APP, 'backup:list', {})).toMatchObject({ ok: false, error: { code: 'backup.unavailable' } });
  });

  it('read a missing or malformed settings file as no copy folder', async () => {
    const { settingsFile } = await setup();
    expect(await loadBackupSettings(nodeBackupSettingsFs, settingsFile)).toEqual({ copyFolder: null });
    expect(await loadBackupSettings({ readFile: async () => '{"copyFolder": 7}' }, settingsFile)).toEqual({ copyFolder: null });
  });
});
