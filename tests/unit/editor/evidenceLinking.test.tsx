// @vitest-environment happy-dom
// Evidence linking in the log, against the real notebook: `#2` typed in the log composer
// makes the saved entry cite item 2 (and `@` a system alongside it), the item then finds the
// entry, and a custody entry's row in the timeline leads to its item, in English and Japanese.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Incident } from '../../../shared/domain/incident';
import type { EvidenceItem, EvidenceType } from '../../../shared/domain/evidence';
import { buildThreads, type EntryThread } from '../../../shared/domain/revisions';
import { appDb } from '../../../renderer/data/app';
import { allEntries } from '../../../renderer/data/repositories/entries.read';
import { entriesReferencing } from '../../../renderer/data/repositories/systems.read';
import { i18next } from '../../../renderer/i18n';
import { EntryComposer } from '../../../renderer/features/log/EntryComposer';
import { EntryRow, rowWords } from '../../../renderer/features/log/EntryRow';
import { OpenRefContext } from '../../../renderer/features/systems/openRef';
import { tearDown, freshIncident, addSystem as addSystemTo } from '../features/notebookHarness';
import { addItem as addItemTo } from '../features/evidenceItemHarness';
import { composerBox, liveQueriesSettle } from './composerHarness';

let incident: Incident;

beforeEach(async () => {
  incident = await freshIncident({ code: '' });
});
afterEach(tearDown);

const addItem = (description: string, content: string, type: EvidenceType = 'ransom-note'): Promise<EvidenceItem> =>
  addItemTo(incident, content, { name: 'README_RESTORE.txt', description: { description, type } });

const addSystem = (name: string) => addSystemTo(incident.id, name, { addresses: ['10.0.0.5'], criticality: 'high' });

describe('the log composer cites evidence', () => {
  test('@ a system and #2 an item: the saved entry references both, and the item finds it', async () => {
    const fs01 = await addSystem('FS01');
    await addItem('Memory image of FS01', 'memory', 'memory-image');
    const note = await addItem('Ransom note README.txt', 'YOUR FILES ARE ENCRYPTED');
    render(<EntryComposer incident={incident} onSaved={() => {}} />);
    const { type, pressEnter } = composerBox('New entry');
    const pick = async () => {
      await pressEnter();
      // The kind picker is a <select>: its options are not the typeahead's.
      await waitFor(() => expect(document.querySelector('.lx-mention-option')).toBeNull());
    };

    await liveQueriesSettle();
    await type('Photographed the note on @fs');
    await screen.findByRole('option', { name: /FS01/ });
    await pick();
    await type('as #');
    const listbox = await screen.findByRole('listbox', { name: 'Evidence items to cite' });
    expect(within(listbox).getAllByRole('option').map((option) => option.textContent)).toEqual([
      '#2 Ransom note README.txtRansom note',
      '#1 Memory image of FS01Memory image',
    ]);
    await type('2');
    await waitFor(() => expect(within(listbox).getAllByRole('option')).toHaveLength(1));
    await pick();
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));

    await waitFor(async () => expect((await allEntries(appDb, incident.id)).some((e) => e.kind === 'note')).toBe(true));
    const saved = (await allEntries(appDb, incident.id)).find((e) => e.kind === 'note')!;
    expect(saved.text).toBe('Photographed the note on FS01 as #2 Ransom note README.txt ');
    expect(saved.refs).toEqual([
      { type: 'system', id: fs01.id },
      { type: 'evidence', id: note.id },
    ]);
    expect((await entriesReferencing(appDb, `evidence:${note.id}`)).map((e) => e.kind)).toEqual(['evidence', 'note']);
  });

  test('with no evidence yet, # says where items come from and the entry is saved as typed', async () => {
    render(<EntryComposer incident={incident} onSaved={() => {}} />);
    const { type } = composerBox('New entry');
    await liveQueriesSettle();
    await type('Kept the note #');
    expect(await screen.findByText('No evidence items yet — add them in the Evidence tab')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    await waitFor(async () => expect((await allEntries(appDb, incident.id)).some((e) => e.kind === 'note')).toBe(true));
    const saved = (await allEntries(appDb, incident.id)).find((e) => e.kind === 'note')!;
    expect(saved).toMatchObject({ text: 'Kept the note #', refs: [] });
  });
});

describe('evidence rows in the timeline', () => {
  async function threadOf(itemId: string): Promise<EntryThread> {
    const [entry] = await entriesReferencing(appDb, `evidence:${itemId}`);
    return buildThreads(await allEntries(appDb, incident.id)).threads.find((thread) => thread.original.id === entry!.id)!;
  }
  function renderRow(thread: EntryThread, openRef: ((type: string, id: string) => void) | undefined, language = 'en') {
    const noop = () => {};
    return render(
      <OpenRefContext value={openRef}>
        <EntryRow
          t={i18next.getFixedT(language, 'log')} words={rowWords(i18next.getFixedT(language, ['log', 'common']))} thread={thread} zone="Asia/Tokyo" secondaryZone={null} clockAnomaly={false} tampered={false}
          highlighted={false} expanded={false} onToggleExpanded={noop} onHistory={noop} onCorrect={noop} onRetract={noop}
        />
      </OpenRefContext>,
    );
  }

  test('a custody entry names the item and the action, and opens the item', async () => {
    await addItem('Memory image of FS01', 'memory');
    const item = await addItem('Ransom note README.txt', 'YOUR FILES ARE ENCRYPTED');
    const openRef = vi.fn();
    renderRow(await threadOf(item.id), openRef);
    // The action's word is the evidence feature's own (its custody timeline uses it too).
    const collected = i18next.getFixedT('en', 'evidence')('custody.action.collected');
    expect(collected).not.toMatch(/custody/);
    const button = within(screen.getByRole('article')).getByRole('button', { name: `Evidence #2 · ${collected}` });
    expect(button.getAttribute('title')).toBe('Open evidence item #2');
    fireEvent.click(button);
    expect(openRef).toHaveBeenCalledWith('evidence', item.id);
  });

  test('in Japanese, and as plain text where nothing can open the item', async () => {
    const item = await addItem('経理部ファイルサーバーの脅迫文', 'YOUR FILES ARE ENCRYPTED');
    const thread = await threadOf(item.id);
    const { unmount } = renderRow(thread, vi.fn(), 'ja');
    expect(screen.getByRole('button', { name: `証拠 #1 · ${i18next.getFixedT('ja', 'evidence')('custody.action.collected')}` })).toBeTruthy();
    unmount();
    renderRow(thread, undefined);
    expect(screen.queryByRole('button', { name: /Evidence #1/ })).toBeNull();
    expect(screen.getByText(`Evidence #1 · ${i18next.getFixedT('en', 'evidence')('custody.action.collected')}`)).toBeTruthy();
  });
});
