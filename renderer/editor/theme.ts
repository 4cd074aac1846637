// Class names Lexical puts on the editor's DOM. BodyView uses the same names so an
// entry looks the same read-only as when it was typed; the styles live in editor.css.
import type { EditorThemeClasses } from 'lexical';

export const LX = {
  content: 'lx-content',
  paragraph: 'lx-p',
  bold: 'lx-bold',
  italic: 'lx-italic',
  code: 'lx-code',
  link: 'lx-link',
  ul: 'lx-ul',
  ol: 'lx-ol',
  listItem: 'lx-li',
  nestedListItem: 'lx-li-nested',
  codeBlock: 'lx-codeblock',
  mention: 'lx-mention',
  mentionLink: 'lx-mention-link',
  evidenceMention: 'lx-mention-evidence',
} as const;

export const editorTheme: EditorThemeClasses = {
  paragraph: LX.paragraph,
  text: { bold: LX.bold, italic: LX.italic, code: LX.code },
  link: LX.link,
  list: {
    ul: LX.ul,
    ol: LX.ol,
    listitem: LX.listItem,
    nested: { listitem: LX.nestedListItem },
  },
  code: LX.codeBlock,
};
