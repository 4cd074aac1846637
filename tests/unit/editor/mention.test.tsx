// @vitest-environment happy-dom
// System mentions: what the sanitizer keeps, which refs an entry gets from them,
// how a stored body shows them, and the `@` typeahead in the composer.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot, type TextNode } from 'lexical';
import type { RichBody } from '../../../shared/domain/logEntry';
import { initI18n } from '../../../renderer/i18n';
import { BodyView, EDITOR_NODES, SystemMentionPlugin, systemRefsOf, $createSystemMentionNode } from '../../../renderer/editor';
import { plainTextOf, sanitizeBody } from '../../../renderer/editor/sanitize';
import { matchSystems, systemTrigger } from '../../../renderer/editor/plugins/systemMention/systemMatch';
import { body, li, link, p, text, ul } from './bodyFixtures';
import { mountComposer } from './composerHarness';

const FS01 = '0192f6a4-1c2b-7d3e-8f40-5a6b7c8d9e01';
const DC02 = '0192f6a4-1c2b-7d3e-8f40-5a6b7c8d9e02';

const mention = (systemId: string, name: string, extra: Record<string, unknown> = {}) => ({
  type: 'system-mention', systemId, text: name, format: 0, detail: 0, mode: 'token', style: '', version: 1, ...extra,
});
const inlineOf = (value: RichBody) => (value.root.children[0] as { children: Record<string, unknown>[] }).children;

beforeAll(async () => {
  await initI18n('en');
});
afterEach(cleanup);

describe('sanitizeBody and system mentions', () => {
  it('keeps a mention with a valid system id, its name as text', () => {
    const clean = body(p(text('Isolated '), mention(FS01, 'FS01'), text(' at 10:12')));
    expect(sanitizeBody(clean)).toEqual(clean);
    expect(plainTextOf(sanitizeBody(clean))).toBe('Isolated FS01 at 10:12');
  });

  it('keeps the text but not the mention when the id is not a system id', () => {
    for (const bad of ['fs01', '', 'javascript:alert(1)', FS01.toUpperCase(), `${FS01} `]) {
      const result = sanitizeBody(body(p(mention(bad, 'FS01'))));
      expect(inlineOf(result)).toEqual([expect.objectContaining({ type: 'text', text: 'FS01' })]);
    }
    expect(inlineOf(sanitizeBody(body(p(mention(FS01, 'FS01', { systemId: 42 })))))[0]!.type).toBe('text');
  });

  it('drops unknown fields and empty names, and never nests a mention in a link', () => {
    const [kept] = inlineOf(sanitizeBody(body(p(mention(FS01, 'FS01', { onclick: 'x', style: 'color:red', mode: 'normal' })))));
    expect(kept).toEqual(mention(FS01, 'FS01'));
    expect(JSON.stringify(sanitizeBody(body(p(text('a'), mention(FS01, '  ')))))).not.toContain('system-mention');
    const inLink = sanitizeBody(body(p(link('https://example.com', mention(FS01, 'FS01')))));
    expect(JSON.stringify(inLink)).not.toContain('system-mention');
    expect(plainTextOf(inLink)).toBe('FS01');
  });
});

describe('systemRefsOf', () => {
  it('gives one system ref per mentioned system, in order, from anywhere in the body', () => {
    const value = body(p(mention(DC02, 'DC02'), text(' and '), mention(FS01, 'FS01')), ul(li(mention(DC02, 'DC02'))));
    expect(systemRefsOf(value)).toEqual([
      { type: 'system', id: DC02 },
      { type: 'system', id: FS01 },
    ]);
  });

  it('ignores bad ids and anything that is not a body', () => {
    expect(systemRefsOf(body(p(mention('nope', 'X'), text('FS01'))))).toEqual([]);
    expect(systemRefsOf(null)).toEqual([]);
    expect(systemRefsOf({ root: 'x' })).toEqual([]);
  });
});

