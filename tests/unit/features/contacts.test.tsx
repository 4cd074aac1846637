// @vitest-environment happy-dom
// The contacts directory: search in both languages, filters, editing a shipped record and
// restoring it, own contacts with out-of-band phones, refused saves, engaging a contact in an
// incident, and the printed contact sheet.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SEED_CONTACTS } from '../../../shared/seed/contacts';
import { notebook } from '../../../renderer/data';
import { appDb } from '../../../renderer/data/app';
import { allEntries } from '../../../renderer/data/repositories/entries.read';
import { i18next } from '../../../renderer/i18n';
import { tearDown, openIncident, freshResponder } from './notebookHarness';
import { openedPrintView, stubPrintDialog } from './printHarness';
import { allRows, renderDirectory, sectionRows } from './contactsHarness';

beforeEach(freshResponder);
afterEach(() => {
  tearDown();
  vi.restoreAllMocks();
});

const change = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });
const rowNames = () => allRows().map((row) => row.querySelector('.contact-row-title')!.textContent);

describe('directory list', () => {
  test('finds the prefectural police cyber desks by a Japanese word, in either UI language', async () => {
    renderDirectory();
    await sectionRows('Authorities');
    fireEvent.keyDown(document.body, { key: '/' });
    const search = screen.getByRole('searchbox', { name: 'Search contacts' });
    expect(document.activeElement).toBe(search);

    change(search, 'サイバー犯罪');
    expect(rowNames()).toEqual(['Prefectural police cyber-crime desks (list)']);
    expect(allRows()[0]!.textContent).toContain('都道府県警察本部のサイバー犯罪相談窓口');
    expect(allRows()[0]!.textContent).toContain('Check before use'); // its numbers are from an old copy

    change(search, 'no such contact anywhere');
    expect(allRows()).toHaveLength(0);
    expect(screen.getByRole('heading', { name: 'No contact matches' })).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Clear filters' }).at(-1)!);
    expect((search as HTMLInputElement).value).toBe('');
    expect(allRows().length).toBeGreaterThan(30);

    await i18next.changeLanguage('ja');
    change(screen.getByRole('searchbox', { name: '連絡先を検索' }), '警察 サイバー犯罪');
    await waitFor(() => expect(rowNames()).toEqual(['都道府県警察本部のサイバー犯罪相談窓口']));
  });

  test('filters by category and country, and finds a number typed with other separators', async () => {
    renderDirectory();
    await sectionRows('Authorities');
    change(screen.getByRole('combobox', { name: 'Category' }), 'police');
    change(screen.getByRole('combobox', { name: 'Country' }), 'UK');
    const ukPolice = SEED_CONTACTS.filter((c) => c.category === 'police' && c.country === 'UK').map((c) => c.organization!.en);
    expect(ukPolice.length).toBeGreaterThan(0);
    expect(rowNames()).toEqual(ukPolice);
    expect(screen.getByText(`${ukPolice.length} of`, { exact: false })).toBeTruthy();

    change(screen.getByRole('combobox', { name: 'Country' }), '');
    change(screen.getByRole('combobox', { name: 'Category' }), 'vendors');
    expect(screen.queryByRole('region', { name: 'Authorities' })).toBeNull();
    const vendors = await sectionRows('Vendors and partners');
    // The 15 empty slots, plus shipped authorities' vendor-side records (card schemes, ISACs).
    expect(vendors.filter((row) => row.textContent!.includes('To fill in'))).toHaveLength(15);
    expect(rowNames()).toContain('(your IR retainer / DFIR firm)');
    expect(rowNames()).toContain('Visa Fraud Control / Investigations');

    change(screen.getByRole('combobox', { name: 'Category' }), '');
    change(screen.getByRole('searchbox', { name: 'Search contacts' }), '9110');
    expect(rowNames()).toEqual(['Police consultation line']);
  });
});

