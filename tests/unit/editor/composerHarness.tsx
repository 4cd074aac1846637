// Mounts the Composer as the app does, and hands the test its Lexical editor through
// an extra child plugin (the same slot the @/# typeahead plugins will use): happy-dom
// has no native text input for contenteditable, so text goes in through Lexical's
// own insertion command, the one its beforeinput handler dispatches.
import { StrictMode, createRef, useEffect } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, CONTROLLED_TEXT_INSERTION_COMMAND, type LexicalEditor } from 'lexical';
import { vi } from 'vitest';
import { Composer, type ComposerHandle, type ComposerProps } from '../../../renderer/editor/Composer';
import type { ComposerValue } from '../../../renderer/editor/composerValue';

/** Types at the end of the document, as a keyboard would. */
export async function typeAtEnd(editor: LexicalEditor, text: string): Promise<void> {
  await act(async () => {
    editor.update(() => $getRoot().selectEnd(), { discrete: true });
    editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, text);
  });
}

/**
 * A composer the app has already mounted (the log's EntryComposer): its text box, found by
 * name, with `type` as above and `pressEnter` (which picks the highlighted @/# option).
 */
export function composerBox(name: string) {
  const box = screen.getByRole('textbox', { name });
  const editor = (box as unknown as { __lexicalEditor: LexicalEditor }).__lexicalEditor;
  const type = (text: string) => typeAtEnd(editor, text);
  const pressEnter = () =>
    act(async () => {
      fireEvent.keyDown(box, { key: 'Enter', code: 'Enter' });
    });
  return { box, editor, type, pressEnter };
}

/** Lets the live queries (systems, evidence items) reach a freshly mounted composer. */
export const liveQueriesSettle = () => act(() => new Promise((resolve) => setTimeout(resolve, 100)));

function CaptureEditor({ onEditor }: { onEditor(editor: LexicalEditor): void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    onEditor(editor);
  }, [editor, onEditor]);
  return null;
}

export function mountComposer(props: Partial<ComposerProps> = {}, { strict = false } = {}) {
  const handle = createRef<ComposerHandle>();
  const onSubmit = vi.fn<(value: ComposerValue) => Promise<boolean>>(async () => true);
  let editor: LexicalEditor | null = null;
  const view = render(
    <Composer ref={handle} ariaLabel="Log entry" placeholder="What happened?" onSubmit={onSubmit} {...props}>
      <CaptureEditor
        onEditor={(captured) => {
          editor = captured;
        }}
      />
      {props.children}
    </Composer>,
    strict ? { wrapper: StrictMode } : undefined,
  );
  const lexical = (): LexicalEditor => {
    if (!editor) throw new Error('editor not mounted');
    return editor;
  };
  const type = (text: string) => typeAtEnd(lexical(), text);
  return { ...view, handle, onSubmit, lexical, type };
}
