// @vitest-environment happy-dom
// Systems: adding one or many (bulk add lists bad lines and writes nothing until
// confirmed), the board, and a system's page — legal transitions only, one log
// entry per change, flags, and the entries that mention the system.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Incident } from '../../../shared/domain/incident';
import type { ChecklistTemplate } from '../../../shared/domain/checklistTemplate';
import type { SystemDetails } from '../../../shared/domain/system';
import { notebook } from '../../../renderer/data';
import { appDb } from '../../../renderer/data/app';
import { allEntries } from '../../../renderer/data/repositories/entries.read';
import { getSystem, systemsOf } from '../../../renderer/data/repositories/systems.read';
import { i18next } from '../../../renderer/i18n';
import { AddSystemDialog } from '../../../renderer/features/systems/AddSystemDialog';
import { BulkAddDialog } from '../../../renderer/features/systems/BulkAddDialog';
import { SystemsBoard } from '../../../renderer/features/systems/SystemsBoard';
import { SystemPage } from '../../../renderer/features/systems/SystemPage';
import { tearDown, freshIncident, addSystem as addSystemTo } from './notebookHarness';

let incident: Incident;

beforeEach(async () => {
  incident = await freshIncident();
});
afterEach(tearDown);

const change = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });
const addSystem = (name: string, extra: Partial<SystemDetails> = {}) => addSystemTo(incident.id, name, extra);
const systemEntries = async () => (await allEntries(appDb, incident.id)).filter((entry) => entry.kind === 'system');

describe('AddSystemDialog', () => {
  test('adds the system with its details and writes "System added" in the language on screen', async () => {
    const onClose = vi.fn();
    render(<AddSystemDialog incidentId={incident.id} onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'Add system' });
    change(within(dialog).getByLabelText('Name'), ' FS01 ');
    change(within(dialog).getByLabelText('Type'), 'server');
    change(within(dialog).getByLabelText('Criticality'), 'high');
    change(within(dialog).getByLabelText('Addresses'), '10.0.0.5, fs01.corp.example 10.0.0.5');
    change(within(dialog).getByLabelText('Owner or business unit'), 'Logistics');
    change(within(dialog).getByLabelText('Location'), 'Tokyo DC rack 4');
    change(within(dialog).getByLabelText('Tags'), '#DC-Tokyo, file');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add system' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const [system] = await systemsOf(appDb, incident.id);
    expect(system).toMatchObject({
      name: 'FS01', type: 'server', criticality: 'high', addresses: ['10.0.0.5', 'fs01.corp.example'],
      owner: 'Logistics', location: 'Tokyo DC rack 4', tags: ['dc-tokyo', 'file'], state: 'unknown',
    });
    const entries = await systemEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ text: 'System added: FS01 (Server)', refs: [{ type: 'system', id: system!.id }] });
  });

  test('refuses a system without a name and adds nothing', async () => {
    await i18next.changeLanguage('ja');
    render(<AddSystemDialog incidentId={incident.id} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'システムを追加' });
    fireEvent.click(within(dialog).getByRole('button', { name: '追加' }));
    expect(await within(dialog).findByText('システムの名前を入力してください。')).toBeTruthy();
    expect(await systemsOf(appDb, incident.id)).toHaveLength(0);
  });
});

