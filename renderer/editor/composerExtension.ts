// The composer's editor configuration as one Lexical extension: node registry, theme,
// namespace, and the behaviour that must always be on (sanitizer, code blocks).
// React plugins (rich text, lists, links, history, toolbar …) are added by Composer.tsx.
import { CodeExtension } from '@lexical/code';
import { defineExtension } from 'lexical';
import type { RichBody } from '../../shared/domain/logEntry';
import { EDITOR_NAMESPACE, EDITOR_NODES } from './nodes';
import { SanitizeExtension } from './plugins/sanitize/SanitizeExtension';
import { sanitizeBody } from './sanitize';
import { editorTheme } from './theme';

/** Build once per editor instance: a new extension object means a new editor. */
export function defineComposerExtension(initialBody: RichBody | null | undefined, editable = true) {
  return defineExtension({
    name: '@lantern/editor/composer',
    namespace: EDITOR_NAMESPACE,
    nodes: () => EDITOR_NODES,
    theme: editorTheme,
    editable,
    dependencies: [CodeExtension, SanitizeExtension],
    // Undefined gives Lexical's default: one empty paragraph.
    $initialEditorState: initialBody ? JSON.stringify(sanitizeBody(initialBody)) : undefined,
  });
}
