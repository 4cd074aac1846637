// @vitest-environment happy-dom
// Importing contacts: malformed entries are listed with where they start and what is wrong, in the
// responder's language; nothing is stored until the valid ones are confirmed; cancelling stores
// nothing; vCard files are read too; and exporting writes the responder's own and edited records
// as vCard or CSV.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { notebook } from '../../../renderer/data';
import { appDb } from '../../../renderer/data/app';
import { i18next } from '../../../renderer/i18n';
import { seedContact } from '../../../shared/seed/contacts';
import { ContactDraftSchema } from '../../../shared/domain/contact';
import { draftOf } from '../../../renderer/features/contacts/contactNames';
import { MAX_CSV_ROWS } from '../../../renderer/features/contacts/csv';
import { previewImport } from '../../../renderer/features/contacts/importPreview';
import { tearDown, freshResponder } from './notebookHarness';
import { renderDirectory, sectionRows } from './contactsHarness';

beforeEach(freshResponder);
afterEach(() => {
  tearDown();
  vi.restoreAllMocks();
});

const CSV = [
  'organization,person,role,category,country,phones,emails,references',
  'Example DFIR KK,Kenji Mori,Lead responder,IR retainer,JP,+81-90-1234-5678;24x7;oob;personal mobile,ir@example.co.jp,Contract=IR-7',
  'Broken Insurer,,,insurer-hotline,Atlantis,0120-000-000,,',
].join('\n');

async function openImport() {
  renderDirectory();
  await sectionRows('Authorities');
  fireEvent.click(screen.getByRole('button', { name: 'Import…' }));
  return screen.getByRole('dialog', { name: 'Import contacts' });
}

