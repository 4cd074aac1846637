// Ctrl+Enter (Cmd+Enter on macOS) submits the entry; plain and Shift+Enter keep
// their usual meaning (new paragraph, line break). Never fires mid-IME composition.
import { useEffect, useEffectEvent } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND } from 'lexical';

export interface SubmitShortcutPluginProps {
  onSubmit(): void;
}

export const isSubmitShortcut = (event: KeyboardEvent | null): event is KeyboardEvent =>
  event !== null && (event.ctrlKey || event.metaKey) && !event.altKey && !event.isComposing;

export function SubmitShortcutPlugin({ onSubmit }: SubmitShortcutPluginProps): null {
  const [editor] = useLexicalComposerContext();
  const submit = useEffectEvent(onSubmit);
  useEffect(
    () =>
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          if (!isSubmitShortcut(event)) return false;
          event.preventDefault();
          submit();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
