// @vitest-environment happy-dom
// The evidence item page shows a file without ever opening it: raster images as <img>
// from a blob: URL typed by detection, small plain text as text, anything else (the
// EICAR test file, HTML) never rendered; hostile file names made visible and explained.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Incident } from '../../../shared/domain/incident';
import { appDb } from '../../../renderer/data/app';
import { i18next } from '../../../renderer/i18n';
import { addItem, EICAR_TEXT, PNG, renderItemPage } from './evidenceItemHarness';
import { tearDown, freshIncident } from './notebookHarness';

let incident: Incident;
let created: Blob[];

beforeEach(async () => {
  incident = await freshIncident();
  created = [];
  let next = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    created.push(blob as Blob);
    return `blob:lantern/${++next}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
});
afterEach(() => {
  tearDown();
  vi.restoreAllMocks();
});

const preview = () => screen.findByRole('region', { name: 'Preview' });

describe('preview', () => {
  test('a PNG shows as an <img> from a blob: URL typed image/png whatever the file claimed, revoked on leaving', async () => {
    const item = await addItem(incident, PNG, { name: 'console.png', claimedType: 'text/html', description: { type: 'screenshot' } });
    const { unmount } = renderItemPage(incident, item);
    const image = await within(await preview()).findByRole('img', { name: 'Image of evidence item #1: Ransom note found on FS01' });
    await waitFor(() => expect(image.getAttribute('src')).toBe('blob:lantern/1'));
    expect(created).toHaveLength(1);
    expect(created[0]!.type).toBe('image/png');
    expect(created[0]!.size).toBe(PNG.length);
    unmount();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:lantern/1');
  });

  test('the EICAR test file shows only as hex: offset, bytes and ASCII, never as text', async () => {
    const item = await addItem(incident, EICAR_TEXT, { name: 'eicar.com.txt', description: { type: 'malware-sample' } });
    const { container } = renderItemPage(incident, item);
    const hex = await within(await preview()).findByRole('region', { name: 'Hex view' });
    const first = hex.querySelector('.ev-hex-line')!;
    expect(first.textContent).toContain('00000000');
    expect(first.textContent).toContain('58 35 4F 21');
    expect(within(await preview()).getByText(`All ${EICAR_TEXT.length} bytes, as hex.`)).toBeTruthy();
    expect(container.querySelector('pre')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(URL.createObjectURL).not.toHaveBeenCalled();
    // 68 bytes: five lines of 16, the last one short.
    expect(hex.querySelectorAll('.ev-hex-line')).toHaveLength(5);
  });

  test('a binary file larger than 64 KB shows the first 64 KB as hex, rendering only the lines in view', async () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 7) & 0xff);
    bytes.set([0x4d, 0x5a], 0); // "MZ": an executable
    const item = await addItem(incident, bytes, { name: 'payload.exe', description: { type: 'malware-sample' } });
    renderItemPage(incident, item);
    const hex = await within(await preview()).findByRole('region', { name: 'Hex view' });
    expect(within(await preview()).getByText('The first 65,536 of 200,000 bytes, as hex.')).toBeTruthy();
    // The size reads as it does in the locker's list.
    expect(within(screen.getByRole('region', { name: 'Chain-of-custody form' })).getByText('200,000 bytes (195 kB)')).toBeTruthy();
    const rendered = hex.querySelectorAll('.ev-hex-line');
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(100);
    expect(rendered[0]!.textContent).toMatch(/^00000000\s*4D 5A 0E 15/);
  });

  test('plain text shows as text in a <pre>, with a note that nothing in it runs', async () => {
    const item = await addItem(incident, 'YOUR FILES ARE ENCRYPTED\nContact us at evil@example.onion\n', { name: 'README_RESTORE.txt' });
    const { container } = renderItemPage(incident, item);
    await within(await preview()).findByText(/Shown as plain text \(utf-8\)/);
    const text = container.querySelector('pre')!;
    expect(text.textContent).toBe('YOUR FILES ARE ENCRYPTED\nContact us at evil@example.onion\n');
    expect(container.querySelector('.ev-hex')).toBeNull();
  });

  test('an HTML file is shown as its source text: none of its elements reach the page', async () => {
    const html = '<html><body><h1 id="pwned">Pay now</h1><script>window.pwned = true</script><img src="x" onerror="window.pwned=true"><svg onload="1"></svg></body></html>';
    const item = await addItem(incident, html, { name: 'decrypt_instructions.html', claimedType: 'text/html' });
    const { container } = renderItemPage(incident, item);
    await within(await preview()).findByText(/Shown as plain text/);
    expect(container.querySelector('pre')!.textContent).toBe(html);
    expect(container.querySelector('#pwned, h1, script, svg, iframe, object, embed')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect((window as unknown as { pwned?: boolean }).pwned).toBeUndefined();
  });

  test('a missing stored file says so instead of a preview', async () => {
    const item = await addItem(incident, 'note');
    await appDb.evidenceBlobs.delete(item.id);
    renderItemPage(incident, item);
    expect(await within(await preview()).findByText(/The stored file of item #1 is missing from this notebook/)).toBeTruthy();
  });
});

describe('custody form header', () => {
  test('shows the item, its type, hash, size, detected type and an intact chain', async () => {
    const item = await addItem(incident, PNG, { name: 'console.png', description: { type: 'screenshot', description: 'Console of FS01\nwith the ransom banner' } });
    renderItemPage(incident, item);
    expect(await screen.findByRole('heading', { name: '#1 Console of FS01' })).toBeTruthy();
    const form = screen.getByRole('region', { name: 'Chain-of-custody form' });
    expect(within(form).getByText('Screenshot or photo')).toBeTruthy();
    expect(within(form).getByText(item.sha256)).toBeTruthy();
    expect(within(form).getByText(`${PNG.length} bytes (${PNG.length} B)`)).toBeTruthy();
    expect(within(form).getByText('PNG image')).toBeTruthy();
    expect(within(form).getByText("Detected from the file's contents, not its name.")).toBeTruthy();
    expect(within(form).getByText('robocopy /COPY:DAT (version 10.0)')).toBeTruthy();
    expect(within(form).getByText('Tokyo DC rack 4')).toBeTruthy();
    expect(within(form).getByText('2026-11-23 09:40:00')).toBeTruthy();
    expect(screen.getByText('Custody chain intact')).toBeTruthy();
    expect(screen.getByText('not verified since intake')).toBeTruthy();
  });

  test('a name with a right-to-left override shows the marker and says why it is suspicious', async () => {
    const item = await addItem(incident, 'x', { name: 'invoice\u202Efdp.exe' });
    renderItemPage(incident, item);
    const form = await screen.findByRole('region', { name: 'Chain-of-custody form' });
    const name = form.querySelector('.ev-name-text')!;
    expect(name.textContent).toBe('invoice⟨U+202E⟩fdp.exe');
    expect(name.textContent).not.toContain('\u202E');
    expect(within(form).getByText('⟨U+202E⟩').tagName).toBe('MARK');
    const warning = within(form).getByRole('note');
    expect(warning.textContent).toContain('This file name may be misleading');
    expect(warning.textContent).toContain('hidden characters');
  });

  test('a double extension and a trailing dot are explained; a plain name has no warning', async () => {
    const disguised = await addItem(incident, 'x', { name: 'invoice.pdf.exe' });
    const { unmount } = renderItemPage(incident, disguised);
    const warning = await screen.findByRole('note');
    expect(warning.textContent).toContain('harmless-looking');
    expect(warning.textContent).not.toContain('hidden characters');
    unmount();
    const trailing = await addItem(incident, 'x', { name: 'report.pdf.' });
    const second = renderItemPage(incident, trailing);
    expect((await screen.findByRole('note')).textContent).toContain('ends with a dot or a space');
    second.unmount();
    const plain = await addItem(incident, 'x', { name: 'notes.txt' });
    renderItemPage(incident, plain);
    await screen.findByRole('region', { name: 'Chain-of-custody form' });
    expect(screen.queryByText('This file name may be misleading')).toBeNull();
  });

  test('in Japanese', async () => {
    await i18next.changeLanguage('ja');
    const item = await addItem(incident, EICAR_TEXT, { name: 'eicar.com', description: { type: 'malware-sample' } });
    renderItemPage(incident, item);
    const form = await screen.findByRole('region', { name: '証拠保全記録（Chain of Custody）' });
    expect(within(form).getByText('マルウェア検体')).toBeTruthy();
    expect(within(form).getByText('取得時の SHA-256')).toBeTruthy();
    expect(within(form).getByText(`${EICAR_TEXT.length} バイト（${EICAR_TEXT.length} B）`)).toBeTruthy();
    expect(screen.getByText('保管の連鎖：改ざんなし')).toBeTruthy();
    expect(await screen.findByRole('region', { name: '16進ダンプ' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '引き渡しを記録…' })).toBeTruthy();
  });
});