describe('ImportContactsDialog', () => {
  test('lists the malformed CSV row by line, stores nothing before confirm, then imports only the valid row', async () => {
    const dialog = await openImport();
    fireEvent.change(within(dialog).getByLabelText('Or paste the vCard or CSV text'), { target: { value: CSV } });

    expect(within(dialog).getByRole('status').textContent).toBe('CSV · 1 valid · 1 malformed');
    const malformed = within(dialog).getByRole('region', { name: 'Entries that cannot be imported' });
    expect(malformed.textContent).toContain('Line 3');
    expect(malformed.textContent).toContain('Unknown country "Atlantis" (JP, US, UK or EU).');
    const valid = within(dialog).getByRole('region', { name: 'Contacts to import' });
    expect(valid.textContent).toContain('Example DFIR KK');
    expect(valid.textContent).not.toContain('Broken Insurer');
    expect(await appDb.contacts.count()).toBe(0);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Import 1 contact' }));
    expect(await screen.findByText('Imported 1 contact.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    const stored = await appDb.contacts.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      kind: 'own', category: 'ir-retainer', country: 'JP', person: 'Kenji Mori', references: [{ label: 'Contract', value: 'IR-7' }],
      phones: [{ number: '+81-90-1234-5678', label: 'personal mobile', available24x7: true, outOfBand: true }],
    });
    const row = (await sectionRows('Vendors and partners')).find((r) => r.textContent!.includes('Example DFIR KK'));
    expect(row?.textContent).toContain('Out of band');
  });

  test('cancelling after the preview stores nothing', async () => {
    const dialog = await openImport();
    fireEvent.change(within(dialog).getByLabelText('Or paste the vCard or CSV text'), { target: { value: CSV } });
    expect(within(dialog).getByRole('button', { name: 'Import 1 contact' })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await appDb.contacts.count()).toBe(0);
  });

  test('reads a vCard file, lists a broken card by its number and line in Japanese, and cannot confirm nothing', async () => {
    await i18next.changeLanguage('ja');
    renderDirectory();
    await sectionRows('公的機関');
    fireEvent.click(screen.getByRole('button', { name: 'インポート…' }));
    const dialog = screen.getByRole('dialog', { name: '連絡先をインポート' });
    const input = dialog.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(input.accept).toContain('.vcf');

    const broken = ['BEGIN:VCARD', 'VERSION:4.0', 'FN:Nobody', 'TEL:not-a-number', 'END:VCARD'].join('\r\n');
    fireEvent.change(input, { target: { files: [new File([broken], 'partners.vcf', { type: 'text/vcard' })] } });
    const malformed = await within(dialog).findByRole('region', { name: '取り込めない項目' });
    expect(malformed.textContent).toContain('1 件目のカード（1 行目）');
    expect(malformed.textContent).toContain('4 行目：「not-a-number」は電話番号として読めません。');
    expect(within(dialog).getByText('有効な項目がないため、取り込めるものはありません。')).toBeTruthy();
    expect((within(dialog).getByRole('button', { name: '0 件をインポート' }) as HTMLButtonElement).disabled).toBe(true);

    const good = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Hanako Ito', 'ORG;LANGUAGE=ja:例示法律事務所', 'TEL;TYPE=cell,x-oob:090-0000-1111', 'CATEGORIES:counsel', 'END:VCARD'].join('\r\n');
    fireEvent.change(input, { target: { files: [new File([`${good}\r\n${broken}`], 'partners.vcf', { type: 'text/vcard' })] } });
    expect(await within(dialog).findByText('2 件目のカード（8 行目）')).toBeTruthy();
    expect(within(dialog).getByText('partners.vcf から読み込みました')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '1 件をインポート' }));
    await waitFor(async () => expect(await appDb.contacts.count()).toBe(1));
    expect((await appDb.contacts.toArray())[0]).toMatchObject({ person: 'Hanako Ito', organization: { en: '', ja: '例示法律事務所' }, category: 'counsel' });
  });

  test('in Japanese, says what is wrong with a malformed CSV row and a malformed vCard in Japanese', async () => {
    await i18next.changeLanguage('ja');
    renderDirectory();
    await sectionRows('公的機関');
    fireEvent.click(screen.getByRole('button', { name: 'インポート…' }));
    const dialog = screen.getByRole('dialog', { name: '連絡先をインポート' });
    const paste = within(dialog).getByLabelText('または vCard／CSV のテキストを貼り付け');
    const malformed = () => within(dialog).getByRole('region', { name: '取り込めない項目' });
    // The problems themselves: the list items that hold no list of their own.
    const problems = () => within(malformed()).getAllByRole('listitem').filter((item) => !item.querySelector('li')).map((item) => item.textContent);

    fireEvent.change(paste, { target: { value: CSV } });
    expect(within(dialog).getByRole('status').textContent).toBe('CSV · 有効 1 件 · 不正 1 件');
    expect(within(malformed()).getByText('3 行目')).toBeTruthy();
    expect(problems()).toEqual(['国・地域「Atlantis」は不明です（JP、US、UK、EU のいずれか）。']);

    const vcard = ['BEGIN:VCARD', 'VERSION:3.0', 'TEL:03-0000-0000', 'URL:ftp://files.example', 'END:VCARD', 'BEGIN:VCARD', 'VERSION:4.0', 'FN:Cut short'].join('\r\n');
    fireEvent.change(paste, { target: { value: vcard } });
    expect(within(dialog).getByRole('status').textContent).toBe('vCard · 有効 0 件 · 不正 2 件');
    expect(within(malformed()).getByText('1 件目のカード（1 行目）')).toBeTruthy();
    expect(within(malformed()).getByText('2 件目のカード（6 行目）')).toBeTruthy();
    expect(problems()).toEqual([
      '4 行目：Web「ftp://files.example」は http(s) のリンクではありません。',
      '組織名も担当者名もありません（vCard は FN または ORG、CSV は organization または person が必要）。',
      'ファイルの終わりまでに END:VCARD がありません。',
    ]);
  });
});

