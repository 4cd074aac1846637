// @vitest-environment happy-dom
// Evidence mentions (`#3`): what the sanitizer keeps and refuses, the refs an entry gets,
// how a stored body shows the chip, the live editor's guard against forged nodes, and the
// `#` typeahead in the composer (picks, #hashtag, Escape, code, no items, Japanese).
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createHeadlessEditor } from '@lexical/headless';
import { $createCodeNode } from '@lexical/code';
import { $createParagraphNode, $createTextNode, $getRoot, CONTROLLED_TEXT_INSERTION_COMMAND, type LexicalEditor, type TextNode } from 'lexical';
import type { RichBody } from '../../../shared/domain/logEntry';
import { i18next, initI18n } from '../../../renderer/i18n';
import {
  $createEvidenceMentionNode,
  BodyView,
  EDITOR_NODES,
  EvidenceMentionPlugin,
  SystemMentionPlugin,
  mentionRefsOf,
  registerSanitizer,
  type EvidenceMentionItem,
} from '../../../renderer/editor';
import { plainTextOf, sanitizeBody } from '../../../renderer/editor/sanitize';
import { evidenceCandidate, evidenceLabel, evidenceTrigger, matchEvidence } from '../../../renderer/editor/plugins/evidenceMention/evidenceMatch';
import { body, link, p, text } from './bodyFixtures';
import { mountComposer } from './composerHarness';

const ITEM_1 = '0192f6a4-1c2b-7d3e-8f40-5a6b7c8d9e11';
const ITEM_2 = '0192f6a4-1c2b-7d3e-8f40-5a6b7c8d9e12';
const FS01 = '0192f6a4-1c2b-7d3e-8f40-5a6b7c8d9e01';

const evidence = (itemId: string, itemNumber: unknown, label: string, extra: Record<string, unknown> = {}) => ({
  type: 'evidence-mention', itemId, itemNumber, text: label, format: 0, detail: 0, mode: 'token', style: '', version: 1, ...extra,
});
const system = (systemId: string, name: string) => ({
  type: 'system-mention', systemId, text: name, format: 0, detail: 0, mode: 'token', style: '', version: 1,
});
const inlineOf = (value: RichBody) => (value.root.children[0] as { children: Record<string, unknown>[] }).children;

const ITEMS: EvidenceMentionItem[] = [
  { id: ITEM_1, number: 1, description: 'Memory image of FS01', hint: 'Memory image', keywords: ['fs01.raw', 'memory-image'] },
  { id: ITEM_2, number: 2, description: 'Ransom note README.txt', hint: 'Ransom note', keywords: ['README.txt', 'ransom-note'] },
];

beforeAll(async () => {
  await initI18n('en');
});
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('en');
});

describe('sanitizeBody and evidence mentions', () => {
  it('keeps a mention with an item id, a number and a label starting with that number', () => {
    const clean = body(p(text('Photographed '), evidence(ITEM_2, 2, '#2 Ransom note README.txt')));
    expect(sanitizeBody(clean)).toEqual(clean);
    expect(plainTextOf(sanitizeBody(clean))).toBe('Photographed #2 Ransom note README.txt');
    expect(inlineOf(sanitizeBody(body(p(evidence(ITEM_2, 2, '#2')))))[0]!.type).toBe('evidence-mention');
  });

  it('turns a malformed evidence mention into its text', () => {
    const malformed = [
      evidence('item-2', 2, '#2 Ransom note'),
      evidence(ITEM_2.toUpperCase(), 2, '#2 Ransom note'),
      evidence(ITEM_2, 0, '#0 Ransom note'),
      evidence(ITEM_2, -2, '#-2 Ransom note'),
      evidence(ITEM_2, 2.5, '#2.5 Ransom note'),
      evidence(ITEM_2, '2', '#2 Ransom note'),
      evidence(ITEM_2, 2, '#3 Ransom note'), // the label names another item
      evidence(ITEM_2, 2, '#23 Ransom note'),
      evidence(ITEM_2, 2, 'Ransom note'),
      evidence(ITEM_2, 2, '#2 Ransom\nnote'),
      evidence(ITEM_2, 2, `#2 ${'x'.repeat(300)}`),
      { ...evidence(ITEM_2, 2, '#2 Ransom note'), itemId: undefined },
    ];
    for (const bad of malformed) {
      const kept = sanitizeBody(body(p(bad)));
      expect(JSON.stringify(kept)).not.toContain('evidence-mention');
      expect(plainTextOf(kept)).toBe(bad.text);
    }
    expect(inlineOf(sanitizeBody(body(p(evidence(ITEM_2, 2, '   '))))).filter((n) => n.type === 'evidence-mention')).toEqual([]);
  });

  it('drops unknown fields and never nests a mention in a link', () => {
    const [kept] = inlineOf(sanitizeBody(body(p(evidence(ITEM_1, 1, '#1 Memory image', { onclick: 'x', style: 'color:red', mode: 'normal', detail: 3 })))));
    expect(kept).toEqual(evidence(ITEM_1, 1, '#1 Memory image'));
    const inLink = sanitizeBody(body(p(link('https://example.com', evidence(ITEM_1, 1, '#1 Memory image')))));
    expect(JSON.stringify(inLink)).not.toContain('evidence-mention');
    expect(plainTextOf(inLink)).toBe('#1 Memory image');
  });
});

