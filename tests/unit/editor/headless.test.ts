// @vitest-environment happy-dom
// The live editor's safety net: the node registry + sanitizer transforms, fed hostile
// HTML the way a paste is (DOMParser → $generateNodesFromDOM → $insertGeneratedNodes),
// and plainTextOf() checked against Lexical's own getTextContent().
import { describe, expect, it } from 'vitest';
import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $createCodeNode } from '@lexical/code';
import { HeadlessExtension, createHeadlessEditor } from '@lexical/headless';
import { $generateNodesFromDOM } from '@lexical/html';
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode, registerList } from '@lexical/list';
import { buildEditorFromExtensions } from '@lexical/extension';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTabNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  type LexicalEditor,
} from 'lexical';
import { EDITOR_NAMESPACE, EDITOR_NODES } from '../../../renderer/editor/nodes';
import { defineComposerExtension } from '../../../renderer/editor/composerExtension';
import { registerSanitizer } from '../../../renderer/editor/plugins/sanitize/registerSanitizer';
import { plainTextOf, sanitizeBody } from '../../../renderer/editor/sanitize';
import { linkUrls, nodeTypes } from './bodyFixtures';

const ALLOWED_TYPES = ['root', 'paragraph', 'text', 'tab', 'linebreak', 'link', 'list', 'listitem', 'code'];

function entryEditor(): LexicalEditor {
  const editor = createHeadlessEditor({ namespace: EDITOR_NAMESPACE, nodes: EDITOR_NODES, onError: (error) => { throw error; } });
  registerSanitizer(editor);
  registerList(editor);
  return editor;
}

function paste(editor: LexicalEditor, html: string): void {
  editor.update(
    () => {
      $getRoot().clear().append($createParagraphNode()).selectEnd();
      const dom = new DOMParser().parseFromString(html, 'text/html');
      const selection = $getSelection();
      if (selection) $insertGeneratedNodes(editor, $generateNodesFromDOM(editor, dom), selection);
    },
    { discrete: true },
  );
}

const textOf = (editor: LexicalEditor) => editor.getEditorState().read(() => $getRoot().getTextContent());

function everyNode(value: unknown, visit: (node: Record<string, unknown>) => void): void {
  const node = value as Record<string, unknown>;
  visit(node);
  (node.children as unknown[] | undefined)?.forEach((child) => everyNode(child, visit));
}

const HOSTILE_HTML = `
  <h1 style="color:red">Title</h1>
  <p style="text-align:center;font-size:40px">Hi <b>bold</b> <u>under</u> <s>strike</s> <sub>x</sub><sup>y</sup>
    <mark>marked</mark> <span style="background:red;font-weight:bold">styled</span> <code>c</code> <i>it</i></p>
  <p><a href="javascript:alert(1)">js1</a> <a href=" JaVaScRiPt:alert(2)">js2</a> <a href="java&#x09;script:alert(3)">js3</a>
    <a href="data:text/html,&lt;script&gt;alert(4)&lt;/script&gt;">data</a> <a href="vbscript:msgbox(5)">vb</a>
    <a href="file:///etc/passwd">file</a> <a href="https://ok.example/" target="_blank" rel="opener" style="color:red">ok</a></p>
  <img src="x" onerror="alert(6)"><script>alert(7)</script><style>p { color: red }</style>
  <svg onload="alert(8)"><text>svgtext</text></svg>
  <table><tr><td>cell</td></tr></table><blockquote>quoted</blockquote>
  <ul><li><input type="checkbox" checked>task</li></ul>
  <pre data-language="js" data-theme="dark" style="color:red">let x = 1;</pre>`;

describe('pasting hostile HTML into the entry editor', () => {
  const editor = entryEditor();
  paste(editor, HOSTILE_HTML);
  const json = editor.getEditorState().toJSON();

  it('yields only the allowed node types', () => {
    expect([...nodeTypes(json)].filter((type) => !ALLOWED_TYPES.includes(type))).toEqual([]);
  });

  it('keeps only the safe link, without target or rel', () => {
    expect(linkUrls(json)).toEqual(['https://ok.example/']);
    everyNode(json.root, (node) => {
      if (node.type === 'link') expect(node).toMatchObject({ target: null, rel: null });
    });
  });

  it('clears disallowed formats, styles, alignment and code language', () => {
    everyNode(json.root, (node) => {
      if (typeof node.format === 'number') expect(node.format & ~(1 | 2 | 16)).toBe(0);
      if (typeof node.format === 'string') expect(node.format).toBe('');
      if ('style' in node) expect(node.style).toBe('');
      expect(node.language ?? null).toBeNull();
    });
  });

  it('keeps the words and drops script and style text', () => {
    const text = textOf(editor);
    for (const word of ['Title', 'bold', 'under', 'marked', 'styled', 'js1', 'js3', 'vb', 'ok', 'cell', 'quoted', 'task', 'let x = 1;']) {
      expect(text).toContain(word);
    }
    expect(text).not.toMatch(/alert\(7\)|color: red/);
  });

  it('is already what sanitizeBody would store', () => {
    expect(sanitizeBody(json)).toEqual(json);
    expect(plainTextOf(sanitizeBody(json))).toBe(textOf(editor));
  });
});

