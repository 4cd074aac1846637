// @vitest-environment happy-dom
// Checklists: starting runs (one per host), changing items the way the state
// machine allows, each change one `checklist` entry in the log, and progress.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ChecklistTemplate } from '../../../shared/domain/checklistTemplate';
import { notebook } from '../../../renderer/data';
import { appDb } from '../../../renderer/data/app';
import { BUILT_IN_TEMPLATES } from '../../../shared/seed/templates';
import { tearDown, freshResponder } from './notebookHarness';
import { checklistEntries, incidentWithSystems, itemRow, renderView, runButtons } from './checklistsHarness';

beforeEach(freshResponder);
afterEach(tearDown);

const ransomware = BUILT_IN_TEMPLATES.find((template) => template.id === 'ransomware-first-hour')!;
const change = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });

async function startFromDialog(choose: (dialog: HTMLElement) => void, confirm: string | RegExp) {
  fireEvent.click(await screen.findByRole('button', { name: 'Start checklist' }));
  const dialog = await screen.findByRole('dialog', { name: 'Start checklist' });
  await within(dialog).findByRole('radio', { name: /Ransomware: first hour/ });
  choose(dialog);
  fireEvent.click(within(dialog).getByRole('button', { name: confirm }));
  return dialog;
}

describe('starting a checklist', () => {
  test('explains checklists when there is none and starts one run per chosen system', async () => {
    const { incident, fs01, fs02 } = await incidentWithSystems();
    renderView(incident);
    expect(await screen.findByRole('heading', { name: 'No checklists yet' })).toBeTruthy();

    await startFromDialog((dialog) => {
      fireEvent.click(within(dialog).getByRole('radio', { name: /Ransomware: first hour/ }));
      fireEvent.click(within(dialog).getByRole('checkbox', { name: 'FS01' }));
      fireEvent.click(within(dialog).getByRole('checkbox', { name: 'FS02' }));
    }, 'Start 2 checklists');

    const buttons = await runButtons(2);
    expect(buttons.map((button) => button.textContent)).toEqual(['Ransomware: first hourFS010/20', 'Ransomware: first hourFS020/20']);
    const runs = await appDb.checklistRuns.toArray();
    expect(runs.map((run) => run.systemId).sort()).toEqual([fs01, fs02].sort());
    const entries = await checklistEntries();
    expect(entries.map((entry) => entry.text).sort()).toEqual([
      'Checklist started: Ransomware: first hour — FS01',
      'Checklist started: Ransomware: first hour — FS02',
    ]);
    // The first new run is the one shown.
    expect(buttons[0]!.getAttribute('aria-current')).toBe('true');
    expect(await screen.findByRole('heading', { level: 2, name: 'Ransomware: first hour' })).toBeTruthy();
  });

  test('starts a run for the whole incident', async () => {
    const { incident } = await incidentWithSystems();
    renderView(incident);
    await startFromDialog((dialog) => fireEvent.click(within(dialog).getByRole('radio', { name: /Evidence preservation/ })), 'Start');
    const [button] = await runButtons(1);
    expect(button!.textContent).toContain('Whole incident');
    const [entry] = await checklistEntries();
    expect(entry?.text).toMatch(/^Checklist started: Evidence preservation.* — whole incident$/);
  });

  test('a template for the incident as a whole offers no systems', async () => {
    const { incident } = await incidentWithSystems();
    renderView(incident);
    fireEvent.click(await screen.findByRole('button', { name: 'Start checklist' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start checklist' });
    fireEvent.click(await within(dialog).findByRole('radio', { name: /Active Directory/ }));
    expect(within(dialog).getByText('This checklist is for the incident as a whole.')).toBeTruthy();
    expect(within(dialog).queryByRole('checkbox', { name: 'FS01' })).toBeNull();
  });

  test("a per-system template of the responder's own needs a system", async () => {
    const { incident, fs02 } = await incidentWithSystems();
    const own: ChecklistTemplate = { ...ransomware, id: 'host-isolation', title: { en: 'Host isolation', ja: '端末の隔離' }, scope: 'system' };
    await notebook.saveTemplate(own, { id: ransomware.id, version: 1 });
    renderView(incident);
    const dialog = await startFromDialog((d) => fireEvent.click(within(d).getByRole('radio', { name: /Host isolation/ })), 'Start');
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Choose at least one system: this checklist runs once per host.');
    expect(await appDb.checklistRuns.count()).toBe(0);

    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'FS02' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start' }));
    await runButtons(1);
    const [run] = await appDb.checklistRuns.toArray();
    expect(run).toMatchObject({ systemId: fs02, template: { id: 'host-isolation', scope: 'system' } });
    expect(run!.template).not.toHaveProperty('basedOn');
  });
});

async function viewWithRun(systemName: 'FS01' | null = 'FS01') {
  const { incident, fs01 } = await incidentWithSystems();
  const run = await notebook.startRun({ incidentId: incident.id, template: ransomware, systemId: systemName ? fs01 : null, text: 'Checklist started' });
  renderView(incident, { runId: run.id });
  await screen.findByRole('heading', { level: 2, name: 'Ransomware: first hour' });
  return { incident, run, fs01 };
}

const DISCONNECT = /^Disconnect affected hosts/;

describe('changing items', () => {
  test('"Done" writes one checklist entry naming the item, the system and the checklist', async () => {
    const { run } = await viewWithRun();
    const row = await itemRow(DISCONNECT);
    fireEvent.click(within(row).getByRole('button', { name: 'Done' }));

    await waitFor(() => expect(within(row).getByRole('button', { name: 'Done' }).getAttribute('aria-pressed')).toBe('true'));
    const entries = (await checklistEntries()).filter((entry) => (entry.data as { checklist?: unknown }).checklist);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      kind: 'checklist',
      author: { name: 'Aiko Sato' },
      text: 'Done: Disconnect affected hosts from every network (cable, Wi-Fi, switch port). (FS01 · Ransomware: first hour)',
      data: { checklist: { runId: run.id, itemId: 'rfh-05', action: 'done', from: 'open', to: 'done' } },
    });
    expect(within(row).getByText(/^Done by Aiko Sato/)).toBeTruthy();
    // Done leaves only Reopen and Note.
    expect(within(row).queryByRole('button', { name: 'Not applicable' })).toBeNull();
    expect(within(row).getByRole('button', { name: 'Reopen' })).toBeTruthy();
  });

  test('"Not applicable" is refused without a reason, with a message, and kept with one', async () => {
    await viewWithRun();
    const row = await itemRow(/^Power a device off/);
    fireEvent.click(within(row).getByRole('button', { name: 'Not applicable' }));
    const dialog = await screen.findByRole('dialog', { name: 'Not applicable' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark not applicable' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'Give a reason: a reviewer will ask why this step was skipped, blocked or reopened.',
    );
    expect(await checklistEntries()).toHaveLength(1); // only "started"

    change(within(dialog).getByLabelText('Reason'), 'Every host could be unplugged');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark not applicable' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await within(row).findByText('Every host could be unplugged')).toBeTruthy();
    expect(within(row).getByText('Not applicable', { selector: '.cl-state' })).toBeTruthy();
    const last = (await checklistEntries()).at(-1);
    expect(last?.text).toBe(
      'Not applicable: Power a device off only if you cannot disconnect it from the network. (FS01 · Ransomware: first hour). Reason: Every host could be unplugged',
    );
  });

  test('the repository refuses a change the state does not allow, and the message says so', async () => {
    const { run } = await viewWithRun();
    await notebook.changeItem({ runId: run.id, itemId: 'rfh-05', action: 'done', reason: '', note: '', text: 'Done' });
    await expect(notebook.changeItem({ runId: run.id, itemId: 'rfh-05', action: 'blocked', reason: 'x', note: '', text: 'x' })).rejects.toMatchObject({
      code: 'checklist.actionNotAllowed',
    });
    await expect(notebook.changeItem({ runId: run.id, itemId: 'rfh-06', action: 'blocked', reason: ' ', note: '', text: 'x' })).rejects.toMatchObject({
      code: 'checklist.reasonRequired',
    });
  });

  test('a blocked item can be marked done', async () => {
    await viewWithRun();
    const row = await itemRow(/^Photograph ransom notes/);
    fireEvent.click(within(row).getByRole('button', { name: 'Blocked' }));
    const dialog = await screen.findByRole('dialog', { name: 'Blocked' });
    change(within(dialog).getByLabelText('Reason'), 'No second phone on site');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark blocked' }));
    expect(await within(row).findByText('No second phone on site')).toBeTruthy();

    fireEvent.click(within(row).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(within(row).getByText('Done', { selector: '.cl-state' })).toBeTruthy());
    const actions = (await checklistEntries()).map((entry) => (entry.data as { checklist?: { action: string } }).checklist?.action);
    expect(actions).toEqual([undefined, 'blocked', 'done']);
  });

  test('reopening a done item needs a reason, which is shown', async () => {
    await viewWithRun();
    const row = await itemRow(DISCONNECT);
    fireEvent.click(within(row).getByRole('button', { name: 'Done' }));
    fireEvent.click(await within(row).findByRole('button', { name: 'Reopen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reopen' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reopen item' }));
    expect(await within(dialog).findByRole('alert')).toBeTruthy();

    change(within(dialog).getByLabelText('Reason'), 'FS01 came back on Wi-Fi');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reopen item' }));
    await waitFor(() => expect(within(row).getByText('Reopened', { selector: '.cl-state' })).toBeTruthy());
    expect(within(row).getByText('FS01 came back on Wi-Fi')).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Done' }).getAttribute('aria-pressed')).toBe('false');
  });

  test('a note is kept on the item and logged', async () => {
    await viewWithRun();
    const row = await itemRow(DISCONNECT);
    fireEvent.click(within(row).getByRole('button', { name: 'Note' }));
    const dialog = await screen.findByRole('dialog', { name: 'Note' });
    change(within(dialog).getByLabelText('Note'), 'Switch 3, port 12');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save note' }));
    expect(await within(row).findByText('Switch 3, port 12')).toBeTruthy();
    expect((await checklistEntries()).at(-1)?.text).toBe(
      'Note on Disconnect affected hosts from every network (cable, Wi-Fi, switch port). (FS01 · Ransomware: first hour): Switch 3, port 12',
    );
  });

  test('Space on the focused item marks it done', async () => {
    await viewWithRun(null);
    const row = await itemRow(/^Name an incident lead/);
    row.focus();
    fireEvent.keyDown(row, { key: ' ' });
    await waitFor(() => expect(within(row).getByRole('button', { name: 'Done' }).getAttribute('aria-pressed')).toBe('true'));
    expect((await checklistEntries()).at(-1)?.text).toBe('Done: Name an incident lead and a scribe for this notebook. (whole incident · Ransomware: first hour)');
  });
});

describe('progress and trade-offs', () => {
  test('progress per phase and for the run follows the items', async () => {
    await viewWithRun();
    const mobilize = screen.getByRole('progressbar', { name: 'Progress of Mobilize' });
    expect(mobilize.getAttribute('aria-valuenow')).toBe('0');
    expect(mobilize.getAttribute('aria-valuemax')).toBe('3');
    fireEvent.click(within(await itemRow(/^Open an incident record/)).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.getByRole('progressbar', { name: 'Progress of Mobilize' }).getAttribute('aria-valuenow')).toBe('1'));
    expect(screen.getByRole('progressbar', { name: 'Progress of Contain' }).getAttribute('aria-valuenow')).toBe('0');
    const article = screen.getByRole('article', { name: 'Checklist Ransomware: first hour' });
    expect(within(article).getByText('Done 1')).toBeTruthy();
    expect(within(article).getByText('Open 19')).toBeTruthy();
    expect(within(article).getAllByText('1/20').length).toBeGreaterThan(0);
  });

  test('items that pull against each other show the trade-off and lead to each other', async () => {
    await viewWithRun();
    const powerOff = await itemRow(/^Power a device off/);
    const callout = within(powerOff).getByRole('note', { name: 'Trade-off' });
    expect(callout.textContent).toContain('Powering off destroys the evidence held in memory');
    fireEvent.click(within(callout).getByRole('button', { name: /Go to: 8\. Leave isolated machines powered on/ }));
    const keepOn = await itemRow(/^Leave isolated machines powered on/);
    expect(document.activeElement).toBe(keepOn);
    expect(within(keepOn).getByRole('note', { name: 'Trade-off' })).toBeTruthy();
    expect(within(await itemRow(DISCONNECT)).queryByRole('note')).toBeNull();
  });
});
