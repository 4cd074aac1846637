// One submit path for Ctrl/Cmd+Enter and the parent's Save button: refuses empty
// content and overlapping saves, and clears + refocuses only once the save succeeded.
import { useCallback, useRef } from 'react';
import type { LexicalEditor } from 'lexical';
import { clearComposer, focusComposer, readComposerValue, type ComposerValue } from './composerValue';

export type SubmitHandler = (value: ComposerValue) => Promise<boolean>;

export function useComposerSubmit(editor: LexicalEditor, onSubmit: SubmitHandler): () => Promise<boolean> {
  const pending = useRef(false);
  return useCallback(async () => {
    if (pending.current || !editor.isEditable()) return false;
    const value = readComposerValue(editor);
    if (value.isEmpty) return false;
    pending.current = true;
    try {
      const saved = await onSubmit(value);
      if (saved) {
        // Text typed while the save was in flight is not in the saved entry: keep it.
        if (readComposerValue(editor).text === value.text) clearComposer(editor);
        focusComposer(editor);
      }
      return saved;
    } catch (error) {
      console.error('Composer: onSubmit rejected; the entry was not cleared.', error);
      return false;
    } finally {
      pending.current = false;
    }
  }, [editor, onSubmit]);
}