describe('mentionRefsOf', () => {
  it('gives system and evidence refs in order of first mention, each once', () => {
    const value = body(p(evidence(ITEM_2, 2, '#2 Ransom note'), text(' found on '), system(FS01, 'FS01'), text(', see '), evidence(ITEM_2, 2, '#2 Ransom note'), evidence(ITEM_1, 1, '#1')));
    expect(mentionRefsOf(value)).toEqual([
      { type: 'evidence', id: ITEM_2 },
      { type: 'system', id: FS01 },
      { type: 'evidence', id: ITEM_1 },
    ]);
  });

  it('counts only mentions the sanitizer would keep', () => {
    expect(mentionRefsOf(body(p(evidence('nope', 2, '#2'), evidence(ITEM_2, 3, '#2 x'), text('#2'))))).toEqual([]);
    expect(mentionRefsOf(null)).toEqual([]);
  });
});

describe('# matching', () => {
  const candidates = ITEMS.map(evidenceCandidate);
  const numbers = (query: string) => matchEvidence(candidates, query).map((c) => c.number);

  it('starts at # or ＃ after a space, a bracket or at the start, never inside a word', () => {
    expect(evidenceTrigger('Photographed #2')).toEqual({ leadOffset: 13, matchingString: '2', replaceableString: '#2' });
    expect(evidenceTrigger('（＃３')).toMatchObject({ leadOffset: 1, matchingString: '３' });
    expect(evidenceTrigger('C#')).toBeNull();
    expect(evidenceTrigger('#2 done')).toBeNull();
  });

  it('matches the number first, then description words, file names and types', () => {
    const many = [...candidates, evidenceCandidate({ id: FS01, number: 12, description: 'Firewall log export' })];
    expect(matchEvidence(many, '1').map((c) => c.number)).toEqual([1, 12]);
    expect(matchEvidence(many, '１２').map((c) => c.number)).toEqual([12]);
    expect(numbers('')).toEqual([2, 1]);
    expect(numbers('ransom')).toEqual([2]);
    expect(numbers('fs01.raw')).toEqual([1]);
    expect(numbers('ransom-note')).toEqual([2]);
    expect(numbers('hashtag')).toEqual([]);
  });

  it('labels a chip with the number and a short first line', () => {
    expect(evidenceLabel(3, 'Ransom note README.txt')).toBe('#3 Ransom note README.txt');
    expect(evidenceLabel(4, 'Disk image of the whole FS01 system volume, taken with FTK Imager\nsecond line')).toBe('#4 Disk image of the whole FS01 sy…');
    expect(evidenceLabel(5, '経理部ファイルサーバーの脅迫文')).toBe('#5 経理部ファイルサーバーの脅迫文');
  });
});

