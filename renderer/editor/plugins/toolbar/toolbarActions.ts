// What each toolbar button (or its shortcut) does. The current formats are read
// fresh from the editor, so a shortcut never acts on a stale React state.
import {
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { FORMAT_TEXT_COMMAND, REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { $toggleCodeBlock } from './toolbarCommands';
import { $readToolbarState } from './toolbarState';

export type ToolbarAction =
  | 'bold'
  | 'italic'
  | 'inlineCode'
  | 'bulletList'
  | 'numberList'
  | 'codeBlock'
  | 'link'
  | 'undo'
  | 'redo';

export function runToolbarAction(editor: LexicalEditor, action: ToolbarAction, openLinkEditor: () => void): void {
  if (!editor.isEditable()) return;
  const { listType } = editor.getEditorState().read($readToolbarState);
  switch (action) {
    case 'bold':
    case 'italic':
      editor.dispatchCommand(FORMAT_TEXT_COMMAND, action);
      break;
    case 'inlineCode':
      editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'code');
      break;
    case 'bulletList':
      editor.dispatchCommand(listType === 'bullet' ? REMOVE_LIST_COMMAND : INSERT_UNORDERED_LIST_COMMAND, undefined);
      break;
    case 'numberList':
      editor.dispatchCommand(listType === 'number' ? REMOVE_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
      break;
    case 'codeBlock':
      editor.update($toggleCodeBlock);
      break;
    case 'link':
      openLinkEditor();
      break;
    case 'undo':
      editor.dispatchCommand(UNDO_COMMAND, undefined);
      break;
    case 'redo':
      editor.dispatchCommand(REDO_COMMAND, undefined);
      break;
  }
}
