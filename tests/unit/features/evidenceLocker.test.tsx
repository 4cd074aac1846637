// @vitest-environment happy-dom
// The evidence locker list: each item's custody form header, its file name shown safely,
// where its custody stands; rows open the item; Verify all re-hashes every stored file
// and names each item that failed, including one whose stored file is gone.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { EvidenceItem, EvidenceType } from '../../../shared/domain/evidence';
import type { Incident } from '../../../shared/domain/incident';
import { CodedError } from '../../../shared/result';
import { notebook } from '../../../renderer/data';
import { appDb } from '../../../renderer/data/app';
import { allEntries } from '../../../renderer/data/repositories/entries.read';
import { custodyOf } from '../../../renderer/data/repositories/evidence.read';
import { i18next } from '../../../renderer/i18n';
import { EvidenceView } from '../../../renderer/features/evidence/EvidenceView';
import { tearDown, freshIncident } from './notebookHarness';
import { addItem, storableBlob } from './evidenceItemHarness';

let incident: Incident;

beforeEach(async () => {
  incident = await freshIncident();
});
afterEach(tearDown);

const takeIn = (name: string, content: string, description: string, type: EvidenceType = 'other'): Promise<EvidenceItem> =>
  addItem(incident, content, { name, description: { description, type, collectedBy: { name: 'Kenji Mori', role: 'Forensics' }, collectedZone: 'UTC' } });

const renderLocker = (onOpenItem: (id: string | null) => void = () => {}) =>
  render(<EvidenceView incident={incident} itemId={null} onOpenItem={onOpenItem} />);

/** The table row of item #n. */
async function row(number: number): Promise<HTMLElement> {
  const table = await screen.findByRole('table');
  return within(table).getByText(`#${number}`).closest('tr')!;
}