describe('BodyView and evidence mentions', () => {
  const stored = body(p(text('Photographed '), evidence(ITEM_2, 2, '#2 Ransom note README.txt')));

  it('shows the chip with its label and item id, plain without onOpenRef', () => {
    const { container } = render(<BodyView body={stored} text="Photographed #2 Ransom note README.txt" onOpenLink={vi.fn()} />);
    const chip = container.querySelector('.lx-mention-evidence') as HTMLElement;
    expect(chip.textContent).toBe('#2 Ransom note README.txt');
    expect(chip.dataset.evidenceId).toBe(ITEM_2);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('opens the evidence item on click or Enter', () => {
    const onOpenRef = vi.fn();
    render(<BodyView body={stored} text="Photographed #2 Ransom note README.txt" onOpenLink={vi.fn()} onOpenRef={onOpenRef} />);
    const chip = screen.getByRole('link', { name: '#2 Ransom note README.txt' });
    fireEvent.click(chip);
    fireEvent.keyDown(chip, { key: 'Enter' });
    expect(onOpenRef.mock.calls).toEqual([
      ['evidence', ITEM_2],
      ['evidence', ITEM_2],
    ]);
  });
});

describe('EvidenceMentionNode in a live editor', () => {
  const entryEditor = () => {
    const editor = createHeadlessEditor({ nodes: [...EDITOR_NODES], onError: (error) => { throw error; } });
    registerSanitizer(editor);
    return editor;
  };
  const typesIn = (editor: LexicalEditor) => inlineOf(editor.getEditorState().toJSON() as unknown as RichBody).map((node) => node.type);

  it('serializes to exactly what the sanitizer keeps, and loads back', () => {
    const editor = entryEditor();
    editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode('See '), $createEvidenceMentionNode(ITEM_2, 2, '#2 Ransom note'))), { discrete: true });
    const json = editor.getEditorState().toJSON();
    expect(inlineOf(sanitizeBody(json))[1]).toEqual(evidence(ITEM_2, 2, '#2 Ransom note'));
    const again = entryEditor();
    again.setEditorState(again.parseEditorState(JSON.stringify(sanitizeBody(json))));
    expect(inlineOf(sanitizeBody(again.getEditorState().toJSON()))[1]).toEqual(evidence(ITEM_2, 2, '#2 Ransom note'));
  });

  it('keeps its item id and number through a later change (a writable clone)', () => {
    const editor = entryEditor();
    editor.update(() => $getRoot().append($createParagraphNode().append($createEvidenceMentionNode(ITEM_2, 2, '#2 Ransom note'))), { discrete: true });
    editor.update(() => $getRoot().getFirstDescendant<TextNode>()!.toggleFormat('bold'), { discrete: true });
    expect(inlineOf(editor.getEditorState().toJSON() as unknown as RichBody)[0]).toMatchObject({ type: 'evidence-mention', itemId: ITEM_2, itemNumber: 2, text: '#2 Ransom note', format: 1 });
  });

  it('turns a forged node (pasted editor JSON) into text at once', () => {
    const editor = entryEditor();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(body(p(text('x '), evidence('javascript:alert(1)', 2, '#2 forged'), evidence(ITEM_1, 7, '#1 wrong number'))))));
    editor.update(() => $getRoot().markDirty(), { discrete: true });
    expect(typesIn(editor)).not.toContain('evidence-mention');
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('x #2 forged#1 wrong number');
  });

  it('cannot be forged by pasted HTML', async () => {
    const { $generateNodesFromDOM } = await import('@lexical/html');
    const { $insertGeneratedNodes } = await import('@lexical/clipboard');
    const { $getSelection } = await import('lexical');
    const editor = entryEditor();
    const html = `<p><span class="lx-mention lx-mention-evidence" data-evidence-id="${ITEM_2}" data-lexical-text="true">#2 Ransom note</span> and <span data-lexical-node="evidence-mention">#1</span></p>`;
    editor.update(
      () => {
        $getRoot().clear().append($createParagraphNode()).selectEnd();
        const selection = $getSelection();
        if (selection) $insertGeneratedNodes(editor, $generateNodesFromDOM(editor, new DOMParser().parseFromString(html, 'text/html')), selection);
      },
      { discrete: true },
    );
    expect(JSON.stringify(editor.getEditorState().toJSON())).not.toContain('evidence-mention');
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toContain('#2 Ransom note');
  });
});

