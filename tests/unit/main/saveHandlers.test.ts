// The save: and pdf: channels over injected dialog, file system and printer: main
// writes only where the user chose, under a token it issued.
import { describe, expect, it, vi } from 'vitest';
import { createHandlers, type HandlerDeps } from '../../../main/ipc/handlers';
import { appOriginSender, createDispatcher } from '../../../main/ipc/dispatch';
import { createSaveSessions, type SaveFs } from '../../../main/services/saveSessions';
import { SAVE_CHUNK_MAX_BYTES } from '../../../shared/ipc/contract';

function memoryFs() {
  const files = new Map<string, string>();
  const fs: SaveFs = {
    open: async (path) => {
      files.set(path, '');
      return { write: async (b) => void files.set(path, files.get(path)! + new TextDecoder().decode(b)), sync: async () => {}, close: async () => {} };
    },
    rename: async (from, to) => {
      files.set(to, files.get(from)!);
      files.delete(from);
    },
    remove: async (path) => void files.delete(path),
  };
  return { fs, files };
}

function setup(overrides: Partial<HandlerDeps> = {}) {
  const { fs, files } = memoryFs();
  const deps: HandlerDeps = {
    appInfo: () => ({ name: 'Lantern', version: '0.1.0', platform: 'linux', systemLocale: 'en', systemTimeZone: 'UTC' }),
    setLanguage: () => {},
    openExternal: async () => {},
    chooseSavePath: vi.fn(async ({ suggestedName }) => `/home/aiko/Downloads/${suggestedName}`),
    saveSessions: createSaveSessions({ fs, newToken: () => 'c'.repeat(32) }),
    printToPdf: vi.fn(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46])),
    ...overrides,
  };
  const handlers = createHandlers(deps);
  const dispatch = createDispatcher({ handlers, isAllowedSender: appOriginSender('app://lantern') });
  const call = (channel: string, payload: unknown) => dispatch({ url: 'app://lantern/', isMainFrame: true }, channel, payload);
  return { deps, handlers, files, call };
}

describe('save: channels', () => {
  it('asks the user where to save, streams the chunks and renames on finish', async () => {
    const { deps, files, call } = setup();
    const begun = await call('save:begin', { suggestedName: 'IR-7-timeline-2026-11-23.csv', mime: 'text/csv;charset=utf-8' });
    expect(begun).toEqual({ ok: true, value: { token: 'c'.repeat(32), name: 'IR-7-timeline-2026-11-23.csv' } });
    expect(deps.chooseSavePath).toHaveBeenCalledWith({ suggestedName: 'IR-7-timeline-2026-11-23.csv', extension: 'csv', mime: 'text/csv;charset=utf-8' });
    expect(await call('save:chunk', { token: 'c'.repeat(32), bytes: new TextEncoder().encode('a,b\r\n') })).toEqual({ ok: true, value: { written: 5 } });
    expect(files.get('/home/aiko/Downloads/IR-7-timeline-2026-11-23.csv.part')).toBe('a,b\r\n');
    expect(await call('save:finish', { token: 'c'.repeat(32) })).toEqual({ ok: true, value: { name: 'IR-7-timeline-2026-11-23.csv' } });
    expect([...files]).toEqual([['/home/aiko/Downloads/IR-7-timeline-2026-11-23.csv', 'a,b\r\n']]);
  });

  it('answers a cancelled dialog with no token and opens nothing', async () => {
    const { files, call } = setup({ chooseSavePath: async () => null });
    expect(await call('save:begin', { suggestedName: 'x.csv', mime: 'text/csv' })).toEqual({ ok: true, value: { token: null, name: null } });
    expect(files.size).toBe(0);
  });

  it.each(['../../etc/passwd', '/etc/passwd', 'C:\\\\Windows\\\\x.exe', 'a/b.csv', '.bashrc', 'x\u0000.csv', ' x.csv', 'x'.repeat(201)])(
    'refuses the proposed name %j before any dialog opens',
    async (suggestedName) => {
      const { deps, call } = setup();
      expect(await call('save:begin', { suggestedName, mime: 'text/csv' })).toMatchObject({ ok: false, error: { code: 'ipc.badPayload' } });
      expect(deps.chooseSavePath).not.toHaveBeenCalled();
    },
  );

  it('refuses a path in the request, chunks over the size cap and tokens it never issued', async () => {
    const { call } = setup();
    expect(await call('save:begin', { suggestedName: 'x.csv', mime: 'text/csv', path: '/tmp/x' })).toMatchObject({ ok: false, error: { code: 'ipc.badPayload' } });
    await call('save:begin', { suggestedName: 'x.csv', mime: 'text/csv' });
    expect(await call('save:chunk', { token: 'c'.repeat(32), bytes: new Uint8Array(SAVE_CHUNK_MAX_BYTES + 1) })).toMatchObject({ ok: false, error: { code: 'ipc.badPayload' } });
    expect(await call('save:chunk', { token: 'c'.repeat(32), bytes: 'text, not bytes' })).toMatchObject({ ok: false, error: { code: 'ipc.badPayload' } });
    expect(await call('save:chunk', { token: 'd'.repeat(32), bytes: new Uint8Array(1) })).toMatchObject({ ok: false, error: { code: 'save.unknownSession' } });
    expect(await call('save:finish', { token: '../x' })).toMatchObject({ ok: false, error: { code: 'ipc.badPayload' } });
  });

  it('deletes the partial file on abort', async () => {
    const { files, call } = setup();
    await call('save:begin', { suggestedName: 'bundle.zip', mime: 'application/zip' });
    await call('save:chunk', { token: 'c'.repeat(32), bytes: new Uint8Array([80, 75]) });
    expect(await call('save:abort', { token: 'c'.repeat(32) })).toEqual({ ok: true, value: {} });
    expect(files.size).toBe(0);
  });

  it('reports a dialog failure as save.dialogFailed', async () => {
    const { call } = setup({ chooseSavePath: async () => Promise.reject(new Error('no display')) });
    expect(await call('save:begin', { suggestedName: 'x.csv', mime: 'text/csv' })).toMatchObject({ ok: false, error: { code: 'save.dialogFailed' } });
  });
});

describe('pdf:print', () => {
  it('returns the printed bytes', async () => {
    const { deps, call } = setup();
    const result = await call('pdf:print', { html: '<!doctype html><title>r</title>' });
    expect(result).toEqual({ ok: true, value: { pdf: new Uint8Array([0x25, 0x50, 0x44, 0x46]) } });
    expect(deps.printToPdf).toHaveBeenCalledWith('<!doctype html><title>r</title>');
  });

  it('reports a printer failure as pdf.printFailed', async () => {
    const { call } = setup({ printToPdf: async () => Promise.reject(new Error('render process gone')) });
    expect(await call('pdf:print', { html: '<p>x</p>' })).toMatchObject({ ok: false, error: { code: 'pdf.printFailed' } });
  });
});