describe('BodyView and system mentions', () => {
  const stored = body(p(text('Isolated '), mention(FS01, 'FS01')));

  it('shows a mention as a chip carrying the system id', () => {
    const { container } = render(<BodyView body={stored} text="Isolated FS01" onOpenLink={vi.fn()} />);
    const chip = container.querySelector('.lx-mention') as HTMLElement;
    expect(chip.textContent).toBe('FS01');
    expect(chip.dataset.systemId).toBe(FS01);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('makes the chip a link to the system when onOpenRef is given', () => {
    const onOpenRef = vi.fn();
    render(<BodyView body={stored} text="Isolated FS01" onOpenLink={vi.fn()} onOpenRef={onOpenRef} />);
    fireEvent.click(screen.getByRole('link', { name: 'FS01' }));
    fireEvent.keyDown(screen.getByRole('link', { name: 'FS01' }), { key: 'Enter' });
    expect(onOpenRef).toHaveBeenCalledTimes(2);
    expect(onOpenRef).toHaveBeenCalledWith('system', FS01);
  });
});

describe('SystemMentionNode', () => {
  it('serializes to exactly what the sanitizer keeps', () => {
    const editor = createHeadlessEditor({ nodes: [...EDITOR_NODES], onError: (error) => { throw error; } });
    editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode('Isolated '), $createSystemMentionNode(FS01, 'FS01'))), { discrete: true });
    const json = editor.getEditorState().toJSON();
    expect(inlineOf(sanitizeBody(json))[1]).toEqual(mention(FS01, 'FS01'));
    // And loads back from it.
    const again = createHeadlessEditor({ nodes: [...EDITOR_NODES], onError: (error) => { throw error; } });
    again.setEditorState(again.parseEditorState(JSON.stringify(sanitizeBody(json))));
    expect(inlineOf(sanitizeBody(again.getEditorState().toJSON()))[1]).toEqual(mention(FS01, 'FS01'));
  });

  it('keeps its system id through a later change (a writable clone)', () => {
    const editor = createHeadlessEditor({ nodes: [...EDITOR_NODES], onError: (error) => { throw error; } });
    editor.update(() => $getRoot().append($createParagraphNode().append($createSystemMentionNode(FS01, 'FS01'))), { discrete: true });
    editor.update(() => $getRoot().getFirstDescendant<TextNode>()!.toggleFormat('bold'), { discrete: true });
    expect(inlineOf(editor.getEditorState().toJSON() as unknown as RichBody)[0]).toMatchObject({ type: 'system-mention', systemId: FS01, format: 1 });
  });
});

describe('mention typeahead', () => {
  const systems = [
    { id: FS01, name: 'FS01', hint: 'Server · 10.0.0.5', keywords: ['10.0.0.5'] },
    { id: DC02, name: 'DC02', hint: 'Server', keywords: ['10.0.0.2'] },
  ];

  it('starts at @ or ＠ after a space or at the start, and keeps dots and dashes in the query', () => {
    expect(systemTrigger('Isolated @fs')).toEqual({ leadOffset: 9, matchingString: 'fs', replaceableString: '@fs' });
    expect(systemTrigger('＠core-sw1.dc')).toMatchObject({ leadOffset: 0, matchingString: 'core-sw1.dc' });
    expect(systemTrigger('mail soc@example')).toBeNull();
    expect(systemTrigger('@FS01 done')).toBeNull();
  });

  it('matches names first, then addresses', () => {
    expect(matchSystems(systems, 'fs').map((s) => s.name)).toEqual(['FS01']);
    expect(matchSystems(systems, '10.0.0.2').map((s) => s.name)).toEqual(['DC02']);
    expect(matchSystems(systems, '').map((s) => s.name)).toEqual(['FS01', 'DC02']);
  });

  it('lists matching systems as options and inserts the picked one as a mention', async () => {
    const { type, handle } = mountComposer({ children: <SystemMentionPlugin systems={systems} /> });
    await type('Isolated @');
    const listbox = await screen.findByRole('listbox', { name: 'Systems to mention' });
    expect(listbox).toBeTruthy();
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['FS01Server · 10.0.0.5', 'DC02Server']);
    await type('d');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(1));
    const box = screen.getByRole('textbox', { name: 'Log entry' });
    await act(async () => {
      fireEvent.keyDown(box, { key: 'Enter', code: 'Enter' });
    });
    await waitFor(() => expect(screen.queryByRole('option')).toBeNull());
    const value = handle.current!.getValue();
    expect(value.text).toBe('Isolated DC02 ');
    expect(systemRefsOf(value.body)).toEqual([{ type: 'system', id: DC02 }]);
  });

  it('closes on Escape without inserting anything', async () => {
    const { type, handle } = mountComposer({ children: <SystemMentionPlugin systems={systems} /> });
    await type('@f');
    await screen.findByRole('option');
    await act(async () => {
      fireEvent.keyDown(screen.getByRole('textbox', { name: 'Log entry' }), { key: 'Escape', code: 'Escape' });
    });
    await waitFor(() => expect(screen.queryByRole('option')).toBeNull());
    expect(systemRefsOf(handle.current!.getValue().body)).toEqual([]);
  });

  it('does not open without systems', async () => {
    const { type } = mountComposer({ children: <SystemMentionPlugin systems={[]} /> });
    await type('@f');
    expect(screen.queryByRole('option')).toBeNull();
    expect(screen.queryByRole('listbox', { name: 'Systems to mention' })).toBeNull();
  });
});
