// @vitest-environment happy-dom
// Getting around an incident: the Log / Systems / Checklists / Evidence / Contacts / Deadlines tabs (and Ctrl/Cmd+1…6),
// a system's page in place of the board, the way to its checklists and back; and an
// `@` mention typed in the log composer becoming the entry's system ref.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Incident } from '../../../shared/domain/incident';
import { appDb } from '../../../renderer/data/app';
import { allEntries } from '../../../renderer/data/repositories/entries.read';
import { i18next } from '../../../renderer/i18n';
import { IncidentView } from '../../../renderer/features/incidents/IncidentView';
import { EntryComposer } from '../../../renderer/features/log/EntryComposer';
import { tearDown, freshIncident, addSystem as addSystemTo } from './notebookHarness';
import { composerBox, liveQueriesSettle } from '../editor/composerHarness';

// The log and checklist screens are other features', with their own tests; here they only have to be placed.
vi.mock('../../../renderer/features/log/LogView', () => ({
  LogView: ({ incident }: { incident: Incident }) => <section aria-label="Log view">{incident.id}</section>,
}));
vi.mock('../../../renderer/features/checklists/ChecklistsView', () => ({
  ChecklistsView: (props: { systemId?: string | null; runId?: string | null; onOpenSystem(id: string): void }) => (
    <section aria-label="Checklists view">
      <span>system:{props.systemId ?? 'all'}</span>
      <button type="button" onClick={() => props.systemId && props.onOpenSystem(props.systemId)}>
        Go to system
      </button>
    </section>
  ),
}));

let incident: Incident;

beforeEach(async () => {
  incident = await freshIncident({ code: '' });
});
afterEach(tearDown);

const addSystem = (name: string) => addSystemTo(incident.id, name, { addresses: ['10.0.0.5'], criticality: 'high' });

describe('IncidentView tabs', () => {
  test('switch between log, systems and checklists by click and by Ctrl/Cmd+1/2/3', async () => {
    const fs01 = await addSystem('FS01');
    render(<IncidentView incidentId={incident.id} onMissing={() => {}} />);
    const tabs = await screen.findByRole('tablist', { name: 'Incident sections' });
    expect(within(tabs).getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Log', 'Systems', 'Checklists', 'Evidence', 'Contacts', 'Deadlines']);
    expect(screen.getByRole('tab', { name: 'Log' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'Log' })).toBeTruthy();

    fireEvent.keyDown(window, { key: '2', ctrlKey: true });
    expect(screen.getByRole('tab', { name: 'Systems' }).getAttribute('aria-selected')).toBe('true');
    // The log stays mounted (a draft survives), only hidden.
    expect(screen.getByLabelText('Log view').closest('[role="tabpanel"]')!.hasAttribute('hidden')).toBe(true);
    fireEvent.click(await screen.findByRole('button', { name: 'FS01' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'FS01' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Start a checklist' }));
    expect(screen.getByRole('tab', { name: 'Checklists' }).getAttribute('aria-selected')).toBe('true');
    // Each tab other than the log loads on first use.
    expect((await screen.findByLabelText('Checklists view')).textContent).toContain(`system:${fs01.id}`);
    fireEvent.click(screen.getByRole('button', { name: 'Go to system' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'FS01' })).toBeTruthy();

    // The Systems tab again leads back to the board; Cmd+1 to the log.
    fireEvent.click(screen.getByRole('tab', { name: 'Systems' }));
    expect(await screen.findByRole('region', { name: 'Unknown (1)' })).toBeTruthy();
    fireEvent.keyDown(window, { key: '4', ctrlKey: true });
    expect(screen.getByRole('tab', { name: 'Evidence' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(window, { key: '5', ctrlKey: true });
    expect(screen.getByRole('tab', { name: 'Contacts' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(window, { key: '6', ctrlKey: true });
    expect(screen.getByRole('tab', { name: 'Deadlines' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(window, { key: '7', ctrlKey: true });
    expect(screen.getByRole('tab', { name: 'Deadlines' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(window, { key: '1', metaKey: true });
    expect(screen.getByRole('tab', { name: 'Log' }).getAttribute('aria-selected')).toBe('true');
  });

  test('arrow keys move between tabs, and the tabs speak Japanese', async () => {
    await i18next.changeLanguage('ja');
    render(<IncidentView incidentId={incident.id} onMissing={() => {}} />);
    const log = await screen.findByRole('tab', { name: 'ログ' });
    fireEvent.keyDown(log, { key: 'ArrowLeft' });
    const deadlines = screen.getByRole('tab', { name: '報告期限' });
    expect(deadlines.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(deadlines);
    fireEvent.keyDown(deadlines, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'ログ' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['ログ', 'システム', 'チェックリスト', '証拠', '連絡先', '報告期限']);
  });
});

describe('EntryComposer and @ mentions', () => {
  test('an entry that mentions a system references it', async () => {
    const fs01 = await addSystem('FS01');
    render(<EntryComposer incident={incident} onSaved={() => {}} />);
    const { type, pressEnter } = composerBox('New entry');
    await liveQueriesSettle();
    await type('Ransom note on @fs');
    const option = await screen.findByRole('option', { name: /FS01/ });
    expect(option.textContent).toContain('Server · 10.0.0.5');
    await pressEnter();
    await waitFor(() => expect(screen.queryByRole('option', { name: /FS01/ })).toBeNull());
    await type('share');
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));

    await waitFor(async () => expect((await allEntries(appDb, incident.id)).some((e) => e.kind === 'note')).toBe(true));
    const note = (await allEntries(appDb, incident.id)).find((e) => e.kind === 'note')!;
    expect(note.text).toBe('Ransom note on FS01 share');
    expect(note.refs).toEqual([{ type: 'system', id: fs01.id }]);
  });
});
