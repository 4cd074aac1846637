// The composer's formatting toolbar (bold, italic, inline code, lists, link, code
// block, undo/redo) plus the shortcuts Lexical lacks (Mod+E, Mod+K, Mod+Shift+7/8).
import { Fragment, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND, type BaseSelection } from 'lexical';
import { icons, type IconName } from './icons';
import { LinkEditor } from './LinkEditor';
import { matchShortcut, shortcutLabel, type ShortcutName } from './shortcuts';
import { ToolbarButton } from './ToolbarButton';
import { runToolbarAction, type ToolbarAction } from './toolbarActions';
import { $applyLink } from './toolbarCommands';
import { $readToolbarState } from './toolbarState';
import { useRovingFocus } from './useRovingFocus';
import { useToolbarState, type ToolbarSnapshot } from './useToolbarState';

interface ButtonSpec {
  action: ToolbarAction & IconName;
  shortcut?: ShortcutName;
  pressed?(state: ToolbarSnapshot): boolean;
  enabled?(state: ToolbarSnapshot): boolean;
  /** Draw a divider after this button. */
  groupEnd?: boolean;
}

const BUTTONS: readonly ButtonSpec[] = [
  { action: 'bold', shortcut: 'bold', pressed: (s) => s.bold },
  { action: 'italic', shortcut: 'italic', pressed: (s) => s.italic },
  { action: 'inlineCode', shortcut: 'inlineCode', pressed: (s) => s.code, groupEnd: true },
  { action: 'bulletList', shortcut: 'bulletList', pressed: (s) => s.listType === 'bullet' },
  { action: 'numberList', shortcut: 'numberList', pressed: (s) => s.listType === 'number' },
  { action: 'codeBlock', pressed: (s) => s.codeBlock },
  { action: 'link', shortcut: 'link', pressed: (s) => s.linkUrl !== null, groupEnd: true },
  { action: 'undo', shortcut: 'undo', enabled: (s) => s.canUndo },
  { action: 'redo', shortcut: 'redo', enabled: (s) => s.canRedo },
];

interface LinkDraft {
  url: string;
  selection: BaseSelection | null;
}

export function ToolbarPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation('editor');
  const state = useToolbarState(editor);
  const [linkDraft, setLinkDraft] = useState<LinkDraft | null>(null);
  const roving = useRovingFocus(BUTTONS.map((button) => state.editable && (button.enabled?.(state) ?? true)));

  const openLinkEditor = useCallback(() => {
    // Kept so the link lands on this selection even though the URL field takes focus.
    const draft = editor.getEditorState().read(() => ({
      url: $readToolbarState().linkUrl ?? '',
      selection: $getSelection()?.clone() ?? null,
    }));
    setLinkDraft(draft);
  }, [editor]);

  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const shortcut = matchShortcut(event);
          if (!shortcut) return false;
          event.preventDefault();
          runToolbarAction(editor, shortcut, openLinkEditor);
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor, openLinkEditor],
  );

  const closeLinkEditor = (url?: string | null) => {
    const selection = linkDraft?.selection ?? null;
    setLinkDraft(null);
    if (url !== undefined) editor.update(() => void $applyLink(url, selection));
    editor.focus();
  };

  return (
    <div className="lx-toolbar-area">
      <div role="toolbar" aria-label={t('toolbar.label')} className="lx-toolbar" onKeyDown={roving.onKeyDown}>
        {BUTTONS.map((button, index) => {
          const label = t(`toolbar.${button.action}`);
          return (
            <Fragment key={button.action}>
              <ToolbarButton
                label={label}
                title={button.shortcut ? t('toolbar.withShortcut', { label, shortcut: shortcutLabel(button.shortcut) }) : label}
                icon={icons[button.action]}
                pressed={button.pressed?.(state)}
                disabled={!state.editable || !(button.enabled?.(state) ?? true)}
                tabIndex={roving.tabIndexOf(index)}
                onClick={() => runToolbarAction(editor, button.action, openLinkEditor)}
                onFocus={roving.onFocusAt(index)}
              />
              {button.groupEnd && <span className="lx-toolbar-divider" aria-hidden="true" />}
            </Fragment>
          );
        })}
      </div>
      {linkDraft && (
        <LinkEditor
          initialUrl={linkDraft.url}
          hasLink={linkDraft.url !== ''}
          onApply={(url) => closeLinkEditor(url)}
          onRemove={() => closeLinkEditor(null)}
          onClose={() => closeLinkEditor()}
        />
      )}
    </div>
  );
}
