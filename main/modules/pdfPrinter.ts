// Prints the HTML report to A4 PDF. Threat: a report is built from log text anyone with
// the notebook typed or imported; printing it must not run or fetch anything. It is
// loaded in a hidden window that has JavaScript off, the OS sandbox, context isolation,
// no preload and no node, in its own in-memory session whose every request other than
// the report itself is cancelled — on top of the report's own CSP and escaping. The
// HTML goes through an owner-only temporary file (a data: URL is capped at 2 MB) that
// is deleted at once.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';

/** No `persist:` prefix: nothing this session sees is written to disk. */
export const PDF_PARTITION = 'lantern-pdf-print';


/** A4, backgrounds (table header shading) kept, the report's own @page margins and page numbers. */
export const PDF_OPTIONS = { pageSize: 'A4', printBackground: true, preferCSSPageSize: true } as const;

const allowed = new Set<string>();
let guarded = false;

function guardSession(): void {
  if (guarded) return;
  guarded = true;
  session.fromPartition(PDF_PARTITION).webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowed.has(details.url) }));
}

export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  guardSession();
  const dir = await mkdtemp(join(tmpdir(), 'lantern-pdf-'));
  const file = join(dir, 'report.html');
  const url = pathToFileURL(file).href;
  let window: BrowserWindow | null = null;
  try {
    await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
    allowed.add(url);
    // webPreferences written out here, not as a constant, so the Electronegativity gate can read them.
    window = new BrowserWindow({
      show: false,
      width: 794,
      height: 1123,
      webPreferences: {
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        navigateOnDragDrop: false,
        spellcheck: false,
        devTools: false,
        partition: PDF_PARTITION,
      },
    });
    await window.loadURL(url);
    const pdf = await window.webContents.printToPDF(PDF_OPTIONS);
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    allowed.delete(url);
    if (window && !window.isDestroyed()) window.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}
