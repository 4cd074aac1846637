// @vitest-environment happy-dom
// Checklists beyond the single item: the paper form of a run, the view opened
// for one system, and the Japanese UI writing Japanese log text.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { notebook } from '../../../renderer/data';
import { i18next } from '../../../renderer/i18n';
import { BUILT_IN_TEMPLATES } from '../../../shared/seed/templates';
import { tearDown, freshResponder } from './notebookHarness';
import { openedPrintView, stubPrintDialog } from './printHarness';
import { checklistEntries, incidentWithSystems, itemRow, renderView, runButtons } from './checklistsHarness';

beforeEach(freshResponder);
afterEach(() => {
  tearDown();
  vi.restoreAllMocks();
});

const ransomware = BUILT_IN_TEMPLATES.find((template) => template.id === 'ransomware-first-hour')!;

async function twoRuns() {
  const { incident, fs01, fs02 } = await incidentWithSystems();
  const first = await notebook.startRun({ incidentId: incident.id, template: ransomware, systemId: fs01, text: 'Checklist started' });
  const second = await notebook.startRun({ incidentId: incident.id, template: ransomware, systemId: fs02, text: 'Checklist started' });
  return { incident, fs01, fs02, first, second };
}

describe('print view', () => {
  test('shows the paper form outside the app, opens the print dialog, and prints blank on request', async () => {
    const print = stubPrintDialog();
    const { incident, first } = await twoRuns();
    await notebook.changeItem({ runId: first.id, itemId: 'rfh-05', action: 'done', reason: '', note: '', text: 'Done' });
    const { container } = renderView(incident, { runId: first.id });
    fireEvent.click(await screen.findByRole('button', { name: 'Print' }));

    const region = await openedPrintView('Print view', container, print);
    expect(region.classList.contains('print-overlay')).toBe(true);

    expect(within(region).getByRole('heading', { level: 1, name: 'Ransomware: first hour' })).toBeTruthy();
    expect(region.textContent).toContain('IR-2026-014');
    expect(within(region).getByText('FS01')).toBeTruthy();
    expect(within(region).getAllByRole('table')).toHaveLength(ransomware.phases.length);
    const done = within(region).getByRole('row', { name: /Disconnect affected hosts/ });
    expect(done.textContent).toContain('✓');
    expect(done.textContent).toContain('Aiko Sato');
    expect(within(region).getByRole('row', { name: /Power a device off/ }).textContent).toContain('Trade-off:');

    fireEvent.click(within(region).getByRole('checkbox', { name: /Blank form/ }));
    expect(within(region).getByRole('row', { name: /Disconnect affected hosts/ }).textContent).not.toContain('Aiko Sato ·');

    fireEvent.click(within(region).getByRole('button', { name: 'Back to checklist' }));
    expect(screen.queryByRole('region', { name: 'Print view' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Print' })));
  });
});

describe('opened for one system', () => {
  test("lists that system's runs until asked for all, and links to the system", async () => {
    const { incident, fs02, second } = await twoRuns();
    const onOpenSystem = vi.fn();
    renderView(incident, { systemId: fs02, runId: second.id, onOpenSystem });
    const [only] = await runButtons(1);
    expect(only!.textContent).toContain('FS02');
    fireEvent.click(screen.getByRole('button', { name: 'Open system FS02' }));
    expect(onOpenSystem).toHaveBeenCalledWith(fs02);

    fireEvent.click(screen.getByRole('button', { name: 'Show all checklists' }));
    await runButtons(2);
  });

  test('sent to start a checklist for a system, the start dialog opens with it ticked', async () => {
    const { incident, fs02 } = await incidentWithSystems();
    renderView(incident, { systemId: fs02 });
    const dialog = await screen.findByRole('dialog', { name: 'Start checklist' });
    await within(dialog).findByRole('radio', { name: /Ransomware/ });
    expect(within(dialog).getByRole('checkbox', { name: 'FS02' })).toHaveProperty('checked', true);
    expect(within(dialog).getByRole('checkbox', { name: 'FS01' })).toHaveProperty('checked', false);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Start checklist' }));
    expect(await screen.findByRole('dialog', { name: 'Start checklist' })).toBeTruthy();
  });
});

describe('in Japanese', () => {
  test('shows the template in Japanese and writes the log in Japanese', async () => {
    await i18next.changeLanguage('ja');
    const { incident, first } = await twoRuns();
    renderView(incident, { runId: first.id });
    expect(await screen.findByRole('heading', { level: 2, name: 'ランサムウェア初動：最初の1時間' })).toBeTruthy();
    const row = await itemRow(/^影響を受けた端末をすべてのネットワーク/);
    fireEvent.click(within(row).getByRole('button', { name: '完了' }));
    await waitFor(() => expect(within(row).getByRole('button', { name: '完了' }).getAttribute('aria-pressed')).toBe('true'));
    expect(within(row).getByRole('button', { name: '再開' })).toBeTruthy();
    expect((await checklistEntries()).at(-1)?.text).toBe(
      '完了：影響を受けた端末をすべてのネットワーク（有線・無線・スイッチポート）から切り離す。（FS01・ランサムウェア初動：最初の1時間）',
    );

    fireEvent.click(within(await itemRow(/^ネットワークから切り離せない機器/)).getByRole('button', { name: '該当なし' }));
    const dialog = await screen.findByRole('dialog', { name: '該当なし' });
    fireEvent.click(within(dialog).getByRole('button', { name: '該当なしにする' }));
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(/^理由を記入してください/);
  });
});