describe('# typeahead', () => {
  const box = () => screen.getByRole('textbox', { name: 'Log entry' });
  const press = (key: string) =>
    act(async () => {
      fireEvent.keyDown(box(), { key, code: key });
    });

  it('lists the items newest first, filters by number, and Enter inserts the chip and its ref', async () => {
    const { type, handle } = mountComposer({ children: <EvidenceMentionPlugin items={ITEMS} /> });
    await type('Photographed #');
    expect(await screen.findByRole('listbox', { name: 'Evidence items to cite' })).toBeTruthy();
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['#2 Ransom note README.txtRansom note', '#1 Memory image of FS01Memory image']);
    await type('2');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(1));
    await press('Enter');
    await waitFor(() => expect(screen.queryByRole('option')).toBeNull());
    const value = handle.current!.getValue();
    expect(value.text).toBe('Photographed #2 Ransom note README.txt ');
    expect(inlineOf(value.body)[1]).toEqual(evidence(ITEM_2, 2, '#2 Ransom note README.txt'));
    expect(mentionRefsOf(value.body)).toEqual([{ type: 'evidence', id: ITEM_2 }]);
  });

  it('finds an item by a description word or its file name, and Tab picks', async () => {
    const { type, handle } = mountComposer({ children: <EvidenceMentionPlugin items={ITEMS} /> });
    await type('#mem');
    await waitFor(() => expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['#1 Memory image of FS01Memory image']));
    await press('Tab');
    await waitFor(() => expect(screen.queryByRole('option')).toBeNull());
    expect(mentionRefsOf(handle.current!.getValue().body)).toEqual([{ type: 'evidence', id: ITEM_1 }]);
  });

  it('gives both refs when an entry mentions a system and cites an item', async () => {
    const systems = [{ id: FS01, name: 'FS01', hint: 'Server' }];
    const { type, handle } = mountComposer({ children: <><SystemMentionPlugin systems={systems} /><EvidenceMentionPlugin items={ITEMS} /></> });
    await type('@fs');
    await screen.findByRole('option', { name: /FS01/ });
    await press('Enter');
    await waitFor(() => expect(screen.queryByRole('option')).toBeNull());
    await type('dumped to #1');
    await screen.findByRole('option', { name: /#1 Memory image/ });
    await press('Enter');
    await waitFor(() => expect(screen.queryByRole('option')).toBeNull());
    const value = handle.current!.getValue();
    expect(value.text).toBe('FS01 dumped to #1 Memory image of FS01 ');
    expect(mentionRefsOf(value.body)).toEqual([
      { type: 'system', id: FS01 },
      { type: 'evidence', id: ITEM_1 },
    ]);
  });

  it('leaves #hashtag as text, with no menu', async () => {
    const { type, handle } = mountComposer({ children: <EvidenceMentionPlugin items={ITEMS} /> });
    await type('#hashtag');
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByRole('option')).toBeNull();
    expect(screen.queryByText(/No evidence item/)).toBeNull();
    await press('Enter');
    const value = handle.current!.getValue();
    expect(value.text).toBe('#hashtag\n\n');
    expect(mentionRefsOf(value.body)).toEqual([]);
  });

  it('says so when no item has that number, and the text stays', async () => {
    const { type, handle } = mountComposer({ children: <EvidenceMentionPlugin items={ITEMS} /> });
    await type('#9');
    expect(await screen.findByText('No evidence item #9')).toBeTruthy();
    await press('Escape');
    expect(handle.current!.getValue().text).toBe('#9');
  });

  it('closes on Escape without inserting anything', async () => {
    const { type, handle } = mountComposer({ children: <EvidenceMentionPlugin items={ITEMS} /> });
    await type('#2');
    await screen.findByRole('option');
    await press('Escape');
    await waitFor(() => expect(screen.queryByRole('option')).toBeNull());
    const value = handle.current!.getValue();
    expect(value.text).toBe('#2');
    expect(mentionRefsOf(value.body)).toEqual([]);
  });

  it('does not open inside inline code or a code block', async () => {
    const { lexical, handle } = mountComposer({ children: <EvidenceMentionPlugin items={ITEMS} /> });
    const typeInto = async (build: () => void) => {
      await act(async () => {
        lexical().update(build, { discrete: true });
        lexical().dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, '2');
      });
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    };
    await typeInto(() => {
      const inline = $createTextNode('git log #').toggleFormat('code');
      $getRoot().clear().append($createParagraphNode().append(inline));
      inline.selectEnd();
    });
    expect(screen.queryByRole('option')).toBeNull();
    await typeInto(() => {
      const line = $createTextNode('# comment #');
      $getRoot().clear().append($createCodeNode().append(line));
      line.selectEnd();
    });
    expect(screen.queryByRole('option')).toBeNull();
    expect(mentionRefsOf(handle.current!.getValue().body)).toEqual([]);
  });

  it('without items, says where they come from and keeps # as text', async () => {
    const { type, handle } = mountComposer({ children: <EvidenceMentionPlugin items={[]} /> });
    await type('see #');
    expect(await screen.findByText('No evidence items yet — add them in the Evidence tab')).toBeTruthy();
    expect(screen.queryByRole('option')).toBeNull();
    await type('tag');
    await waitFor(() => expect(screen.queryByText(/No evidence items yet/)).toBeNull());
    expect(handle.current!.getValue().text).toBe('see #tag');
  });

  it('speaks Japanese, and a full-width ＃ and digit from an IME work too', async () => {
    await i18next.changeLanguage('ja');
    const { type, handle } = mountComposer({ children: <EvidenceMentionPlugin items={ITEMS} /> });
    await type('撮影した ＃２');
    expect(await screen.findByRole('listbox', { name: '引用する証拠' })).toBeTruthy();
    await press('Enter');
    await waitFor(() => expect(screen.queryByRole('option')).toBeNull());
    expect(mentionRefsOf(handle.current!.getValue().body)).toEqual([{ type: 'evidence', id: ITEM_2 }]);
    cleanup();
    await mountComposer({ children: <EvidenceMentionPlugin items={[]} /> }).type('#');
    expect(await screen.findByText('証拠はまだありません。「証拠」タブで追加してください')).toBeTruthy();
  });
});
