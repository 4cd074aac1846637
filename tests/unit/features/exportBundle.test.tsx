// @vitest-environment happy-dom
// Export evidence bundle: the responder chooses what goes in and why, the ZIP streams to
// the save dialog, and only once it is saved does each item's custody record the export
// (never for a disposed item). A closed save dialog or a cancel records nothing.
import { createHash } from 'node:crypto';
import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { BlobReader, ZipReader, configure } from '@zip.js/zip.js';
import type { EvidenceItem } from '../../../shared/domain/evidence';
import type { Incident } from '../../../shared/domain/incident';
import { detectFileType } from '../../../shared/evidence/magic';
import { notebook } from '../../../renderer/data';
import { appDb } from '../../../renderer/data/app';
import { custodyOf } from '../../../renderer/data/repositories/evidence.read';
import { getIncident } from '../../../renderer/data/repositories/incidents.read';
import { ExportBundleButton } from '../../../renderer/features/bundle/ExportBundleButton';
import { freshNotebook, tearDown, withResponder } from './notebookHarness';

type SaveRequest = { suggestedName: string; mime: string; body: Blob | ReadableStream<Uint8Array> };
const saveFile = vi.fn<(request: SaveRequest) => Promise<{ saved: boolean; name: string | null }>>();
vi.mock('../../../renderer/platform', () => ({
  platform: () => ({ kind: 'browser', saveFile, getInfo: async () => ({ name: 'Lantern', version: '0.1.0' }) }),
  appIdentity: async () => ({ name: 'Lantern', version: '0.1.0' }),
}));
configure({ useWebWorkers: false });

let incident: Incident;
let saved: Uint8Array[] = [];

/** Reads the whole body as a save to disk would, then reports the file saved. */
async function saveToDisk(request: SaveRequest) {
  const reader = (request.body as ReadableStream<Uint8Array>).getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) saved.push(chunk.value);
  return { saved: true, name: 'IR-2026-014-legal.zip' };
}

beforeEach(async () => {
  await freshNotebook();
  await withResponder();
  const created = await notebook.createIncident({ title: 'Ransomware at Tokyo DC', code: 'IR-2026-014', severity: 'high', timeZone: 'Asia/Tokyo', anchors: [] });
  incident = (await getIncident(appDb, created.id))!;
  saved = [];
  saveFile.mockReset();
});
afterEach(tearDown);

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function takeIn(name: string, content: string): Promise<EvidenceItem> {
  const bytes = new TextEncoder().encode(content);
  return notebook.addEvidence({
    incidentId: incident.id,
    // Node's Blob, not happy-dom's: fake-indexeddb stores it as IndexedDB stores a browser Blob.
    file: new NodeBlob([bytes]) as unknown as Blob,
    originalName: name,
    sha256: sha256(bytes),
    detectedType: detectFileType(bytes, bytes.length),
    description: {
      description: `Copy of ${name}`,
      type: 'other',
      sourceSystemId: null,
      collectedBy: { name: 'Kenji Mori', role: 'Forensics' },
      collectedAt: '2026-11-23T00:40:00.000Z',
      collectedZone: 'UTC',
      method: 'robocopy /COPY:DAT',
      toolVersion: '10.0',
    },
    collection: { location: 'FS01', reason: '' },
    text: (n) => `Evidence #${n} collected`,
  });
}

async function openDialog() {
  render(<ExportBundleButton incident={incident} />);
  fireEvent.click(screen.getByRole('button', { name: 'Export evidence bundle…' }));
  return screen.findByRole('dialog', { name: 'Export evidence bundle' });
}

const lastAction = async (item: EvidenceItem) => (await custodyOf(appDb, item.id)).at(-1)!;