describe('BulkAddDialog', () => {
  const pasted = [
    'name,address,type,criticality,tags',
    'FS01,10.0.0.5,server,High,dc-tokyo',
    ',10.0.0.9,host,,',
    'DC02,10.0.0.2,domain controller,,',
    'ws-17,10.1.2.17,Host,critical,',
    'fs01,10.0.0.6,server,,',
    'VPN-GW,203.0.113.10,appliance,,',
  ].join('\n');

  test('lists invalid lines by number, adds nothing until confirmed, then adds only the valid rows', async () => {
    await addSystem('VPN-GW');
    const onClose = vi.fn();
    render(<BulkAddDialog incidentId={incident.id} onClose={onClose} />);
    const dialog = await screen.findByRole('dialog', { name: 'Bulk add systems' });
    await waitFor(() => expect(screen.queryByText('Opening the systems…')).toBeNull());
    change(within(dialog).getByLabelText('Systems, one per line'), pasted);

    const invalid = within(dialog).getByRole('region', { name: 'Lines that cannot be added' });
    const lines = within(invalid).getAllByRole('listitem').map((li) => li.textContent);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('Line 3: the name is missing');
    expect(lines[1]).toContain('Line 4: type “domain controller” is not known');
    expect(lines[2]).toContain('Line 6: the same name as line 2');
    expect(lines[3]).toContain('Line 7: VPN-GW is already on the board');
    const valid = within(dialog).getByRole('table', { name: 'Systems to add' });
    expect(within(valid).getAllByRole('row')).toHaveLength(3); // header + FS01 + ws-17
    expect(within(valid).getByText('ws-17').closest('tr')!.textContent).toContain('Critical');

    // Nothing is written by pasting and previewing.
    expect((await systemsOf(appDb, incident.id)).map((s) => s.name)).toEqual(['VPN-GW']);
    expect(await systemEntries()).toHaveLength(1);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Add 2 valid systems' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const systems = await systemsOf(appDb, incident.id);
    expect(systems.map((s) => s.name).sort()).toEqual(['FS01', 'VPN-GW', 'ws-17']);
    expect(systems.find((s) => s.name === 'ws-17')).toMatchObject({ type: 'host', criticality: 'critical', addresses: ['10.1.2.17'] });
    expect((await systemEntries()).map((e) => e.text).slice(1)).toEqual(['System added: FS01 (Server)', 'System added: ws-17 (Host)']);
  });

  test('takes plain lines without a header and Japanese type names', async () => {
    render(<BulkAddDialog incidentId={incident.id} onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog', { name: 'Bulk add systems' });
    change(within(dialog).getByLabelText('Systems, one per line'), 'FS01\n\nDC02, 10.0.0.2, サーバー\nsvc-backup, , アカウント\nPRN1, 10.0.0.40, printer');
    const valid = within(dialog).getByRole('table', { name: 'Systems to add' });
    expect(within(valid).getAllByRole('row').slice(1).map((row) => row.firstElementChild!.textContent)).toEqual(['1', '3', '4']);
    expect(within(valid).getByText('svc-backup').closest('tr')!.textContent).toContain('Account');
    const invalid = within(dialog).getByRole('region', { name: 'Lines that cannot be added' });
    expect(invalid.textContent).toContain('Line 5: type “printer” is not known');
    expect(within(dialog).getByRole('button', { name: 'Add 3 valid systems' })).toBeTruthy();

    // Rows pasted from a spreadsheet are tab-separated; a quoted cell may span lines.
    change(within(dialog).getByLabelText('Systems, one per line'), 'name\tnotes\tcriticality\nFS01\t"two\nlines"\t最重要\nDC02\t\tsevere');
    expect(within(dialog).getByRole('table', { name: 'Systems to add' }).textContent).toContain('Critical');
    expect(within(dialog).getByRole('region', { name: 'Lines that cannot be added' }).textContent).toContain('Line 4: criticality “severe” is not known');
  });
});

describe('SystemsBoard', () => {
  test('shows one column per state in order with counts, and filters by type, tag, criticality and text', async () => {
    const fs01 = await addSystem('FS01', { tags: ['dc-tokyo'], criticality: 'critical', addresses: ['10.0.0.5'] });
    await addSystem('svc-backup', { type: 'account' });
    await addSystem('DC02', { tags: ['dc-tokyo'] });
    await notebook.transitionSystem(fs01.id, { to: 'isolated', method: 'edr-containment', detail: '' }, 'FS01 isolated');
    await notebook.setSystemFlag(fs01.id, 'compromiseConfirmed', true, 'EDR alert', 'FS01 compromised');
    const onOpenSystem = vi.fn();
    render(<SystemsBoard incident={incident} onOpenSystem={onOpenSystem} />);

    const columns = await screen.findAllByRole('region');
    expect(columns.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Unknown (2)', 'Suspected (0)', 'Isolated (1)', 'Preserved (imaged) (0)', 'Rebuilt (0)', 'Restored (0)',
    ]);
    const isolated = screen.getByRole('region', { name: 'Isolated (1)' });
    expect(isolated.textContent).toContain('Compromise confirmed');
    expect(isolated.textContent).toContain('10.0.0.5');

    change(screen.getByLabelText('Type'), 'account');
    expect(screen.getByRole('region', { name: 'Unknown (1)' }).textContent).toContain('svc-backup');
    change(screen.getByLabelText('Type'), '');
    change(screen.getByLabelText('Tag'), 'dc-tokyo');
    change(screen.getByLabelText('Criticality'), 'critical');
    expect(screen.getByText('1 of 3 systems')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    change(screen.getByLabelText('Search systems'), '10.0.0.5');
    expect(screen.getByRole('region', { name: 'Unknown (0)' })).toBeTruthy();

    fireEvent.click(within(isolated).getByRole('button', { name: 'FS01' }));
    expect(onOpenSystem).toHaveBeenCalledWith(fs01.id);
  });

  test('offers Add system and Bulk add when the board is empty', async () => {
    render(<SystemsBoard incident={incident} onOpenSystem={() => {}} />);
    expect(await screen.findByRole('heading', { name: 'No systems yet' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Bulk add' }));
    expect(await screen.findByRole('dialog', { name: 'Bulk add systems' })).toBeTruthy();
  });
});

describe('SystemPage', () => {
  const renderPage = (systemId: string, extra: Partial<Parameters<typeof SystemPage>[0]> = {}) =>
    render(<SystemPage incident={incident} systemId={systemId} onBack={() => {}} onOpenRun={() => {}} {...extra} />);

  test('offers only the legal next states and writes one system entry per transition', async () => {
    const fs01 = await addSystem('FS01');
    renderPage(fs01.id);
    fireEvent.click(await screen.findByRole('button', { name: 'Change state' }));
    const dialog = screen.getByRole('dialog', { name: 'Change the state of FS01' });
    const to = within(dialog).getByLabelText('New state') as HTMLSelectElement;
    expect([...to.options].map((o) => o.value)).toEqual(['suspected', 'isolated']);

    change(to, 'isolated');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Change state' }));
    expect(await within(dialog).findByText('Choose how it was done: the log records the method.')).toBeTruthy();
    change(within(dialog).getByLabelText('How it was done'), 'switch-port-shut');
    change(within(dialog).getByLabelText('Detail'), 'core-sw1 Gi1/0/12');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Change state' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await getSystem(appDb, fs01.id))!.state).toBe('isolated');
    const entries = await systemEntries();
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({
      text: 'FS01 state: Unknown → Isolated (Switch port shut: core-sw1 Gi1/0/12)',
      refs: [{ type: 'system', id: fs01.id }],
      data: { system: { systemId: fs01.id, action: 'transition', from: 'unknown', to: 'isolated', method: 'switch-port-shut', detail: 'core-sw1 Gi1/0/12' } },
    });
    const history = await screen.findByRole('region', { name: 'State history' });
    await waitFor(() => expect(within(history).getAllByRole('row')).toHaveLength(3));
    expect(within(history).getAllByRole('row')[1]!.textContent).toContain('Unknown → Isolated');
    expect(within(history).getAllByRole('row')[1]!.textContent).toContain('Aiko Sato');

    // From isolated the choices move on.
    fireEvent.click(screen.getByRole('button', { name: 'Change state' }));
    const next = within(screen.getByRole('dialog')).getByLabelText('New state') as HTMLSelectElement;
    expect([...next.options].map((o) => o.value)).toEqual(['preserved', 'rebuilt', 'restored']);
  });

  test('writes the transition text in Japanese when the UI is Japanese', async () => {
    const fs01 = await addSystem('FS01');
    await i18next.changeLanguage('ja');
    renderPage(fs01.id);
    fireEvent.click(await screen.findByRole('button', { name: '状態を変更' }));
    const dialog = screen.getByRole('dialog', { name: 'FS01 の状態を変更' });
    change(within(dialog).getByLabelText('新しい状態'), 'suspected');
    change(within(dialog).getByLabelText('実施方法'), 'other');
    fireEvent.click(within(dialog).getByRole('button', { name: '状態を変更' }));
    expect(await within(dialog).findByText('実施内容を入力してください。「その他」の場合は詳細が必須です。')).toBeTruthy();
    change(within(dialog).getByLabelText('詳細'), 'EDR アラート 4711');
    fireEvent.click(within(dialog).getByRole('button', { name: '状態を変更' }));
    await waitFor(async () => expect(await systemEntries()).toHaveLength(2));
    expect((await systemEntries())[1]!.text).toBe('FS01 の状態: 未確認 → 侵害の疑い（その他: EDR アラート 4711）');
  });

  test('the repository refuses an illegal transition and writes nothing', async () => {
    const fs01 = await addSystem('FS01');
    await expect(notebook.transitionSystem(fs01.id, { to: 'restored', method: 'verified-clean', detail: '' }, 'FS01 restored')).rejects.toMatchObject({
      code: 'system.illegalTransition',
    });
    expect((await getSystem(appDb, fs01.id))!.state).toBe('unknown');
    expect(await systemEntries()).toHaveLength(1);
  });

  test('a flag switch asks how or why and logs the change', async () => {
    const fs01 = await addSystem('FS01');
    renderPage(fs01.id);
    const poweredOff = await screen.findByRole('switch', { name: 'Powered off' });
    expect(poweredOff.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(poweredOff);
    const dialog = screen.getByRole('dialog', { name: 'Mark FS01: Powered off' });
    change(within(dialog).getByLabelText('How, or why'), 'shut down at the console after memory capture');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark as Powered off' }));
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Powered off' }).getAttribute('aria-checked')).toBe('true'));
    expect((await systemEntries())[1]!.text).toBe('FS01 flag set: Powered off (shut down at the console after memory capture)');
  });

  test('lists the entries that mention the system and the checklist runs that target it', async () => {
    const fs01 = await addSystem('FS01');
    const body = {
      root: {
        type: 'root' as const, direction: null, format: '', indent: 0, version: 1,
        children: [{
          type: 'paragraph', direction: null, format: '', indent: 0, version: 1, textFormat: 0, textStyle: '',
          children: [
            { type: 'text', text: 'Ransom note on ', format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
            { type: 'system-mention', systemId: fs01.id, text: 'FS01', format: 0, detail: 0, mode: 'token', style: '', version: 1 },
          ],
        }],
      },
    };
    await notebook.appendEntry({
      incidentId: incident.id, kind: 'observation', occurredAt: new Date().toISOString(), occurredZone: 'Asia/Tokyo', occurredPrecision: 'exact',
      body, text: 'Ransom note on FS01', tags: [], refs: [{ type: 'system', id: fs01.id }],
    });
    const template: ChecklistTemplate = {
      id: 'isolate-host', version: 1, title: { en: 'Isolate a host', ja: 'ホストの隔離' }, description: null, scope: 'system',
      phases: [{ id: 'p1', title: { en: 'Now', ja: '今' }, items: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: { en: id, ja: id }, sources: [], evidenceStatus: 'practice' as const, conflictsWith: [], tradeOff: null })) }],
    };
    const run = await notebook.startRun({ incidentId: incident.id, template, systemId: fs01.id, text: 'Checklist started' });
    await notebook.changeItem({ runId: run.id, itemId: 'a', action: 'done', reason: '', note: '', text: 'a done' });
    const onOpenRun = vi.fn();
    renderPage(fs01.id, { onOpenRun });

    const entries = await screen.findByRole('region', { name: /Log entries about this system/ });
    await waitFor(() => expect(within(entries).getByText('Ransom note on')).toBeTruthy());
    expect(within(entries).getByText('Observation')).toBeTruthy();
    const runs = screen.getByRole('region', { name: 'Checklist runs' });
    await waitFor(() => expect(within(runs).getByText('1/4')).toBeTruthy());
    fireEvent.click(within(runs).getByRole('button', { name: 'Open checklist Isolate a host' }));
    expect(onOpenRun).toHaveBeenCalledWith(run.id);
  });
});
