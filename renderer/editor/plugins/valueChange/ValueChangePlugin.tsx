// Reports the composer value after every content change (selection-only updates
// and the initial load are skipped), e.g. for a draft indicator or a Save button state.
import { useEffect, useEffectEvent } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { composerValueOf, type ComposerValue } from '../../composerValue';

export interface ValueChangePluginProps {
  onChange(value: ComposerValue): void;
}

export function ValueChangePlugin({ onChange }: ValueChangePluginProps): null {
  const [editor] = useLexicalComposerContext();
  const report = useEffectEvent(onChange);
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, prevEditorState }) => {
        if ((dirtyElements.size === 0 && dirtyLeaves.size === 0) || prevEditorState.isEmpty()) return;
        report(composerValueOf(editorState.toJSON()));
      }),
    [editor],
  );
  return null;
}
