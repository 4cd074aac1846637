// @vitest-environment happy-dom
// Evidence intake: files chosen or dropped open the custody form; confirming hashes each
// file and stores it as the next item with a "collected" custody event and a log entry.
// A cancelled or refused file stores nothing; files already done stay done.
import { createHash } from 'node:crypto';
import { File as NodeFile } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Incident } from '../../../shared/domain/incident';
import { CodedError } from '../../../shared/result';
import { notebook } from '../../../renderer/data';
import { appDb } from '../../../renderer/data/app';
import { allEntries } from '../../../renderer/data/repositories/entries.read';
import { custodyOf, evidenceOf } from '../../../renderer/data/repositories/evidence.read';
import { i18next } from '../../../renderer/i18n';
import { EvidenceView } from '../../../renderer/features/evidence/EvidenceView';
import { tearDown, freshIncident } from './notebookHarness';

let incident: Incident;

beforeEach(async () => {
  incident = await freshIncident();
});
afterEach(() => {
  tearDown();
  vi.restoreAllMocks();
});

const change = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });
const sha256 = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex');
// Node's File, not happy-dom's: fake-indexeddb can store it, as IndexedDB stores a browser File.
const file = (name: string, content: string | Uint8Array) => new NodeFile([content], name) as unknown as File;
const evidenceEntries = async () => (await allEntries(appDb, incident.id)).filter((entry) => entry.kind === 'evidence');

const HASH_CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * A file whose bytes after the first 4 MiB arrive only when `release` is called:
 * the test sees the progress of a long hash and can cancel it half-way.
 */
function slowFile(name: string, size: number) {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const slice = (start = 0, end = size) => ({
    size: end - start,
    arrayBuffer: async () => {
      if (start >= HASH_CHUNK_BYTES) await gate;
      return new ArrayBuffer(end - start);
    },
  });
  const stream = () => {
    let sent = 0;
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (sent >= size) return controller.close();
        if (sent >= HASH_CHUNK_BYTES) await gate;
        const length = Math.min(HASH_CHUNK_BYTES, size - sent);
        sent += length;
        controller.enqueue(new Uint8Array(length));
      },
    });
  };
  return { file: { name, size, type: '', slice, stream } as unknown as File, release };
}

function renderLocker() {
  render(<EvidenceView incident={incident} itemId={null} onOpenItem={() => {}} />);
}

async function choose(...files: File[]) {
  renderLocker();
  await screen.findByRole('heading', { name: 'No evidence yet' });
  fireEvent.change(screen.getByLabelText('Choose files to add as evidence'), { target: { files } });
}

/** The intake dialog, once the profile and systems it needs for defaults have loaded. */
async function intakeDialog(name: string): Promise<HTMLElement> {
  const dialog = await screen.findByRole('dialog', { name });
  await waitFor(() => expect(dialog.querySelector('form')).not.toBeNull());
  return dialog;
}

function describeFile(dialog: HTMLElement, group: string, description: string, type: string) {
  const fields = within(dialog).getByRole('group', { name: group });
  change(within(fields).getByLabelText('Description'), description);
  change(within(fields).getByLabelText('Type'), type);
}

