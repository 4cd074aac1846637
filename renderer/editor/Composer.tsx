// The log entry composer: a Lexical rich-text editor limited to the entry node set,
// with a toolbar, Ctrl/Cmd+Enter to submit and room for extra plugins as children.
// React 19 style: `ref` is an ordinary prop (no forwardRef).
import { useEffect, useImperativeHandle, useState, type ReactNode, type Ref } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalExtensionComposer } from '@lexical/react/LexicalExtensionComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { AutoFocusPlugin } from '@lexical/react/LexicalAutoFocusPlugin';
import type { RichBody } from '../../shared/domain/logEntry';
import { isSafeLinkUrl } from '../../shared/domain/links';
import { defineComposerExtension } from './composerExtension';
import { clearComposer, focusComposer, readComposerValue, type ComposerValue } from './composerValue';
import { useComposerSubmit } from './useComposerSubmit';
import { SubmitShortcutPlugin } from './plugins/submitShortcut/SubmitShortcutPlugin';
import { ToolbarPlugin } from './plugins/toolbar/ToolbarPlugin';
import { ValueChangePlugin } from './plugins/valueChange/ValueChangePlugin';
import { LX } from './theme';
import './editor.css';

export interface ComposerHandle {
  focus(): void;
  /** Empties the editor and its undo history. */
  clear(): void;
  getValue(): ComposerValue;
  /** Same as Ctrl/Cmd+Enter: submits unless empty; on success clears and keeps focus. */
  submit(): Promise<boolean>;
}

export interface ComposerProps {
  ariaLabel: string;
  placeholder: string;
  /** Read once, when the composer mounts (e.g. the "Correct entry" dialog). Remount (key) to reload. */
  initialBody?: RichBody | null;
  /** Resolve true when saved: the composer then clears and keeps focus. */
  onSubmit(value: ComposerValue): Promise<boolean>;
  onChange?(value: ComposerValue): void;
  autoFocus?: boolean;
  disabled?: boolean;
  /** Extra plugins (typeahead menus …), rendered inside the Lexical context. */
  children?: ReactNode;
  ref?: Ref<ComposerHandle>;
}

export function Composer({ initialBody, disabled = false, ...rest }: ComposerProps) {
  // Stable for the composer's lifetime: a new extension would build a new editor.
  const [extension] = useState(() => defineComposerExtension(initialBody, !disabled));
  return (
    <div className={disabled ? 'lx-composer lx-composer-disabled' : 'lx-composer'}>
      <LexicalExtensionComposer extension={extension} contentEditable={null}>
        <ComposerEditor disabled={disabled} {...rest} />
      </LexicalExtensionComposer>
    </div>
  );
}

type ComposerEditorProps = Omit<ComposerProps, 'initialBody'> & { disabled: boolean };

function ComposerEditor(props: ComposerEditorProps) {
  const { ref, ariaLabel, placeholder, onSubmit, onChange, autoFocus, disabled, children } = props;
  const [editor] = useLexicalComposerContext();
  const submit = useComposerSubmit(editor, onSubmit);

  useImperativeHandle(
    ref,
    () => ({
      focus: () => focusComposer(editor),
      clear: () => clearComposer(editor),
      getValue: () => readComposerValue(editor),
      submit,
    }),
    [editor, submit],
  );
  useEffect(() => {
    editor.setEditable(!disabled);
  }, [editor, disabled]);

  const contentEditable = placeholder ? (
    <ContentEditable
      className={`${LX.content} lx-editable`}
      ariaLabel={ariaLabel}
      ariaMultiline
      aria-placeholder={placeholder}
      placeholder={<div className="lx-placeholder">{placeholder}</div>}
    />
  ) : (
    <ContentEditable className={`${LX.content} lx-editable`} ariaLabel={ariaLabel} ariaMultiline />
  );

  return (
    <>
      <ToolbarPlugin />
      <div className="lx-frame">
        <RichTextPlugin contentEditable={contentEditable} ErrorBoundary={LexicalErrorBoundary} />
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <LinkPlugin validateUrl={isSafeLinkUrl} />
      <SubmitShortcutPlugin onSubmit={() => void submit()} />
      {onChange && <ValueChangePlugin onChange={onChange} />}
      {autoFocus && <AutoFocusPlugin defaultSelection="rootEnd" />}
      {children}
    </>
  );
}