describe('contact page', () => {
  test('edits a shipped record beside its original, then restores the original', async () => {
    renderDirectory(null, 'jp-110');
    await screen.findByRole('heading', { level: 2, name: 'Police emergency' });
    expect(screen.queryByRole('button', { name: 'Restore original' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Police emergency' });
    change(within(dialog).getByLabelText('Person'), 'Desk sergeant Ito');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add reference' }));
    change(within(dialog).getByLabelText('Reference 1 label'), 'Case');
    change(within(dialog).getByLabelText('Reference 1 number'), 'TKY-2026-0412');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Edited')).toBeTruthy();
    expect(screen.getByText('TKY-2026-0412')).toBeTruthy();
    const stored = await appDb.contacts.get('jp-110');
    expect(stored).toMatchObject({ kind: 'seed', person: 'Desk sergeant Ito', references: [{ label: 'Case', value: 'TKY-2026-0412' }], sources: ['S25'] });
    expect(stored!.phones[0]).toMatchObject({ number: '110', available24x7: true });

    fireEvent.click(screen.getByRole('button', { name: 'Restore original' }));
    const confirm = screen.getByRole('dialog', { name: 'Restore the original of Police emergency?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Restore original' }));
    await waitFor(() => expect(screen.queryByText('Edited')).toBeNull());
    expect(screen.queryByText('TKY-2026-0412')).toBeNull();
    expect(await appDb.contacts.get('jp-110')).toBeUndefined();
  });

  test('a new own contact with a 24/7 out-of-band phone is stored and opened', async () => {
    const onOpen = vi.fn();
    renderDirectory(null, null, onOpen);
    await sectionRows('Authorities');
    fireEvent.click(screen.getByRole('button', { name: 'New contact' }));
    const dialog = screen.getByRole('dialog', { name: 'New contact' });
    change(within(dialog).getByLabelText('Organisation (English)'), 'Example DFIR KK');
    change(within(dialog).getByLabelText('Organisation (Japanese)'), '株式会社イグザンプルDFIR');
    change(within(dialog).getByLabelText('Person'), 'Kenji Mori');
    change(within(dialog).getByLabelText('Category'), 'ir-retainer');
    change(within(dialog).getByLabelText('Country'), 'JP');
    const phone = within(dialog).getByRole('group', { name: 'Phone 1' });
    change(within(phone).getByLabelText('Phone 1 number'), '+81-90-1234-5678');
    change(within(phone).getByLabelText('Phone 1 label'), 'personal mobile');
    fireEvent.click(within(phone).getByLabelText('24/7'));
    fireEvent.click(within(phone).getByLabelText('Out of band'));
    change(within(dialog).getByLabelText('E-mails'), 'ir@example.co.jp\n');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add contact' }));

    await waitFor(() => expect(onOpen).toHaveBeenCalledWith(expect.any(String)));
    const [stored] = await appDb.contacts.toArray();
    expect(stored).toMatchObject({
      kind: 'own', category: 'ir-retainer', country: 'JP', person: 'Kenji Mori', emails: ['ir@example.co.jp'],
      organization: { en: 'Example DFIR KK', ja: '株式会社イグザンプルDFIR' },
      phones: [{ number: '+81-90-1234-5678', label: 'personal mobile', available24x7: true, outOfBand: true }],
    });
    expect(onOpen).toHaveBeenLastCalledWith(stored!.id);
    const page = await screen.findByRole('article', { name: 'Example DFIR KK' });
    const phones = within(page).getByRole('list', { name: 'Phones' });
    expect(phones.textContent).toContain('+81-90-1234-5678');
    expect(within(phones).getByText('24/7')).toBeTruthy();
    expect(within(phones).getByText('Out of band')).toBeTruthy();
    expect(within(page).queryByRole('link', { name: /\+81/ })).toBeNull(); // a number, never a tel: link

    fireEvent.click(within(page).getByRole('button', { name: '← All contacts' }));
    const row = (await sectionRows('Vendors and partners')).find((r) => r.textContent!.includes('Example DFIR KK'))!;
    expect(row.textContent).toContain('Yours');
    await waitFor(() => expect(document.activeElement).toBe(row));
  });

  test('a refused save (bad phone) shows the translated error, keeps what was typed and writes nothing', async () => {
    await i18next.changeLanguage('ja');
    renderDirectory();
    await sectionRows('公的機関');
    fireEvent.click(screen.getByRole('button', { name: '連絡先を追加' }));
    const dialog = screen.getByRole('dialog', { name: '連絡先を追加' });
    change(within(dialog).getByLabelText('組織名（日本語）'), '保険会社 事故受付');
    change(within(dialog).getByLabelText('電話 1 の番号'), '03-ABC-0000');
    fireEvent.click(within(dialog).getByRole('button', { name: '追加' }));

    expect(await within(dialog).findByText(/連絡先を確認してください。/)).toBeTruthy();
    expect(within(dialog).getByText(/「03-ABC-0000」は電話番号として使えません/)).toBeTruthy();
    expect((within(dialog).getByLabelText('電話 1 の番号') as HTMLInputElement).value).toBe('03-ABC-0000');
    expect(within(dialog).getByLabelText('電話 1 の番号').getAttribute('aria-invalid')).toBe('true');
    expect((within(dialog).getByLabelText('組織名（日本語）') as HTMLInputElement).value).toBe('保険会社 事故受付');
    expect(await appDb.contacts.count()).toBe(0);
  });

  test('engaging and releasing a contact inside an incident writes contact entries in the log', async () => {
    const incident = await openIncident();
    renderDirectory(incident, 'jp-npa-cyber-online');
    const page = await screen.findByRole('article');
    fireEvent.click(within(page).getByRole('button', { name: 'Engage in this incident' }));
    expect(await within(page).findByText('Engaged')).toBeTruthy();
    const contactEntries = async () => (await allEntries(appDb, incident.id)).filter((entry) => entry.kind === 'contact');
    const [engaged] = await contactEntries();
    expect(engaged).toMatchObject({
      text: 'Contact engaged: NPA national online desk for cyber reports, consultation, tips (routes to chosen prefecture)',
      refs: [{ type: 'contact', id: 'jp-npa-cyber-online' }],
    });

    fireEvent.click(within(page).getByRole('button', { name: '← All contacts' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Engaged in this incident' }));
    expect(rowNames()).toEqual(['NPA national online desk for cyber reports, consultation, tips (routes to chosen prefecture)']);
    fireEvent.click(allRows()[0]!);

    await i18next.changeLanguage('ja');
    fireEvent.click(await screen.findByRole('button', { name: 'このインシデントでの連携を終了' }));
    await waitFor(async () => expect(await contactEntries()).toHaveLength(2));
    expect((await contactEntries())[1]!.text).toBe('連携を終了：警察庁 サイバー事案に関する通報等のオンライン受付窓口');
    expect(await screen.findByRole('button', { name: 'このインシデントで連携する' })).toBeTruthy();
  });
});

describe('contact sheet', () => {
  test('prints the directory grouped by category, in Japanese, leaving out empty vendor slots', async () => {
    const print = stubPrintDialog();
    await notebook.saveContact(null, {
      category: 'insurer-hotline', country: 'JP', organization: { en: 'Example Insurance', ja: '例示損害保険' }, person: null, role: null,
      phones: [{ number: '0120-000-000', label: null, available24x7: true, outOfBand: false }], emails: [], web: [],
      references: [{ label: '証券番号', value: 'CY-2291' }], notes: { en: '', ja: '' }, lastVerified: '2026-01-10',
    });
    await i18next.changeLanguage('ja');
    const { container } = renderDirectory();
    await sectionRows('公的機関');
    fireEvent.click(screen.getByRole('button', { name: '連絡先一覧を印刷' }));

    const region = await openedPrintView('連絡先一覧の印刷プレビュー', container, print);
    expect(within(region).getByRole('heading', { level: 1, name: '緊急連絡先一覧' })).toBeTruthy();
    expect(region.textContent).toContain('ゴーバッグ');

    const tables = within(region).getAllByRole('table').map((table) => table.getAttribute('aria-label'));
    expect(tables.slice(0, 4)).toEqual(['警察', 'CSIRT', '監督・規制当局', '政府機関']);
    expect(tables).toContain('保険会社の事故受付窓口');
    expect(tables).not.toContain('EDR／XDRベンダー'); // an empty slot: nothing to dial
    expect(region.textContent).toContain('未記入の委託先の枠が 15 件あり');

    const police = within(region).getByRole('table', { name: '警察' });
    const emergency = within(police).getByRole('row', { name: /警察（緊急）/ });
    expect(emergency.textContent).toContain('110 ［24時間］');
    expect(emergency.textContent).toContain('Police emergency');
    const insurer = within(within(region).getByRole('table', { name: '保険会社の事故受付窓口' })).getByRole('row', { name: /例示損害保険/ });
    expect(insurer.textContent).toContain('証券番号: CY-2291');
    expect(insurer.textContent).toContain('2026-01-10');

    fireEvent.click(within(region).getByRole('button', { name: '連絡先に戻る' }));
    expect(screen.queryByRole('region', { name: '連絡先一覧の印刷プレビュー' })).toBeNull();
  });
});