describe('evidence intake', () => {
  test('two chosen files: the form asks for what is missing, then both are hashed and stored as #1 and #2', async () => {
    const note = 'YOUR FILES ARE ENCRYPTED. Contact us at evil@example.';
    const shot = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    await choose(file('README_RESTORE.txt', note), file('console.png', shot));
    const dialog = await intakeDialog('Add evidence: 2 files');
    expect((within(dialog).getByLabelText('Collected by') as HTMLInputElement).value).toBe('Aiko Sato');
    expect((within(dialog).getByLabelText('Role') as HTMLInputElement).value).toBe('Scribe');
    expect((within(dialog).getByLabelText('Same collection details for every file') as HTMLInputElement).checked).toBe(true);

    // Nothing is started until every file is described and the method is given.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add 2 files as evidence' }));
    expect(within(dialog).getAllByText('Describe the item; the description goes on the custody form.')).toHaveLength(2);
    expect(within(dialog).getByText('Enter the method or tool used to collect it.')).toBeTruthy();
    expect(await evidenceOf(appDb, incident.id)).toHaveLength(0);

    describeFile(dialog, 'File 1: README_RESTORE.txt', 'Ransom note from the FS01 share', 'ransom-note');
    describeFile(dialog, 'File 2: console.png', 'Screenshot of the ESXi console', 'screenshot');
    change(within(dialog).getByLabelText('Method or tool'), 'robocopy /COPY:DAT');
    change(within(dialog).getByLabelText('Tool version'), '10.0.22621');
    change(within(dialog).getByLabelText('Location'), 'FS01 \\\\fs01\\share');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add 2 files as evidence' }));

    expect(await within(dialog).findByText('Added 2 of 2: evidence #1, #2.')).toBeTruthy();
    expect(within(dialog).getByText('Added as evidence #1')).toBeTruthy();
    const items = await evidenceOf(appDb, incident.id);
    expect(items.map((i) => [i.itemNumber, i.originalName, i.sha256, i.type])).toEqual([
      [1, 'README_RESTORE.txt', sha256(note), 'ransom-note'],
      [2, 'console.png', sha256(shot), 'screenshot'],
    ]);
    expect(items[0]).toMatchObject({
      description: 'Ransom note from the FS01 share',
      collectedBy: { name: 'Aiko Sato', role: 'Scribe' },
      collectedZone: 'Asia/Tokyo',
      method: 'robocopy /COPY:DAT',
      toolVersion: '10.0.22621',
      sourceSystemId: null,
      size: note.length,
    });
    expect(items[1]!.detectedType).toMatchObject({ mime: 'image/png', label: 'PNG image' });
    for (const item of items) {
      const events = await custodyOf(appDb, item.id);
      expect(events).toMatchObject([{ seq: 1, action: 'collected', details: { location: 'FS01 \\\\fs01\\share', reason: '', sha256: item.sha256 } }]);
    }
    expect((await evidenceEntries()).map((e) => e.text)).toEqual([
      `Evidence #1 collected: Ransom note from the FS01 share; file README_RESTORE.txt (SHA-256 ${sha256(note)})`,
      `Evidence #2 collected: Screenshot of the ESXi console; file console.png (SHA-256 ${sha256(shot)})`,
    ]);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    const table = await screen.findByRole('table', { name: 'Evidence items (2)' });
    expect(within(table).getAllByRole('row')[1]!.textContent).toContain('Ransom note from the FS01 share');
  });

  test('collection details can differ per file: unticking "same for every file" starts each from the shared values', async () => {
    await choose(file('a.evtx', 'ElfFile\0'), file('b.evtx', 'ElfFile\0 second'));
    const dialog = await intakeDialog('Add evidence: 2 files');
    change(within(dialog).getByLabelText('Method or tool'), 'wevtutil epl');
    fireEvent.click(within(dialog).getByLabelText('Same collection details for every file'));
    const second = within(dialog).getByRole('group', { name: 'File 2: b.evtx' });
    expect((within(second).getByLabelText('Method or tool') as HTMLInputElement).value).toBe('wevtutil epl');
    change(within(second).getByLabelText('Method or tool'), 'copied from the SIEM');
    describeFile(dialog, 'File 1: a.evtx', 'Security log of DC01', 'log-export');
    describeFile(dialog, 'File 2: b.evtx', 'Security log of DC02', 'log-export');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add 2 files as evidence' }));

    expect(await within(dialog).findByText('Added 2 of 2: evidence #1, #2.')).toBeTruthy();
    expect((await evidenceOf(appDb, incident.id)).map((i) => i.method)).toEqual(['wevtutil epl', 'copied from the SIEM']);
  });

  test('shows progress while hashing; cancelling stores nothing for that file, and the next one can go on', async () => {
    const slow = slowFile('disk.E01', 3 * HASH_CHUNK_BYTES);
    await choose(slow.file, file('after.txt', 'second file'));
    const dialog = await intakeDialog('Add evidence: 2 files');
    describeFile(dialog, 'File 1: disk.E01', 'Image of FS01 system disk', 'disk-image');
    describeFile(dialog, 'File 2: after.txt', 'Analyst notes', 'other');
    change(within(dialog).getByLabelText('Method or tool'), 'FTK Imager');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add 2 files as evidence' }));

    const bar = await within(dialog).findByRole('progressbar', { name: 'SHA-256 of disk.E01' });
    await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe('33'));
    expect(within(dialog).getByText('4 MB of 12 MB')).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await within(dialog).findByText('Cancelled: nothing was stored for this file.')).toBeTruthy();
    slow.release();
    expect(within(dialog).getByText('1 more waiting: try the stopped file again or skip it to continue.', { exact: false })).toBeTruthy();
    expect(await evidenceOf(appDb, incident.id)).toHaveLength(0);
    expect(await evidenceEntries()).toHaveLength(0);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Skip and continue' }));
    expect(await within(dialog).findByText('Added 1 of 2: evidence #1.')).toBeTruthy();
    expect((await evidenceOf(appDb, incident.id)).map((i) => [i.itemNumber, i.originalName])).toEqual([[1, 'after.txt']]);
    expect(within(dialog).getByText('Skipped: not stored')).toBeTruthy();
  });

  test('a refused intake (storage full) says so, stores nothing, and can be tried again', async () => {
    const addEvidence = vi.spyOn(notebook, 'addEvidence').mockRejectedValueOnce(new CodedError('evidence.quota', 'QuotaExceededError'));
    await choose(file('memdump.raw', 'memory bytes'));
    const dialog = await intakeDialog('Add evidence: 1 file');
    describeFile(dialog, 'File 1: memdump.raw', 'Memory of WS-17', 'memory-image');
    change(within(dialog).getByLabelText('Method or tool'), 'winpmem');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add 1 file as evidence' }));

    expect(await within(dialog).findByRole('alert')).toHaveProperty(
      'textContent',
      "There is not enough storage for this file: the disk or the app's storage quota is full. Nothing was stored; the notebook is unchanged. Free disk space (or take in smaller files) and try again.",
    );
    expect(within(dialog).getByText('Not stored')).toBeTruthy();
    expect(await evidenceOf(appDb, incident.id)).toHaveLength(0);
    expect(await evidenceEntries()).toHaveLength(0);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Try again' }));
    expect(await within(dialog).findByText('Added 1 of 1: evidence #1.')).toBeTruthy();
    expect(addEvidence).toHaveBeenCalledTimes(2);
    expect(await evidenceOf(appDb, incident.id)).toHaveLength(1);
  });

  test('dropping files on the locker opens the form; a name with a right-to-left override is shown and flagged', async () => {
    renderLocker();
    const empty = await screen.findByRole('heading', { name: 'No evidence yet' });
    const view = empty.closest('.ev-view') as HTMLElement;
    const dropped = file('invoice\u202Etxt.exe', 'MZ');
    fireEvent.dragEnter(view, { dataTransfer: { types: ['Files'], files: [] } });
    expect(screen.getByText('Drop to add as evidence')).toBeTruthy();
    fireEvent.drop(view, { dataTransfer: { types: ['Files'], files: [dropped] } });
    expect(screen.queryByText('Drop to add as evidence')).toBeNull();

    const dialog = await intakeDialog('Add evidence: 1 file');
    const group = within(dialog).getByRole('group', { name: 'File 1: invoice⟨U+202E⟩txt.exe' });
    expect(group.querySelector('bdi')!.textContent).toBe('invoice⟨U+202E⟩txt.exe');
    expect(within(group).getByText('Suspicious name: hidden characters')).toBeTruthy();
    expect(group.textContent).not.toContain('\u202E');
  });

  test('warns before an intake that would nearly fill the free space', async () => {
    Object.defineProperty(navigator, 'storage', { configurable: true, value: { estimate: async () => ({ quota: 2048, usage: 1024 }) } });
    try {
      await choose(file('big.log', 'x'.repeat(1000)));
      const dialog = await intakeDialog('Add evidence: 1 file');
      expect(await within(dialog).findByText('Free space for this notebook: about 1 kB. These files: 1,000 B.')).toBeTruthy();
      expect(within(dialog).getByRole('alert').textContent).toContain('These files take more than 90% of the free space: intake may fail.');
    } finally {
      delete (navigator as { storage?: unknown }).storage;
    }
  });

  test('refuses more than 100 files at once', async () => {
    await choose(...Array.from({ length: 101 }, (_, i) => file(`log-${i}.txt`, 'x')));
    expect(await screen.findByText('Take in at most 100 files at a time.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('in Japanese: the form speaks as a Japanese DFIR team does and the log text is Japanese', async () => {
    await i18next.changeLanguage('ja');
    renderLocker();
    await screen.findByRole('heading', { name: '証拠はまだありません' });
    fireEvent.change(screen.getByLabelText('証拠として追加するファイルを選択'), { target: { files: [file('README.txt', 'pay us')] } });
    const dialog = await intakeDialog('証拠を追加（1 件）');
    const group = within(dialog).getByRole('group', { name: 'ファイル 1：README.txt' });
    change(within(group).getByLabelText('説明'), 'FS01 共有フォルダの脅迫文');
    const type = within(group).getByLabelText('種別') as HTMLSelectElement;
    expect([...type.options].map((o) => o.text)).toContain('脅迫文（ランサムノート）');
    change(type, 'ransom-note');
    expect((within(dialog).getByLabelText('取得者') as HTMLInputElement).value).toBe('Aiko Sato');
    expect(within(dialog).getByRole('group', { name: '取得日時' })).toBeTruthy();
    change(within(dialog).getByLabelText('取得方法・ツール'), 'エクスプローラーでコピー');
    fireEvent.click(within(dialog).getByRole('button', { name: '1 件を証拠として追加' }));

    expect(await within(dialog).findByText('1 件中 1 件を証拠 #1 として追加しました。')).toBeTruthy();
    expect((await evidenceEntries())[0]!.text).toBe(`証拠 #1 を取得：FS01 共有フォルダの脅迫文（ファイル名 README.txt、SHA-256 ${sha256('pay us')}）`);
  });
});
