// Mounts the Composer as the app does, and hands the test its Lexical editor through
// an extra child plugin (the same slot the @/# typeahead plugins will use): happy-dom
// has no native text input for contenteditable, so text goes in through Lexical's
// own insertion command, the one its beforeinput handler dispatches.
import { StrictMode, createRef, useEffect } from 'react';
import { act, render } from '@testing-library/react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, CONTROLLED_TEXT_INSERTION_COMMAND, type LexicalEditor } from 'lexical';
import { vi } from 'vitest';
import { Composer, type ComposerHandle, type ComposerProps } from '../../../renderer/editor/Composer';
import type { ComposerValue } from '../../../renderer/editor/composerValue';

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
  /** Types at the end of the document, as a keyboard would. */
  const type = async (text: string) => {
    await act(async () => {
      lexical().update(() => $getRoot().selectEnd(), { discrete: true });
      lexical().dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, text);
    });
  };
  return { ...view, handle, onSubmit, lexical, type };
}
