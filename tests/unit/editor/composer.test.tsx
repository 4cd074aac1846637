// @vitest-environment happy-dom
// The composer as a responder uses it: type, Ctrl/Cmd+Enter, keep typing.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { initI18n } from '../../../renderer/i18n';
import { plainTextOf } from '../../../renderer/editor/sanitize';
import { body, p, text } from './bodyFixtures';
import { mountComposer } from './composerHarness';

beforeAll(async () => {
  await initI18n('en');
});
afterEach(cleanup);

const textbox = () => screen.getByRole('textbox', { name: 'Log entry' });
const pressSubmit = async (modifier: 'ctrlKey' | 'metaKey' = 'ctrlKey') => {
  await act(async () => {
    fireEvent.keyDown(textbox(), { key: 'Enter', code: 'Enter', [modifier]: true });
  });
};

const pressSubmitOn = async (container: HTMLElement) => {
  const box = container.querySelector('[role="textbox"]') as HTMLElement;
  await act(async () => {
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', ctrlKey: true });
  });
};

describe('Composer', () => {
  it('is a labelled multi-line textbox', () => {
    mountComposer();
    expect(textbox().getAttribute('aria-multiline')).toBe('true');
    expect(textbox().getAttribute('contenteditable')).toBe('true');
  });

  it('submits on Ctrl+Enter with the sanitized body and its text, then clears and keeps focus', async () => {
    const { onSubmit, type } = mountComposer({ autoFocus: true });
    await type('Isolated host FS-02');
    await pressSubmit();
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const value = onSubmit.mock.calls[0]![0];
    expect(value.text).toBe('Isolated host FS-02');
    expect(value.isEmpty).toBe(false);
    expect(plainTextOf(value.body)).toBe('Isolated host FS-02');
    expect(value.body.root.children).toHaveLength(1);
    await waitFor(() => expect(textbox().textContent).toBe(''));
    expect(document.activeElement).toBe(textbox());
  });

  it('submits exactly once under React StrictMode', async () => {
    const { onSubmit, type } = mountComposer({}, { strict: true });
    await type('strict');
    await pressSubmit();
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]![0].text).toBe('strict');
  });

  it('submits on Cmd+Enter too, and plain Enter does not submit', async () => {
    const { onSubmit, type } = mountComposer();
    await type('first');
    await act(async () => {
      fireEvent.keyDown(textbox(), { key: 'Enter', code: 'Enter' });
    });
    expect(onSubmit).not.toHaveBeenCalled();
    await pressSubmit('metaKey');
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('does not submit empty or whitespace-only content', async () => {
    const { onSubmit, type, handle } = mountComposer();
    await pressSubmit();
    await type('  \u3000 ');
    await pressSubmit();
    expect(await handle.current!.submit()).toBe(false);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('keeps the content when the save fails', async () => {
    const onSubmit = vi.fn(async () => false);
    const { type } = mountComposer({ onSubmit });
    await type('keep me');
    await pressSubmit();
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(textbox().textContent).toBe('keep me');
  });

  it('ignores a second Ctrl+Enter while the first save is in flight', async () => {
    let finish: (saved: boolean) => void = () => undefined;
    const onSubmit = vi.fn(() => new Promise<boolean>((resolve) => (finish = resolve)));
    const { type } = mountComposer({ onSubmit });
    await type('once');
    await pressSubmit();
    await pressSubmit();
    await act(async () => finish(true));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(textbox().textContent).toBe(''));
  });

  it('copes with being unmounted by its own onSubmit (a dialog that closes on save)', async () => {
    const errors = vi.spyOn(console, 'error');
    let unmount = () => undefined as void;
    const onSubmit = vi.fn(async () => {
      unmount();
      return true;
    });
    const composer = mountComposer({ onSubmit });
    unmount = composer.unmount;
    await composer.type('amended');
    await pressSubmitOn(composer.container);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('offers getValue, clear, focus and submit on its handle', async () => {
    const { handle, type, onSubmit } = mountComposer();
    await type('via handle');
    expect(handle.current!.getValue()).toMatchObject({ text: 'via handle', isEmpty: false });
    await act(async () => handle.current!.clear());
    expect(handle.current!.getValue()).toMatchObject({ text: '', isEmpty: true });
    await type('saved by button');
    const saveButton = document.body.appendChild(document.createElement('button'));
    saveButton.focus();
    await act(async () => {
      expect(await handle.current!.submit()).toBe(true);
    });
    expect(onSubmit.mock.calls[0]![0].text).toBe('saved by button');
    expect(handle.current!.getValue().isEmpty).toBe(true);
    expect(document.activeElement).toBe(textbox()); // back in the composer for the next entry
    saveButton.focus();
    act(() => handle.current!.focus());
    expect(document.activeElement).toBe(textbox());
    saveButton.remove();
  });

  it('loads initialBody through the sanitizer', () => {
    const stored = body(p(text('to correct', 1 | 8)), { type: 'heading', children: [text('head')] });
    const { handle } = mountComposer({ initialBody: stored as never });
    expect(handle.current!.getValue().text).toBe('to correct\n\nhead');
    expect(textbox().querySelector('strong.lx-bold')?.textContent).toBe('to correct');
  });

  it('reports changes through onChange', async () => {
    const onChange = vi.fn();
    const { type } = mountComposer({ onChange });
    await type('draft');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ text: 'draft', isEmpty: false }));
  });

  it('is read-only and its toolbar disabled when disabled', () => {
    mountComposer({ disabled: true });
    expect(textbox().getAttribute('contenteditable')).toBe('false');
    expect(screen.getByRole('button', { name: 'Bold' }).hasAttribute('disabled')).toBe(true);
  });

  it('renders extra plugins inside the editor context', () => {
    mountComposer({ children: <span data-testid="extra-plugin" /> });
    expect(screen.getByTestId('extra-plugin')).toBeTruthy();
  });
});