describe('previewImport', () => {
  test('tells vCard from CSV by content and reports a cut file apart from its malformed entries', () => {
    expect(previewImport('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nEND:VCARD', 'contacts.csv').format).toBe('vcard');
    expect(previewImport('organization\nA', 'contacts.txt').format).toBe('csv');
    const rows = Array.from({ length: MAX_CSV_ROWS + 3 }, (_, i) => `Org ${i}`);
    const preview = previewImport(['organization', ...rows].join('\n'));
    expect(preview.valid).toHaveLength(MAX_CSV_ROWS);
    expect(preview.cutAt).toBe(MAX_CSV_ROWS);
    expect(preview.malformed).toEqual([]);
  });

  test('every problem code the parsers can give, and every field they can name, has an English and a Japanese text', () => {
    const root = join(import.meta.dirname, '../../..');
    const source = ['shared/contacts/vcard.ts', 'shared/contacts/importProblems.ts', 'renderer/features/contacts/csv.ts']
      .map((file) => readFileSync(join(root, file), 'utf8')).join('\n');
    // Every quoted word after `code:` (a ternary gives two).
    const codes = new Set([...source.matchAll(/code: ([^,}]+)/g)].flatMap((m) => [...m[1]!.matchAll(/'(\w+)'/g)].map((q) => q[1]!)));
    expect(codes).toContain('tooMany');
    expect(codes.size).toBeGreaterThanOrEqual(22);
    const fields = [...Object.keys(ContactDraftSchema.shape), 'phoneLabel', 'referenceLabel', 'referenceValue', 'contact'];
    for (const language of ['en', 'ja']) {
      const { problem } = JSON.parse(readFileSync(join(root, `renderer/i18n/locales/${language}/contacts.json`), 'utf8')) as { problem: Record<string, unknown> & { fieldName: Record<string, string> } };
      expect([...codes].filter((code) => typeof problem[code] !== 'string'), language).toEqual([]);
      expect(fields.filter((field) => !problem.fieldName[field]), language).toEqual([]);
    }
  });
});

describe('ExportContactsDialog', () => {
  test('exports own and edited records as vCard 4.0 or CSV, or the whole directory', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:export';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await notebook.saveContact('jp-110', { ...draftOf(seedContact('jp-110')!), person: 'Desk sergeant Ito' });
    await notebook.importContacts([{ ...draftOf(seedContact('v-edr')!), organization: { en: 'Example EDR', ja: '' }, phones: [{ number: '0120-111-222', label: null, available24x7: true, outOfBand: false }] }]);

    renderDirectory();
    await sectionRows('Authorities');
    fireEvent.click(screen.getByRole('button', { name: 'Export (vCard / CSV)…' }));
    const dialog = screen.getByRole('dialog', { name: 'Export contacts' });
    expect(within(dialog).getByRole('radio', { name: /Your contacts and edited records \(2\)/ })).toHaveProperty('checked', true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save vCard (.vcf)' }));
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: notebook.deviceZone() }).format(notebook.now());
    expect(names).toEqual([`lantern-contacts-${day}.vcf`]);
    const vcf = await blobs[0]!.text();
    expect(vcf.match(/BEGIN:VCARD/g)).toHaveLength(2);
    expect(vcf).toContain('VERSION:4.0');
    expect(vcf).toContain('FN:Desk sergeant Ito');
    expect(vcf).toContain('Example EDR');
    expect(within(dialog).getByRole('status').textContent).toBe(`Saved lantern-contacts-${day}.vcf (2 contacts).`);

    fireEvent.click(within(dialog).getByRole('radio', { name: /The whole directory/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save CSV' }));
    const csv = await blobs[1]!.text();
    expect(names[1]).toBe(`lantern-contacts-${day}.csv`);
    expect(csv).toContain('Police emergency');
    expect(csv).toContain('JPCERT/CC');
    expect(csv).not.toContain('(your IR retainer / DFIR firm)'); // empty slots are left out
  });
});
