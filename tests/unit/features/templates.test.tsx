// @vitest-environment happy-dom
// Checklist templates in the app: a built-in one duplicated and saved as the
// responder's own, an own one edited, and drafts the editor must refuse.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { builtInTemplate } from '../../../shared/seed/templates';
import { notebook } from '../../../renderer/data';
import { appDb } from '../../../renderer/data/app';
import { TemplatesView } from '../../../renderer/features/templates/TemplatesView';
import { freshNotebook, tearDown } from './notebookHarness';

const VPN = 'vpn-remote-access-compromise';
const vpn = () => structuredClone(builtInTemplate(VPN)!);
const change = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });
const editor = () => screen.getByRole('form');
const phase = (n: number) => within(editor()).getByRole('group', { name: `Phase ${n}` });
const item = (number: string) => within(editor()).getByRole('group', { name: `Item ${number}` });

beforeEach(freshNotebook);
afterEach(tearDown);

async function duplicateVpn() {
  render(<TemplatesView />);
  fireEvent.click(await screen.findByRole('button', { name: 'Duplicate VPN / remote-access compromise' }));
  await screen.findByRole('heading', { level: 1, name: 'Duplicate of VPN / remote-access compromise' });
}

describe('TemplatesView', () => {
  test('lists the built-in templates as read-only, with their facts and a preview on demand', async () => {
    render(<TemplatesView />);
    const card = await screen.findByRole('article', { name: 'VPN / remote-access compromise' });
    expect(within(card).getByText('Built-in')).toBeTruthy();
    expect(within(card).getByText(VPN)).toBeTruthy();
    expect(within(card).getByText('Incident or one system')).toBeTruthy();
    const items = vpn().phases.reduce((sum, p) => sum + p.items.length, 0);
    expect(within(card).getByText(`${vpn().phases.length} phases · ${items} items`)).toBeTruthy();
    expect(within(card).queryByRole('button', { name: /^Edit/ })).toBeNull();
    expect(within(card).queryByRole('button', { name: /^Delete/ })).toBeNull();

    fireEvent.click(within(card).getByRole('button', { name: /^Show phases and items/ }));
    expect(within(card).getByText('Terminate all active VPN sessions.')).toBeTruthy();
    expect(within(card).getByRole('button', { name: /^Hide phases and items/ }).getAttribute('aria-expanded')).toBe('true');
  });

  test('duplicating a built-in template and saving it creates an own template based on it', async () => {
    await duplicateVpn();
    expect((within(editor()).getAllByLabelText('ID')[0] as HTMLInputElement).value).toBe(`${VPN}-copy`);
    change(within(editor()).getByLabelText('Title (English)'), 'VPN compromise — our FortiGate');
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));

    expect(await screen.findByText(`Saved ${VPN}-copy (version 1).`)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Checklist templates' }));
    const saved = await appDb.templates.get(`${VPN}-copy`);
    expect(saved).toMatchObject({ version: 1, basedOn: { id: VPN, version: 1 }, title: { en: 'VPN compromise — our FortiGate', ja: vpn().title.ja } });
    expect(saved!.phases).toEqual(vpn().phases);
    const own = screen.getByRole('region', { name: 'Your templates' });
    expect(within(own).getByRole('article', { name: 'VPN compromise — our FortiGate' })).toBeTruthy();
  });

  test('refuses an item id used twice, names the field, and saves nothing until it is fixed', async () => {
    await duplicateVpn();
    const second = within(item('1.2')).getByLabelText('ID');
    change(second, 'vpn-01');
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));

    const summary = await screen.findByRole('alert', { name: '1 problem to fix before saving' });
    expect(summary.textContent).toContain('Phase 1 › Item 1.2 › ID: Item ID “vpn-01” is used twice.');
    expect(second.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(second.getAttribute('aria-describedby')!.split(' ').at(-1)!);
    expect(described?.textContent).toContain('“vpn-01” is used twice');
    fireEvent.click(within(summary).getByRole('button', { name: 'Phase 1 › Item 1.2 › ID' }));
    expect(document.activeElement).toBe(second);
    expect(await appDb.templates.count()).toBe(0);

    change(second, 'vpn-02b');
    expect(screen.queryByRole('alert', { name: /problem/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(async () => expect(await appDb.templates.count()).toBe(1));
  });

  test('refuses a built-in id, an empty item text and a bad source, each beside its field', async () => {
    await duplicateVpn();
    change(within(editor()).getAllByLabelText('ID')[0]!, VPN);
    const first = item('1.1');
    change(within(first).getByLabelText('Text (English)'), '');
    change(within(first).getByLabelText('Text (Japanese)'), ' ');
    change(within(first).getByLabelText('Sources'), 'S20, X9');
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));

    const summary = await screen.findByRole('alert', { name: '3 problems to fix before saving' });
    expect(summary.textContent).toContain(`ID: “${VPN}” is the ID of a built-in template.`);
    expect(summary.textContent).toContain('Phase 1 › Item 1.1 › Text: Enter this in English or Japanese');
    expect(summary.textContent).toContain('Phase 1 › Item 1.1 › Sources: “X9” is not a source ID.');
    expect(within(first).getByLabelText('Sources').getAttribute('aria-invalid')).toBe('true');
    expect(within(first).getByLabelText('Text (English)').getAttribute('aria-invalid')).toBe('true');
    expect(await appDb.templates.count()).toBe(0);
  });

  test('builds a new template with phases and items added, reordered and linked', async () => {
    render(<TemplatesView />);
    fireEvent.click(await screen.findByRole('button', { name: 'New template' }));
    change(within(editor()).getAllByLabelText('ID')[0]!, 'printer-outage');
    change(within(editor()).getByLabelText('Title (Japanese)'), 'プリンタ障害');
    change(within(editor()).getByLabelText('Scope'), 'system');
    change(within(phase(1)).getByLabelText('Phase title (English)'), 'Contain');
    change(within(item('1.1')).getByLabelText('Text (English)'), 'Unplug the printer');
    fireEvent.click(within(phase(1)).getByRole('button', { name: 'Add item to phase 1' }));
    expect(document.activeElement).toBe(within(item('1.2')).getByLabelText('ID'));
    change(within(item('1.2')).getByLabelText('Text (English)'), 'Keep the print queue for evidence');
    fireEvent.click(within(phase(1)).getByRole('button', { name: 'Move item 1.2 up' }));
    expect(document.activeElement).toBe(within(phase(1)).getByRole('button', { name: 'Move item 1.1 down' }));
    const conflicts = within(item('1.2')).getByLabelText('Conflicts with') as HTMLSelectElement;
    expect(conflicts.options[0]!.textContent).toBe('item-02 · Keep the print queue for evidence');
    conflicts.options[0]!.selected = true;
    fireEvent.change(conflicts);
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));

    await screen.findByText('Saved printer-outage (version 1).');
    const saved = await appDb.templates.get('printer-outage');
    expect(saved).toMatchObject({ scope: 'system', basedOn: null, description: null, title: { en: '', ja: 'プリンタ障害' } });
    expect(saved!.phases[0]!.items.map((i) => [i.id, i.text.en, i.conflictsWith])).toEqual([
      ['item-02', 'Keep the print queue for evidence', []],
      ['item-01', 'Unplug the printer', ['item-02']],
    ]);
  });

  test('editing an own template raises its version and keeps its id and origin', async () => {
    await notebook.saveTemplate({ ...vpn(), id: 'vpn-ours' }, { id: VPN, version: 1 });
    render(<TemplatesView />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit VPN / remote-access compromise' }));
    const id = within(editor()).getAllByLabelText('ID')[0] as HTMLInputElement;
    expect(id.readOnly).toBe(true);
    expect((within(editor()).getByLabelText('Version') as HTMLInputElement).value).toBe('2');
    fireEvent.click(within(phase(1)).getByRole('button', { name: 'Remove item 1.1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));

    await screen.findByText('Saved vpn-ours (version 2).');
    const saved = await appDb.templates.get('vpn-ours');
    expect(saved).toMatchObject({ version: 2, basedOn: { id: VPN, version: 1 } });
    expect(saved!.phases[0]!.items.map((i) => i.id)).toEqual(['vpn-02']);
  });

  test('Escape leaves an untouched editor at once, and asks first when there are changes', async () => {
    await duplicateVpn();
    fireEvent.keyDown(within(editor()).getByLabelText('Title (English)'), { key: 'Escape' });
    await screen.findByRole('heading', { level: 1, name: 'Checklist templates' });

    fireEvent.click(screen.getByRole('button', { name: 'Duplicate VPN / remote-access compromise' }));
    change(within(editor()).getByLabelText('Title (English)'), 'Changed');
    fireEvent.keyDown(within(editor()).getByLabelText('Title (English)'), { key: 'Escape' });
    const confirm = await screen.findByRole('dialog', { name: 'Discard changes?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    expect((within(editor()).getByLabelText('Title (English)') as HTMLInputElement).value).toBe('Changed');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Discard changes?' })).getByRole('button', { name: 'Discard changes' }));
    await screen.findByRole('heading', { level: 1, name: 'Checklist templates' });
    expect(await appDb.templates.count()).toBe(0);
  });

  test('deleting an own template is confirmed first and says runs keep their copy', async () => {
    await notebook.saveTemplate({ ...vpn(), id: 'vpn-ours' });
    render(<TemplatesView />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete VPN / remote-access compromise' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete template' });
    expect(within(dialog).getByText(/already started from it keep their own copy/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete template' }));
    await screen.findByText('Deleted vpn-ours.');
    expect(await appDb.templates.count()).toBe(0);
  });
});
