// @vitest-environment happy-dom
// platform().saveFile: through the bridge, bodies stream to main's real save handlers in
// capped batches and a failure leaves no partial file; in a browser, a download.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers, type HandlerDeps } from '../../../main/ipc/handlers';
import { appOriginSender, createDispatcher } from '../../../main/ipc/dispatch';
import { createSaveSessions, type SaveFs } from '../../../main/services/saveSessions';
import { createLanternApi } from '../../../preload/api';
import { SAVE_CHUNK_MAX_BYTES } from '../../../shared/ipc/contract';
import { batches, downloadInBrowser, saveThroughBridge } from '../../../renderer/platform/saveFile';

function streamOf(chunks: Uint8Array[], failAfter = Infinity): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (i >= failAfter) return controller.error(new Error('bundle writer failed'));
      if (i >= chunks.length) return controller.close();
      controller.enqueue(chunks[i++]!);
    },
  });
}

/** The preload's API wired to main's real dispatcher and handlers, over an in-memory disk. */
function bridge(chooseSavePath: HandlerDeps['chooseSavePath'] = async ({ suggestedName }) => `/saves/${suggestedName}`) {
  const files = new Map<string, Uint8Array[]>();
  const fs: SaveFs = {
    open: async (path) => {
      files.set(path, []);
      return { write: async (bytes) => void files.get(path)!.push(bytes.slice()), sync: async () => {}, close: async () => {} };
    },
    rename: async (from, to) => {
      files.set(to, files.get(from)!);
      files.delete(from);
    },
    remove: async (path) => void files.delete(path),
  };
  const handlers = createHandlers({
    appInfo: () => ({ name: 'Lantern', version: '0', platform: 'linux', systemLocale: 'en', systemTimeZone: 'UTC' }),
    setLanguage: () => {},
    openExternal: async () => {},
    chooseSavePath,
    saveSessions: createSaveSessions({ fs }),
    printToPdf: async () => new Uint8Array(),
  });
  const dispatch = createDispatcher({ handlers, isAllowedSender: appOriginSender('app://lantern') });
  const calls: string[] = [];
  const api = createLanternApi({
    invoke: (channel, payload) => {
      calls.push(channel);
      return dispatch({ url: 'app://lantern/', isMainFrame: true }, channel, payload);
    },
    subscribe: () => () => {},
  });
  const content = (path: string) => {
    const parts = files.get(path);
    return parts ? Buffer.concat(parts) : undefined;
  };
  return { api, files, calls, content };
}

describe('batches', () => {
  it('regroups small chunks into batches and splits a chunk over the cap', async () => {
    const small = Array.from({ length: 40 }, (_, i) => new Uint8Array(64).fill(i));
    const huge = new Uint8Array(4096 * 2 + 5).fill(7);
    const out: Uint8Array[] = [];
    for await (const batch of batches(streamOf([...small, huge]), 1000, 4096)) out.push(batch);
    // The pending 512 bytes go out before a piece that would overflow the cap.
    expect(out.map((b) => b.byteLength)).toEqual([1024, 1024, 512, 4096, 4096, 5]);
    expect(Buffer.compare(Buffer.concat(out), Buffer.concat([...small, huge]))).toBe(0);
  });

  it('never sends more than the contract allows in one chunk', async () => {
    const out: number[] = [];
    for await (const batch of batches(streamOf([new Uint8Array(SAVE_CHUNK_MAX_BYTES + 10)]))) out.push(batch.byteLength);
    expect(out).toEqual([SAVE_CHUNK_MAX_BYTES, 10]);
  });
});

describe('saveThroughBridge', () => {
  it('streams a body to the path main chose and returns the saved name', async () => {
    const { api, content, calls } = bridge();
    const text = '\uFEFFentry_id,text\r\n1,日本語\r\n'.repeat(50_000);
    const result = await saveThroughBridge(api, { suggestedName: 'IR-7-timeline-2026-11-23.csv', mime: 'text/csv', body: new Blob([text]) });
    expect(result).toEqual({ saved: true, name: 'IR-7-timeline-2026-11-23.csv' });
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(content('/saves/IR-7-timeline-2026-11-23.csv'))).toBe(text);
    expect(calls[0]).toBe('save:begin');
    expect(calls.at(-1)).toBe('save:finish');
  });

  it('sends a long stream in batches of about 1 MiB', async () => {
    const { api, content, calls } = bridge();
    const chunks = Array.from({ length: 3000 }, (_, i) => new Uint8Array(1024).fill(i % 251));
    await saveThroughBridge(api, { suggestedName: 'bundle.zip', mime: 'application/zip', body: streamOf(chunks) });
    expect(calls.filter((c) => c === 'save:chunk')).toHaveLength(3);
    expect(Buffer.compare(content('/saves/bundle.zip')!, Buffer.concat(chunks))).toBe(0);
  });

  it('returns saved: false and stops the producer when the dialog is cancelled', async () => {
    const { api, files } = bridge(async () => null);
    const cancel = vi.fn();
    const body = new ReadableStream<Uint8Array>({ pull: (c) => c.enqueue(new Uint8Array(10)), cancel });
    expect(await saveThroughBridge(api, { suggestedName: 'bundle.zip', mime: 'application/zip', body })).toEqual({ saved: false, name: null });
    expect(cancel).toHaveBeenCalled();
    expect(files.size).toBe(0);
  });

  it('aborts the save, leaving no file, when the body fails half-way', async () => {
    const { api, files, calls } = bridge();
    const chunks = Array.from({ length: 30 }, () => new Uint8Array(100 * 1024));
    await expect(saveThroughBridge(api, { suggestedName: 'bundle.zip', mime: 'application/zip', body: streamOf(chunks, 20) })).rejects.toThrow('bundle writer failed');
    expect(calls.at(-1)).toBe('save:abort');
    expect(files.size).toBe(0);
  });

  it('throws main\'s error with its code when the disk refuses', async () => {
    const { api } = bridge(async () => '/no-such-folder/x.csv');
    const failing = createLanternApi({
      invoke: async (channel, payload) => (channel === 'save:chunk' ? { ok: false, error: { code: 'save.writeFailed', message: 'ENOSPC', details: { detail: 'ENOSPC' } } } : (api as never as { save: Record<string, (p: unknown) => unknown> }).save[channel.split(':')[1]!]!(payload)),
      subscribe: () => () => {},
    });
    await expect(saveThroughBridge(failing, { suggestedName: 'x.csv', mime: 'text/csv', body: new Blob(['a']) })).rejects.toMatchObject({ code: 'save.writeFailed', details: { detail: 'ENOSPC' } });
  });
});

describe('downloadInBrowser', () => {
  afterEach(() => vi.restoreAllMocks());

  it('downloads a Blob, or a stream made into one, under the suggested name', async () => {
    const clicks: { name: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ name: this.download, href: this.href });
    });
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return `blob:lantern/${created.length}`;
    });
    const body = streamOf([new TextEncoder().encode('{"format":'), new TextEncoder().encode('"x"}')]);
    expect(await downloadInBrowser({ suggestedName: 'IR-7-timeline-2026-11-23.json', mime: 'application/json', body })).toEqual({ saved: true, name: 'IR-7-timeline-2026-11-23.json' });
    expect(clicks).toEqual([{ name: 'IR-7-timeline-2026-11-23.json', href: 'blob:lantern/1' }]);
    expect(await created[0]!.text()).toBe('{"format":"x"}');
    expect(created[0]!.type).toBe('application/json');
    expect(document.querySelectorAll('a').length).toBe(0);
  });
});