describe('evidence locker', () => {
  test('explains how to add evidence when there is none', async () => {
    renderLocker();
    expect(await screen.findByRole('heading', { name: 'No evidence yet' })).toBeTruthy();
    expect(screen.getByText(/Drop files anywhere on this view, or choose them with “Add evidence…”/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Verify all' }) as HTMLButtonElement).disabled).toBe(true);
  });

  test('lists each item with its custody header, safe file name, size, hash and custody state; a row opens its item', async () => {
    const note = await takeIn('README_RESTORE.txt', 'YOUR FILES ARE ENCRYPTED', 'Ransom note from FS01', 'ransom-note');
    await takeIn('invoice\u202Etxt.exe', 'MZ\x90\x00', 'Attachment of the phishing mail', 'malware-sample');
    await takeIn('report.pdf.exe', 'MZ', 'Dropper found in Downloads', 'malware-sample');
    const onOpenItem = vi.fn();
    renderLocker(onOpenItem);

    const table = await screen.findByRole('table', { name: 'Evidence items (3)' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'No.', 'Description', 'Type', 'Original file name', 'Size', 'Detected type', 'SHA-256', 'Collected (at, by)', 'Custody',
    ]);
    const first = await row(1);
    expect(first.textContent).toContain('Ransom note');
    expect(first.textContent).toContain('README_RESTORE.txt');
    expect(first.textContent).toContain('24 B');
    expect(first.textContent).toContain('Plain text');
    expect(within(first).getByText(`${note.sha256.slice(0, 12)}…`).getAttribute('title')).toBe(note.sha256);
    expect(first.textContent).toContain('2026-11-23 09:40:00'); // collected at, in the incident's zone (Tokyo)
    expect(first.textContent).toContain('Kenji Mori (Forensics)');
    expect(first.textContent).toContain('Collected');
    expect(first.textContent).toContain('Not verified yet');
    expect(first.textContent).not.toContain('Suspicious name');

    const disguised = await row(2);
    const name = disguised.querySelector('bdi')!;
    expect(name.textContent).toBe('invoice⟨U+202E⟩txt.exe');
    expect(name.className).toContain('mono');
    expect(within(disguised).getByText('⟨U+202E⟩').tagName).toBe('MARK');
    expect(disguised.textContent).toContain('Suspicious name: hidden characters');
    expect(disguised.textContent).not.toContain('\u202E');
    expect((await row(3)).textContent).toContain('Suspicious name: double extension');

    fireEvent.click(within(first).getByRole('button', { name: 'Ransom note from FS01' }));
    expect(onOpenItem).toHaveBeenLastCalledWith(note.id);
    fireEvent.click(within(disguised).getByText('Malware sample'));
    expect(onOpenItem).toHaveBeenCalledTimes(2);
  });

  test('Verify all passes for intact items and records each verification', async () => {
    const a = await takeIn('a.txt', 'first', 'Item A');
    const b = await takeIn('b.txt', 'second', 'Item B');
    renderLocker();
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Verify all' }));
    expect(await screen.findByText('All 2 items verified: every SHA-256 matches.')).toBeTruthy();
    await waitFor(async () => expect(within(await row(2)).getByText('SHA-256 matches')).toBeTruthy());
    for (const item of [a, b]) {
      const events = await custodyOf(appDb, item.id);
      expect(events.at(-1)).toMatchObject({ action: 'verified', details: { result: 'pass', computedSha256: item.sha256 } });
    }
    const texts = (await allEntries(appDb, incident.id)).map((e) => e.text);
    expect(texts).toContain('Evidence #1 verified: SHA-256 matches (Item A)');
    expect(texts).toContain('Evidence #2 verified: SHA-256 matches (Item B)');
  });

  test('Verify all names every failed item: a replaced stored file and a missing one', async () => {
    await takeIn('a.txt', 'intact', 'Item A');
    const tampered = await takeIn('README.txt', 'YOUR FILES ARE ENCRYPTED', 'Ransom note from FS01', 'ransom-note');
    const lost = await takeIn('c.log', 'auth log', 'Auth log export', 'log-export');
    // Corrupt the stored bytes behind the app's back (same size, different content), and lose another file.
    await appDb.evidenceBlobs.put({ itemId: tampered.id, blob: storableBlob(new TextEncoder().encode('YOUR FILES ARE DECRYPTED')) });
    await appDb.evidenceBlobs.delete(lost.id);
    renderLocker();

    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Verify all' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe('2 of 3 items FAILED verification');
    const failures = within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(failures).toEqual([
      '#2 Ransom note from FS01: SHA-256 does NOT match the hash taken at collection',
      '#3 Auth log export: the stored file is missing',
    ]);

    await waitFor(async () => expect((await row(2)).textContent).toContain('SHA-256 does NOT match'));
    expect((await row(2)).className).toContain('ev-row-failed');
    expect((await row(3)).textContent).toContain('Stored file missing');
    expect((await row(1)).textContent).toContain('SHA-256 matches');
    expect((await custodyOf(appDb, tampered.id)).at(-1)).toMatchObject({ action: 'verified', details: { result: 'fail' } });
    expect((await allEntries(appDb, incident.id)).map((e) => e.text)).toContain('Evidence #2 verified: SHA-256 does NOT match (Ransom note from FS01)');
  });

  test('Verify all shows item k of n and the bytes hashed, and can be cancelled', async () => {
    await takeIn('a.txt', 'first', 'Item A');
    await takeIn('b.txt', 'second', 'Item B');
    // Hold the first verification half-way, as a large disk image would be, until it is cancelled.
    const verify = vi.spyOn(notebook, 'verifyEvidence').mockImplementation(
      (_id, _text, options) =>
        new Promise((_resolve, reject) => {
          options?.onProgress?.({ bytes: 6, total: 11, bytesPerSecond: 1, secondsLeft: 5 });
          options?.signal?.addEventListener('abort', () => reject(new CodedError('evidence.cancelled', 'cancelled')));
        }),
    );
    renderLocker();
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Verify all' }));

    const panel = await screen.findByRole('region', { name: 'Verify all evidence' });
    expect(await within(panel).findByText('Verifying item 1 of 2: #1 Item A')).toBeTruthy();
    const bar = within(panel).getByRole('progressbar', { name: 'Verify all evidence' });
    expect(bar.getAttribute('aria-valuenow')).toBe('54');
    expect(panel.textContent).toContain('6 B of 11 B');
    expect((screen.getByRole('button', { name: 'Verify all' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(within(panel).getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Cancelled after 0 of 2 items; the item being hashed was not recorded.')).toBeTruthy();
    expect(verify).toHaveBeenCalledTimes(1);
    verify.mockRestore();
  });

  test('in Japanese', async () => {
    await takeIn('README.txt', 'pay us', 'FS01 の脅迫文', 'ransom-note');
    await i18next.changeLanguage('ja');
    renderLocker();
    const table = await screen.findByRole('table', { name: '証拠一覧（1 件）' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      '番号', '説明', '種別', '元のファイル名', 'サイズ', '判定した形式', 'ハッシュ値（SHA-256）', '取得日時・取得者', '保管の連鎖',
    ]);
    expect((await row(1)).textContent).toContain('脅迫文（ランサムノート）');
    expect((await row(1)).textContent).toContain('未検証');
    expect(screen.getByRole('heading', { name: '証拠保管庫' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'すべて検証' }));
    expect(await screen.findByText('1 件を検証しました。ハッシュ値（SHA-256）はすべて一致しています。')).toBeTruthy();
    expect((await allEntries(appDb, incident.id)).map((e) => e.text)).toContain('証拠 #1 を検証：ハッシュ値（SHA-256）一致（FS01 の脅迫文）');
  });
});