describe('sanitizer transforms on content made through the API', () => {
  it('unwraps an unsafe link the moment it is created', () => {
    const editor = entryEditor();
    editor.update(
      () => {
        const link = $createLinkNode('javascript:alert(1)').append($createTextNode('click'));
        $getRoot().clear().append($createParagraphNode().append(link));
      },
      { discrete: true },
    );
    expect(linkUrls(editor.getEditorState().toJSON())).toEqual([]);
    expect(textOf(editor)).toBe('click');
  });

  it('is active in the composer extension too', () => {
    const editor = buildEditorFromExtensions(defineComposerExtension(null), HeadlessExtension);
    editor.update(
      () => {
        const text = $createTextNode('u').toggleFormat('underline').toggleFormat('bold');
        text.setStyle('color: red');
        const link = $createLinkNode('vbscript:x').append($createTextNode('v'));
        $getRoot().clear().append($createParagraphNode().append(text, link));
      },
      { discrete: true },
    );
    const json = editor.getEditorState().toJSON();
    expect(linkUrls(json)).toEqual([]);
    expect((json.root.children[0] as unknown as { children: { format: number; style: string }[] }).children[0]).toMatchObject({ format: 1, style: '' });
    editor.dispose();
  });

  it('loads an initial body through sanitizeBody', () => {
    const hostile = { root: { type: 'root' as const, children: [{ type: 'heading', tag: 'h1', children: [{ type: 'text', text: 'T', format: 8 }] }] } };
    const editor = buildEditorFromExtensions(defineComposerExtension(hostile), HeadlessExtension);
    expect(textOf(editor)).toBe('T');
    expect([...nodeTypes(editor.getEditorState().toJSON())].sort()).toEqual(['paragraph', 'root', 'text']);
    editor.dispose();
  });
});

describe('plainTextOf matches Lexical getTextContent', () => {
  const documents: Record<string, () => void> = {
    'paragraphs, empty ones and line breaks': () => {
      $getRoot().append(
        $createParagraphNode().append($createTextNode('one'), $createLineBreakNode(), $createTextNode('two')),
        $createParagraphNode(),
        $createParagraphNode(),
        $createParagraphNode().append($createTextNode('three ')),
      );
    },
    'nested lists and links': () => {
      const inner = $createListNode('number').append($createListItemNode().append($createTextNode('n1')), $createListItemNode().append($createTextNode('n2')));
      const outer = $createListNode('bullet').append(
        $createListItemNode().append($createTextNode('a '), $createLinkNode('https://x.test').append($createTextNode('link')), $createTextNode(' b')),
        $createListItemNode().append(inner),
        $createListItemNode(),
      );
      $getRoot().append($createParagraphNode().append($createTextNode('before')), outer, $createParagraphNode().append($createTextNode('after')));
    },
    'code blocks with tabs': () => {
      $getRoot().append(
        $createCodeNode().append($createTextNode('if (x) {'), $createLineBreakNode(), $createTabNode(), $createTextNode('y();'), $createLineBreakNode(), $createTextNode('}')),
        $createCodeNode(),
      );
    },
    'Japanese text with ideographic spaces': () => {
      $getRoot().append($createParagraphNode().append($createTextNode('隔離　完了'), $createTextNode('（VPN）').toggleFormat('bold')));
    },
  };

  it.each(Object.entries(documents))('%s', (_name, build) => {
    const editor = entryEditor();
    editor.update(() => { $getRoot().clear(); build(); }, { discrete: true });
    const json = editor.getEditorState().toJSON();
    expect(plainTextOf(json)).toBe(textOf(editor));
    expect(plainTextOf(sanitizeBody(json))).toBe(textOf(editor));
    expect(sanitizeBody(json)).toEqual(json);
  });
});
