// @vitest-environment happy-dom
// Typing ahead of the mention menu: the keys of "@dc⏎" can all arrive before React redraws
// the menu (it opens in a transition). Here every key lands before any redraw, the worst
// case of a fast typist; the pick must still follow the text as typed, with no stray
// trigger or letter left beside the chip, and no new paragraph instead of the pick.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { $getRoot, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { initI18n } from '../../../renderer/i18n';
import { EvidenceMentionPlugin, SystemMentionPlugin, mentionRefsOf, type EvidenceMentionItem } from '../../../renderer/editor';
import { mountComposer } from './composerHarness';

const FS01 = '0192f6a4-1c2b-7d3e-8f40-5a6b7c8d9e01';
const DC02 = '0192f6a4-1c2b-7d3e-8f40-5a6b7c8d9e02';
const ITEM_1 = '0192f6a4-1c2b-7d3e-8f40-5a6b7c8d9e11';
const ITEM_2 = '0192f6a4-1c2b-7d3e-8f40-5a6b7c8d9e12';

const SYSTEMS = [
  { id: FS01, name: 'FS01', hint: 'Server' },
  { id: DC02, name: 'DC02', hint: 'Server' },
];
const ITEMS: EvidenceMentionItem[] = [
  { id: ITEM_1, number: 1, description: 'Memory image of FS01' },
  { id: ITEM_2, number: 2, description: 'Ransom note README.txt' },
];

beforeAll(async () => {
  await initI18n('en');
});
afterEach(cleanup);

function mount() {
  const view = mountComposer({
    children: (
      <>
        <SystemMentionPlugin systems={SYSTEMS} />
        <EvidenceMentionPlugin items={ITEMS} />
      </>
    ),
  });
  const box = screen.getByRole('textbox', { name: 'Log entry' });
  const value = () => view.handle.current!.getValue();
  return { ...view, box, value };
}

/** One key's worth of text, committed as the browser's input would be (update listeners run). */
function typeKeys(editor: LexicalEditor, text: string): void {
  for (const char of text) {
    editor.update(
      () => {
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.insertText(char);
        else $getRoot().selectEnd().insertText(char);
      },
      { discrete: true },
    );
  }
}

/** Types `text` and presses `key` with no chance for React to redraw in between, then lets it settle. */
async function typeAheadAndPress(editor: LexicalEditor, box: HTMLElement, text: string, key: 'Enter' | 'Tab') {
  await act(async () => {
    typeKeys(editor, text);
    fireEvent.keyDown(box, { key, code: key });
  });
}

/** Types `text` and waits until the menu shows `options`. */
async function typeAndSettle(editor: LexicalEditor, text: string, options: number) {
  await act(async () => typeKeys(editor, text));
  await waitFor(() => expect(screen.queryAllByRole('option')).toHaveLength(options));
}

describe('a mention picked before the menu caught up with the typing', () => {
  it('picks when Enter comes before the menu has even opened', async () => {
    const { lexical, box, value } = mount();
    await typeAheadAndPress(lexical(), box, 'Isolated @dc', 'Enter');
    expect(value().text).toBe('Isolated DC02 ');
    expect(mentionRefsOf(value().body)).toEqual([{ type: 'system', id: DC02 }]);
    expect(screen.queryByRole('option')).toBeNull();
  });

  it('replaces the whole query, not the part the menu last showed', async () => {
    const { lexical, box, value } = mount();
    await typeAndSettle(lexical(), 'Isolated @', 2);
    await typeAheadAndPress(lexical(), box, 'dc', 'Enter');
    expect(value().text).toBe('Isolated DC02 ');
    expect(mentionRefsOf(value().body)).toEqual([{ type: 'system', id: DC02 }]);
  });

  it('does the same on Tab, and for an evidence item by number', async () => {
    const { lexical, box, value } = mount();
    await typeAndSettle(lexical(), 'FS01 is ', 0);
    await typeAndSettle(lexical(), '@', 2);
    await typeAheadAndPress(lexical(), box, 'f', 'Tab');
    await typeAndSettle(lexical(), 'see #', 2); // newest item first: #2 is highlighted
    await typeAheadAndPress(lexical(), box, '1', 'Enter');
    expect(value().text).toBe('FS01 is FS01 see #1 Memory image of FS01 ');
    expect(mentionRefsOf(value().body)).toEqual([
      { type: 'system', id: FS01 },
      { type: 'evidence', id: ITEM_1 },
    ]);
  });

  it('picks nothing once the query has ended, though the menu still shows its options', async () => {
    const { lexical, box, value } = mount();
    await typeAndSettle(lexical(), 'Isolated @dc', 1);
    await typeAheadAndPress(lexical(), box, ' ', 'Enter');
    expect(value().text).toBe('Isolated @dc ');
    expect(mentionRefsOf(value().body)).toEqual([]);
  });

  it('keeps the option the user highlighted while the query is unchanged', async () => {
    const { lexical, box, value } = mount();
    await typeAndSettle(lexical(), '@', 2);
    await act(async () => {
      fireEvent.keyDown(box, { key: 'ArrowDown', code: 'ArrowDown' });
    });
    await waitFor(() => expect(screen.getByRole('option', { selected: true }).textContent).toContain('DC02'));
    await act(async () => {
      fireEvent.keyDown(box, { key: 'Enter', code: 'Enter' });
    });
    expect(value().text).toBe('DC02 ');
  });
});
