// What the composer hands out (sanitized body + its plain text) and the editor
// operations behind the composer handle: read, clear, focus.
import { $createParagraphNode, $getRoot, $getSelection, CLEAR_HISTORY_COMMAND, type LexicalEditor } from 'lexical';
import type { RichBody } from '../../shared/domain/logEntry';
import { plainTextOf, sanitizeBody } from './sanitize';

export interface ComposerValue {
  /** Serialized Lexical state, passed through sanitizeBody(). */
  body: RichBody;
  /** Plain text of `body` (Lexical's root text content: blocks joined by "\n\n"). */
  text: string;
  /** True when the text is empty or only whitespace (incl. ideographic spaces). */
  isEmpty: boolean;
}

/** The value of serialized editor state (e.g. `editorState.toJSON()`). */
export function composerValueOf(json: unknown): ComposerValue {
  const body = sanitizeBody(json);
  const text = plainTextOf(body);
  return { body, text, isEmpty: text.trim() === '' };
}

/** The editor's current value; pending updates are committed first. */
export function readComposerValue(editor: LexicalEditor): ComposerValue {
  editor.read(() => undefined); // flushes pending updates
  return composerValueOf(editor.getEditorState().toJSON());
}

/** Empties the editor and its undo history, so Undo cannot bring a saved entry back. */
export function clearComposer(editor: LexicalEditor): void {
  editor.update(
    () => {
      const root = $getRoot();
      const hadSelection = $getSelection() !== null;
      root.clear();
      const paragraph = $createParagraphNode();
      root.append(paragraph);
      if (hadSelection) paragraph.select();
    },
    { discrete: true },
  );
  editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
}

/** Puts the caret back in the editor (at the end when it had no selection). */
export function focusComposer(editor: LexicalEditor): void {
  const root = editor.getRootElement();
  if (root === null) return;
  // DOM focus now (callers expect it at once); Lexical restores its selection on commit,
  // but re-applying an unchanged selection would not move the focus by itself.
  if (!root.contains(root.ownerDocument.activeElement)) root.focus();
  editor.focus(undefined, { defaultSelection: 'rootEnd' });
}
