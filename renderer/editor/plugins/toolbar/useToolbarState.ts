// Subscribes the toolbar to the editor: formats at the caret, undo/redo
// availability and whether the editor is editable at all.
import { useEffect, useState } from 'react';
import { mergeRegister } from '@lexical/utils';
import { CAN_REDO_COMMAND, CAN_UNDO_COMMAND, COMMAND_PRIORITY_CRITICAL, type LexicalEditor } from 'lexical';
import { $readToolbarState, EMPTY_TOOLBAR_STATE, sameToolbarState, type ToolbarState } from './toolbarState';

export interface ToolbarSnapshot extends ToolbarState {
  canUndo: boolean;
  canRedo: boolean;
  editable: boolean;
}

export function useToolbarState(editor: LexicalEditor): ToolbarSnapshot {
  const [format, setFormat] = useState<ToolbarState>(EMPTY_TOOLBAR_STATE);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [editable, setEditable] = useState(() => editor.isEditable());

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read($readToolbarState);
          setFormat((current) => (sameToolbarState(current, next) ? current : next));
        }),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (value) => {
            setCanUndo(value);
            return false;
          },
          COMMAND_PRIORITY_CRITICAL,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (value) => {
            setCanRedo(value);
            return false;
          },
          COMMAND_PRIORITY_CRITICAL,
        ),
        editor.registerEditableListener(setEditable),
      ),
    [editor],
  );

  return { ...format, canUndo, canRedo, editable };
}
