// @vitest-environment happy-dom
// The formatting toolbar: named, titled and pressed buttons that change the entry.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { $selectAll } from 'lexical';
import { initI18n, i18next } from '../../../renderer/i18n';
import { linkUrls, nodeTypes } from './bodyFixtures';
import { mountComposer } from './composerHarness';

beforeAll(async () => {
  await initI18n('en');
});
afterEach(cleanup);

const button = (name: string) => screen.getByRole('button', { name });
const pressed = (name: string) => button(name).getAttribute('aria-pressed');
const click = async (name: string) => {
  await act(async () => {
    fireEvent.click(button(name));
  });
};

async function typedAndSelected(text: string) {
  const composer = mountComposer();
  await composer.type(text);
  await act(async () => composer.lexical().update(() => void $selectAll(), { discrete: true }));
  return composer;
}

describe('toolbar buttons', () => {
  it('are named and titled with their shortcut, inside a labelled toolbar', () => {
    mountComposer();
    expect(screen.getByRole('toolbar', { name: 'Formatting' })).toBeTruthy();
    const expected: Record<string, RegExp> = {
      Bold: /^Bold \((Ctrl\+B|⌘B)\)$/,
      Italic: /^Italic \((Ctrl\+I|⌘I)\)$/,
      'Inline code': /^Inline code \((Ctrl\+E|⌘E)\)$/,
      'Bulleted list': /^Bulleted list \((Ctrl\+Shift\+8|⌘⇧8)\)$/,
      'Numbered list': /^Numbered list \((Ctrl\+Shift\+7|⌘⇧7)\)$/,
      'Code block': /^Code block$/,
      Link: /^Link \((Ctrl\+K|⌘K)\)$/,
      Undo: /^Undo \((Ctrl\+Z|⌘Z)\)$/,
      Redo: /^Redo \((Ctrl\+Y|⌘⇧Z)\)$/,
    };
    for (const [name, title] of Object.entries(expected)) expect(button(name).title).toMatch(title);
    expect(pressed('Bold')).toBe('false');
    expect(button('Undo').hasAttribute('aria-pressed')).toBe(false);
  });

  it('make the selection bold and show it as pressed', async () => {
    const { handle } = await typedAndSelected('FS-02 isolated');
    await click('Bold');
    expect(pressed('Bold')).toBe('true');
    expect(pressed('Italic')).toBe('false');
    const paragraph = handle.current!.getValue().body.root.children[0] as { children: { format: number }[] };
    expect(paragraph.children[0]?.format).toBe(1);
  });

  it('toggle numbered lists and code blocks', async () => {
    const { handle } = await typedAndSelected('step one');
    await click('Numbered list');
    expect(pressed('Numbered list')).toBe('true');
    expect(pressed('Bulleted list')).toBe('false');
    expect(handle.current!.getValue().body.root.children[0]).toMatchObject({ type: 'list', listType: 'number' });
    await click('Numbered list');
    expect(nodeTypes(handle.current!.getValue().body).has('list')).toBe(false);
    await click('Code block');
    expect(pressed('Code block')).toBe('true');
    expect(handle.current!.getValue()).toMatchObject({ text: 'step one', body: { root: { children: [{ type: 'code' }] } } });
  });

  it('undo the last change once there is one', async () => {
    const { handle, type } = mountComposer();
    expect(button('Undo').hasAttribute('disabled')).toBe(true);
    await type('oops');
    expect(button('Undo').hasAttribute('disabled')).toBe(false);
    await click('Undo');
    expect(handle.current!.getValue().text).toBe('');
  });

  it('apply inline code with Ctrl+E', async () => {
    const { handle } = await typedAndSelected('whoami');
    await act(async () => {
      fireEvent.keyDown(screen.getByRole('textbox', { name: 'Log entry' }), { key: 'e', code: 'KeyE', ctrlKey: true });
    });
    expect(pressed('Inline code')).toBe('true');
    expect(handle.current!.getValue().body.root.children[0]).toMatchObject({ children: [{ format: 16 }] });
  });
});

describe('the link form', () => {
  const urlField = () => screen.getByRole('textbox', { name: 'Link address' });
  const submitUrl = async (url: string) => {
    await act(async () => {
      fireEvent.change(urlField(), { target: { value: url } });
      fireEvent.keyDown(urlField(), { key: 'Enter' });
    });
  };

  it('refuses unsafe URLs with a message, then links a safe one', async () => {
    const { handle } = await typedAndSelected('ransom note');
    await click('Link');
    expect(document.activeElement).toBe(urlField());
    await submitUrl('javascript:alert(1)');
    expect(screen.getByRole('alert').textContent).toBe('Only http, https and mailto links are allowed.');
    expect(linkUrls(handle.current!.getValue().body)).toEqual([]);
    await submitUrl(' https://intel.example/note ');
    expect(screen.queryByRole('textbox', { name: 'Link address' })).toBeNull();
    expect(linkUrls(handle.current!.getValue().body)).toEqual(['https://intel.example/note']);
    expect(handle.current!.getValue().text).toBe('ransom note');
  });

  it('inserts the URL as text at a bare caret, and Escape closes without change', async () => {
    const { handle } = mountComposer();
    await click('Link');
    await act(async () => {
      fireEvent.keyDown(urlField(), { key: 'Escape' });
    });
    expect(screen.queryByRole('textbox', { name: 'Link address' })).toBeNull();
    await click('Link');
    await submitUrl('mailto:soc@example.com');
    expect(handle.current!.getValue().text).toBe('mailto:soc@example.com');
    expect(linkUrls(handle.current!.getValue().body)).toEqual(['mailto:soc@example.com']);
  });
});

describe('in Japanese', () => {
  beforeAll(async () => {
    await i18next.changeLanguage('ja');
  });
  afterAll(async () => {
    await i18next.changeLanguage('en');
  });

  it('names every button in Japanese', () => {
    mountComposer();
    for (const name of ['太字', '斜体', 'インラインコード', '箇条書き', '番号付きリスト', 'コードブロック', 'リンク', '元に戻す', 'やり直す']) {
      expect(button(name)).toBeTruthy();
    }
    expect(button('太字').title).toMatch(/^太字（(Ctrl\+B|⌘B)）$/);
    expect(screen.getByRole('toolbar', { name: '書式' })).toBeTruthy();
  });
});
