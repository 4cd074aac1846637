// The PDF printer and the save dialog with `electron` replaced by a recording fake: the
// report is loaded with JavaScript off in a sandboxed, isolated, in-memory window, printed
// to A4, and its temporary file deleted; the dialog starts in Downloads with the name proposed.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  windows: [] as Array<{ options: Record<string, unknown>; loaded: string | null; html: string | null; destroyed: boolean }>,
  requestFilter: null as null | ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void),
  printFails: false,
  dialogResult: { canceled: false, filePath: '/home/aiko/Downloads/IR-7-timeline-2026-11-23.csv' } as { canceled: boolean; filePath?: string },
  dialogCalls: [] as unknown[][],
}));

vi.mock('electron', () => {
  class BrowserWindow {
    record: (typeof fake.windows)[number];
    webContents: { printToPDF: (options: unknown) => Promise<Buffer> };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: null, html: null, destroyed: false };
      fake.windows.push(this.record);
      this.webContents = {
        printToPDF: vi.fn(async (options: unknown) => {
          if (fake.printFails) throw new Error('printing failed');
          return Buffer.from(`%PDF-1.7 ${JSON.stringify(options)}`);
        }),
      };
    }
    async loadURL(url: string) {
      this.record.loaded = url;
      this.record.html = readFileSync(fileURLToPath(url), 'utf8');
      let verdict: boolean | undefined;
      fake.requestFilter?.({ url }, ({ cancel }) => (verdict = cancel));
      if (verdict) throw new Error('the report itself was blocked');
    }
    isDestroyed() {
      return this.record.destroyed;
    }
    destroy() {
      this.record.destroyed = true;
    }
    static getFocusedWindow() {
      return null;
    }
  }
  return {
    BrowserWindow,
    session: { fromPartition: () => ({ webRequest: { onBeforeRequest: (filter: typeof fake.requestFilter) => (fake.requestFilter = filter) } }) },
    app: { getPath: (name: string) => (name === 'downloads' ? '/home/aiko/Downloads' : '/tmp') },
    dialog: {
      showSaveDialog: vi.fn(async (...args: unknown[]) => {
        fake.dialogCalls.push(args);
        return fake.dialogResult;
      }),
    },
  };
});

beforeEach(() => {
  fake.windows.length = 0;
  fake.printFails = false;
  fake.dialogCalls.length = 0;
});

describe('printHtmlToPdf', async () => {
  const { printHtmlToPdf, PDF_OPTIONS } = await import('../../../main/modules/pdfPrinter');
  const html = '<!doctype html><html><head><meta charset="utf-8"></head><body><p>報告書</p></body></html>';

  it('prints in a hidden window with JavaScript off, sandboxed, isolated, without preload, in a memory-only session', async () => {
    const pdf = await printHtmlToPdf(html);
    expect(new TextDecoder().decode(pdf)).toBe(`%PDF-1.7 ${JSON.stringify(PDF_OPTIONS)}`);
    expect(PDF_OPTIONS).toMatchObject({ pageSize: 'A4', printBackground: true });
    const [window] = fake.windows;
    expect(window!.options).toMatchObject({ show: false });
    const prefs = window!.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false, webSecurity: true });
    expect(prefs['preload']).toBeUndefined();
    expect(String(prefs['partition'])).not.toMatch(/^persist:/);
    expect(window!.html).toBe(html);
    expect(window!.destroyed).toBe(true);
  });

  it('lets the window load the report and nothing else', async () => {
    await printHtmlToPdf(html);
    let cancelled: boolean | undefined;
    fake.requestFilter!({ url: 'https://evil.example/beacon.png' }, ({ cancel }) => (cancelled = cancel));
    expect(cancelled).toBe(true);
    // Once printed, not even the report's own URL loads again.
    fake.requestFilter!({ url: fake.windows[0]!.loaded! }, ({ cancel }) => (cancelled = cancel));
    expect(cancelled).toBe(true);
  });

  it('deletes the temporary report file, also when printing fails', async () => {
    await printHtmlToPdf(html);
    expect(existsSync(fileURLToPath(fake.windows[0]!.loaded!))).toBe(false);
    fake.printFails = true;
    await expect(printHtmlToPdf(html)).rejects.toThrow('printing failed');
    expect(existsSync(fileURLToPath(fake.windows[1]!.loaded!))).toBe(false);
    expect(fake.windows[1]!.destroyed).toBe(true);
  });
});

describe('chooseSavePath', async () => {
  const { chooseSavePath, saveDialogOptions } = await import('../../../main/modules/saveDialog');

  it('opens in Downloads with the proposed name, filtered by its extension, confirming overwrites', async () => {
    const request = { suggestedName: 'IR-7-timeline-2026-11-23.csv', extension: 'csv', mime: 'text/csv' };
    expect(await chooseSavePath(request)).toBe('/home/aiko/Downloads/IR-7-timeline-2026-11-23.csv');
    expect(fake.dialogCalls[0]).toEqual([saveDialogOptions(request, '/home/aiko/Downloads')]);
    expect(saveDialogOptions(request, '/d')).toEqual({
      defaultPath: '/d/IR-7-timeline-2026-11-23.csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('returns null when the user cancels', async () => {
    fake.dialogResult = { canceled: true };
    expect(await chooseSavePath({ suggestedName: 'x.pdf', extension: 'pdf', mime: 'application/pdf' })).toBeNull();
  });
});
