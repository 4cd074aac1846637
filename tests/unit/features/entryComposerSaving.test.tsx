// @vitest-environment happy-dom
// The composer's Save button while an entry is being saved: a quick save never
// re-renders it (nothing competes with the transaction for the main thread), a slow
// one disables it until the save ends, and a second Ctrl+Enter meanwhile saves nothing.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { act, fireEvent, screen, render, waitFor } from '@testing-library/react';
import type { Incident } from '../../../shared/domain/incident';
import type { LogEntry } from '../../../shared/domain/logEntry';
import { appDb } from '../../../renderer/data/app';
import { notebook } from '../../../renderer/data';
import { allEntries } from '../../../renderer/data/repositories/entries.read';
import { EntryComposer } from '../../../renderer/features/log/EntryComposer';
import { composerBox, liveQueriesSettle } from '../editor/composerHarness';
import { freshIncident, tearDown } from './notebookHarness';

let incident: Incident;
beforeEach(async () => {
  incident = await freshIncident();
});
afterEach(() => {
  vi.restoreAllMocks();
  tearDown();
});

async function mountComposer() {
  render(<EntryComposer incident={incident} onSaved={() => {}} />);
  const composer = composerBox('New entry');
  await liveQueriesSettle();
  const save = screen.getByRole('button', { name: 'Save entry' });
  // Every change of the button's disabled state, as the DOM saw it.
  const states: boolean[] = [];
  new MutationObserver(() => states.push((save as HTMLButtonElement).disabled)).observe(save, { attributes: true, attributeFilter: ['disabled'] });
  const ctrlEnter = () => act(async () => void fireEvent.keyDown(composer.box, { key: 'Enter', code: 'Enter', ctrlKey: true }));
  return { ...composer, save: save as HTMLButtonElement, states, ctrlEnter };
}

test('a quick save leaves the Save button as it was: no render while the entry is written', async () => {
  const append = vi.spyOn(notebook, 'appendEntry');
  const { type, ctrlEnter, box, states, save } = await mountComposer();
  await type('Isolated FS01 from the VPN gateway');
  await ctrlEnter();
  await waitFor(() => expect(box.textContent).toBe(''));
  expect(append).toHaveBeenCalledTimes(1);
  expect((await allEntries(appDb, incident.id)).map((entry) => entry.text)).toEqual(['Isolated FS01 from the VPN gateway']);
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(states).toEqual([]);
  expect(save.disabled).toBe(false);
});

test('a slow save disables the Save button after a moment, and a second Ctrl+Enter saves nothing', async () => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const real = notebook.appendEntry.bind(notebook);
  const append = vi.spyOn(notebook, 'appendEntry').mockImplementation(async (draft) => {
    await held;
    return real(draft) as Promise<LogEntry>;
  });
  const { type, ctrlEnter, box, states, save } = await mountComposer();
  await type('Called the police cyber unit');
  await ctrlEnter();
  expect(save.disabled).toBe(false);
  await waitFor(() => expect(save.disabled).toBe(true), { timeout: 1000 });
  await ctrlEnter();
  fireEvent.click(save);
  expect(append).toHaveBeenCalledTimes(1);
  await act(async () => release());
  await waitFor(() => expect(box.textContent).toBe(''));
  await waitFor(() => expect(save.disabled).toBe(false));
  expect(states).toEqual([true, false]);
  expect((await allEntries(appDb, incident.id)).map((entry) => entry.text)).toEqual(['Called the police cyber unit']);
});
