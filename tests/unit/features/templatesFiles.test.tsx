// @vitest-environment happy-dom
// Template files: a good file imports every template in it; a bad one imports
// none and says what is wrong; an export imports back to the same templates.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { TEMPLATE_FILE_FORMAT, type ChecklistTemplate } from '../../../shared/domain/checklistTemplate';
import { builtInTemplate } from '../../../shared/seed/templates';
import { notebook } from '../../../renderer/data';
import { appDb } from '../../../renderer/data/app';
import { TemplatesView } from '../../../renderer/features/templates/TemplatesView';
import { freshNotebook, tearDown } from './notebookHarness';

const own = (from: string, id: string, en: string): ChecklistTemplate => ({ ...structuredClone(builtInTemplate(from)!), id, title: { en, ja: '' } });
const fortigate = () => own('vpn-remote-access-compromise', 'vpn-fortigate', 'FortiGate compromise');
const tenant = () => own('cloud-saas-tenant-containment', 'our-m365-tenant', 'Our Microsoft 365 tenant');
const fileOf = (templates: unknown[], format = TEMPLATE_FILE_FORMAT) => JSON.stringify({ format, templates });

beforeEach(freshNotebook);
afterEach(() => {
  vi.restoreAllMocks();
  tearDown();
});

async function importFile(name: string, text: string) {
  const input = (await screen.findByLabelText('Template file to import')) as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

describe('importing templates', () => {
  test('a good file adds every template in it', async () => {
    render(<TemplatesView />);
    await importFile('ours.json', fileOf([fortigate(), tenant()]));

    expect(await screen.findByText('Imported 2 templates from ours.json.')).toBeTruthy();
    expect(await appDb.templates.count()).toBe(2);
    const ownList = screen.getByRole('region', { name: 'Your templates' });
    expect(await within(ownList).findByRole('article', { name: 'FortiGate compromise' })).toBeTruthy();
    expect(within(ownList).getByRole('article', { name: 'Our Microsoft 365 tenant' })).toBeTruthy();
  });

  const duplicateItem = () => {
    const template = fortigate();
    template.phases[0]!.items[1]!.id = 'vpn-01';
    return template;
  };
  const missingConflict = () => {
    const template = fortigate();
    template.phases[1]!.items[0]!.conflictsWith = ['vpn-99'];
    return template;
  };
  const badFiles: [string, string, string, RegExp][] = [
    ['not JSON', '{"format": "lantern/checklist-templates@1", templates: [', 'The file is not JSON.', /JSON/],
    ['another format', fileOf([fortigate()], 'someone-else/templates@3'), 'not a valid Lantern template file', /^format: /],
    ['an item id used twice', fileOf([tenant(), duplicateItem()]), 'not a valid Lantern template file', /^templates\.1\.phases\.0\.items\.1\.id: item id "vpn-01" is used twice$/],
    ['a conflict with a missing item', fileOf([missingConflict()]), 'not a valid Lantern template file', /^templates\.0\.phases\.1\.items\.0\.conflictsWith\.0: "vpn-99" is not another item/],
    ['a built-in id', fileOf([tenant(), { ...fortigate(), id: 'evidence-preservation' }]), 'not a valid Lantern template file', /^evidence-preservation: built-in id$/],
  ];

  test.each(badFiles)('a file with %s imports nothing and names the problem', async (_case, text, message, problem) => {
    render(<TemplatesView />);
    await importFile('bad.json', text);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was imported from bad.json.');
    expect(alert.textContent).toContain(message);
    expect(within(alert).getByText('What is wrong:')).toBeTruthy();
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toContainEqual(expect.stringMatching(problem));
    expect(await appDb.templates.count()).toBe(0);
    expect(screen.getByText(/No templates of your own yet/)).toBeTruthy();
  });
});

describe('exporting templates', () => {
  /** Catches the file an export hands to the browser instead of downloading it. */
  function catchDownloads() {
    const files: { name: string; blob: Blob }[] = [];
    let pending: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      pending = blob as Blob;
      return 'blob:lantern/export';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      files.push({ name: this.download, blob: pending! });
    });
    return files;
  }

  test('"Export all own" writes a file that imports back to the same templates', async () => {
    const files = catchDownloads();
    await notebook.saveTemplate(fortigate(), { id: 'vpn-remote-access-compromise', version: 1 });
    await notebook.saveTemplate(tenant());
    const before = await appDb.templates.orderBy('id').toArray();
    render(<TemplatesView />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export all own' }));

    expect(await screen.findByText(/^Exported 2 templates as lantern-templates-\d{4}-\d{2}-\d{2}\.json\.$/)).toBeTruthy();
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toMatch(/^lantern-templates-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await files[0]!.blob.text();

    await appDb.templates.clear();
    await importFile(files[0]!.name, text);
    await screen.findByText(`Imported 2 templates from ${files[0]!.name}.`);
    const after = await appDb.templates.orderBy('id').toArray();
    const content = ({ basedOn: _b, updatedAt: _u, ...template }: (typeof before)[number]) => template;
    expect(after.map(content)).toEqual(before.map(content));
  });

  test('one template exports on its own, built-in ones included', async () => {
    const files = catchDownloads();
    render(<TemplatesView />);
    fireEvent.click(await screen.findByRole('button', { name: /^Export Evidence preservation/ }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toBe('evidence-preservation.lantern-templates.json');
    const file = JSON.parse(await files[0]!.blob.text()) as { format: string; templates: ChecklistTemplate[] };
    expect(file).toEqual({ format: TEMPLATE_FILE_FORMAT, templates: [builtInTemplate('evidence-preservation')] });
  });
});