describe('export evidence bundle', () => {
  test('saves the signed ZIP, then records the export in the custody of every item but a disposed one', async () => {
    const note = await takeIn('README_RESTORE.txt', 'YOUR FILES ARE ENCRYPTED');
    const log = await takeIn('security.evtx', 'ElfFile\0');
    const shredded = await takeIn('usb-copy.bin', 'old copy');
    await notebook.appendCustody(shredded.id, { action: 'disposed', details: { authority: 'Legal', method: 'shredded' }, at: '2026-11-23T02:00:00.000Z', zone: 'UTC' }, 'disposed');
    saveFile.mockImplementation(saveToDisk);

    await openDialog();
    expect(await screen.findByText("3 items, 40 B. Once the bundle is saved, each item's custody records the export.")).toBeTruthy();
    expect(screen.getByText(/^Estimated size: about \d+(\.\d+)? kB$/)).toBeTruthy();
    const purpose = screen.getByLabelText('Purpose of the export') as HTMLInputElement;
    expect(purpose.value).toBe('evidence bundle for legal review');
    fireEvent.change(purpose, { target: { value: 'for outside counsel (Tanaka LLP)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }));

    await screen.findByRole('dialog', { name: 'Evidence bundle saved' }, { timeout: 10_000 });
    expect(saveFile).toHaveBeenCalledTimes(1);
    expect(saveFile.mock.calls[0]![0]).toMatchObject({ suggestedName: expect.stringMatching(/^lantern-IR-2026-014-\d{8}-\d{4}\.zip$/), mime: 'application/zip' });
    const zip = new ZipReader(new BlobReader(new Blob(saved as Uint8Array<ArrayBuffer>[])));
    const names = (await zip.getEntries()).map((entry) => entry.filename);
    expect(names.filter((name) => name.startsWith('data/evidence/'))).toEqual(['data/evidence/0001-README_RESTORE.txt', 'data/evidence/0002-security.evtx', 'data/evidence/0003-usb-copy.bin']);
    expect(names).toContain('signature.json');

    expect(screen.getByText(/^Saved as IR-2026-014-legal\.zip: 9 files of records and evidence/)).toBeTruthy();
    expect(screen.getByText('The export is now recorded in the custody of items #1, #2.')).toBeTruthy();
    expect(screen.getByText('Item #3 was disposed of: its custody chain is closed, so no export was recorded for it.')).toBeTruthy();
    for (const item of [note, log]) {
      expect(await lastAction(item)).toMatchObject({ action: 'exported', details: { destination: 'IR-2026-014-legal.zip', purpose: 'for outside counsel (Tanaka LLP)' } });
    }
    expect((await lastAction(shredded)).action).toBe('disposed');
    const entries = await appDb.entries.where('_refKeys').equals(`evidence:${note.id}`).toArray();
    expect(entries.at(-1)!.text).toBe('Evidence #1 exported to IR-2026-014-legal.zip; purpose: for outside counsel (Tanaka LLP)');

    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  test('records nothing when the save dialog is closed without saving', async () => {
    const note = await takeIn('README_RESTORE.txt', 'YOUR FILES ARE ENCRYPTED');
    saveFile.mockResolvedValue({ saved: false, name: null });
    await openDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }));
    expect(await screen.findByText('The bundle was not saved, so nothing was recorded. Export again when you are ready.')).toBeTruthy();
    expect((await lastAction(note)).action).toBe('collected');
  });

  test('cancel stops the export while it is being saved and records nothing', async () => {
    const note = await takeIn('memory.raw', 'x'.repeat(256 * 1024));
    let release!: () => void;
    const reading = new Promise<void>((started) =>
      saveFile.mockImplementation(async (request) => {
        const reader = (request.body as ReadableStream<Uint8Array>).getReader();
        await reader.read();
        const cancelled = new Promise<void>((resolve) => (release = resolve));
        started();
        await cancelled;
        // The stream errors once cancelled: the save fails, as a real save would.
        for (;;) if ((await reader.read()).done) break;
        return { saved: true, name: 'never.zip' };
      }),
    );
    await openDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }));
    await reading;
    fireEvent.click(screen.getByRole('button', { name: 'Cancel export' }));
    release();
    expect(await screen.findByText('Export cancelled: nothing was recorded in any custody chain.')).toBeTruthy();
    expect((await lastAction(note)).action).toBe('collected');
  });

  test('without the evidence files the bundle holds the records only and no custody changes', async () => {
    const note = await takeIn('README_RESTORE.txt', 'YOUR FILES ARE ENCRYPTED');
    saveFile.mockImplementation(saveToDisk);
    await openDialog();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Include the evidence files' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }));
    expect(await screen.findByText('No evidence files went into the bundle, so no custody chain records this export.', {}, { timeout: 10_000 })).toBeTruthy();
    const names = (await new ZipReader(new BlobReader(new Blob(saved as Uint8Array<ArrayBuffer>[]))).getEntries()).map((entry) => entry.filename);
    expect(names.some((name) => name.startsWith('data/evidence/'))).toBe(false);
    expect((await lastAction(note)).action).toBe('collected');
  });

  test('asks for a purpose before exporting', async () => {
    await openDialog();
    fireEvent.change(screen.getByLabelText('Purpose of the export'), { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Enter the purpose; nothing was recorded.');
    expect(saveFile).not.toHaveBeenCalled();
    expect(await screen.findByText('This incident has no evidence items: the bundle holds the log and the records.')).toBeTruthy();
  });
});
