// sanitizeBody: the allowlist over serialized bodies that runs on save and import.
import { describe, expect, it } from 'vitest';
import type { RichBody } from '../../../shared/domain/logEntry';
import { MAX_DEPTH, parseBody, plainTextOf, sanitizeBody } from '../../../renderer/editor/sanitize';
import { body, br, code, li, link, linkUrls, node, nodeTypes, ol, p, tab, text, ul } from './bodyFixtures';

const firstParagraph = (value: RichBody) => value.root.children[0] as { children: Record<string, unknown>[] };

describe('sanitizeBody keeps what an entry may carry', () => {
  it('returns a clean body unchanged', () => {
    const clean = body(
      p(text('plain '), text('bold', 1), text('both', 3), text('code', 16), br(), link('https://example.com/a?b=1#c', text('site'))),
      ul(li(text('one')), li(ul({ ...li(text('nested')), indent: 1 }))),
      ol(li(text('first')), li(link('mailto:soc@example.com', text('mail')))),
      code(text('x = 1'), br(), tab(), text('y')),
    );
    (clean.root.children[1] as { children: { value: number }[] }).children[1]!.value = 2;
    (clean.root.children[2] as { children: { value: number }[] }).children[1]!.value = 2;
    expect(sanitizeBody(clean)).toEqual(clean);
  });

  it('is typed as a RichBody and is idempotent', () => {
    const once: RichBody = sanitizeBody(body(node('heading', [text('Title', 255)]), p(link('javascript:x', text('a')))));
    expect(sanitizeBody(once)).toEqual(once);
  });
});

describe('sanitizeBody clears formats and styles', () => {
  it('keeps only bold, italic and code bits', () => {
    // 4 strikethrough, 8 underline, 32 sub, 64 super, 128 highlight, 256+ case changes
    const result = sanitizeBody(body(p(text('a', 0b111_1111_1111), text('b', 4 | 8 | 32 | 64 | 128), text('c', 2 | 8))));
    expect(firstParagraph(result).children.map((child) => child.format)).toEqual([1 | 2 | 16, 0, 2]);
  });

  it('drops inline styles, alignment and unknown fields', () => {
    const hostile = body({
      ...p(text('x', 0, { style: 'background:url(javascript:alert(1))', onclick: 'alert(1)', html: '<img>' })),
      format: 'center', textStyle: 'color:red', textFormat: 8 | 1, style: 'position:fixed',
    });
    const paragraph = sanitizeBody(hostile).root.children[0] as Record<string, unknown>;
    expect(paragraph).toMatchObject({ format: '', textStyle: '', textFormat: 1 });
    expect(paragraph).not.toHaveProperty('style');
    const leaf = (paragraph.children as Record<string, unknown>[])[0];
    expect(Object.keys(leaf ?? {}).sort()).toEqual(['detail', 'format', 'mode', 'style', 'text', 'type', 'version']);
    expect(leaf).toMatchObject({ style: '', text: 'x' });
  });

  it('keeps code blocks as plain text', () => {
    const result = sanitizeBody(body(code(text('bold', 1), { type: 'code-highlight', text: 'kw', highlightType: 'keyword' }), p()));
    expect(result.root.children[0]).toEqual({ ...code(text('bold'), text('kw')) });
  });
});

describe('sanitizeBody strips unsafe links but keeps their text', () => {
  const unsafe = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\tjavascript:alert(1)',
    'java\u0000script:alert(1)',
    'java\nscript:alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'DATA:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'FILE://C:/Windows/System32',
    'https:javascript:alert(1)',
    '//evil.example/x',
    '/app/relative',
    'https://example.com/\u2028javascript:alert(1)',
    'http://',
    '',
  ];
  it.each(unsafe)('%j', (url) => {
    const result = sanitizeBody(body(p(text('before '), link(url, text('click', 1)), text(' after'))));
    expect(linkUrls(result)).toEqual([]);
    expect(plainTextOf(result)).toBe('before click after');
    expect(firstParagraph(result).children[1]).toMatchObject({ type: 'text', text: 'click', format: 1 });
  });

  it('drops links whose url is not a string, and nested links', () => {
    const result = sanitizeBody(body(p(link({ toString: 'https://x.test' } as never, text('a')), link('https://ok.test', link('https://inner.test', text('b'))))));
    expect(linkUrls(result)).toEqual(['https://ok.test']);
    expect(plainTextOf(result)).toBe('ab');
  });

  it('keeps safe links with nothing but their url and title', () => {
    const result = sanitizeBody(body(p(link('https://example.com', text('x')), link('mailto:a@b.test', text('m')))));
    expect(linkUrls(result)).toEqual(['https://example.com', 'mailto:a@b.test']);
    expect(firstParagraph(result).children[0]).toMatchObject({ rel: null, target: null, title: null });
  });
});

describe('sanitizeBody reduces unknown nodes', () => {
  it('turns headings, quotes and tables into paragraphs of their text', () => {
    const result = sanitizeBody(body(
      node('heading', [text('Title')], { tag: 'h1' }),
      node('quote', [text('Quoted')]),
      node('table', [node('tablerow', [node('tablecell', [p(text('c1'))]), node('tablecell', [p(text('c2'))])])]),
    ));
    expect(nodeTypes(result)).toEqual(new Set(['root', 'paragraph', 'text']));
    expect(plainTextOf(result)).toBe('Title\n\nQuoted\n\nc1\n\nc2');
  });

  it('keeps text of unknown leaves and inline wrappers, drops decorators', () => {
    const result = sanitizeBody(body(p(
      text('a '),
      { type: 'mention', text: '@alice', version: 1 },
      { type: 'image', src: 'x', altText: 'alt', version: 1 },
      node('autolink', [text(' https://x.test')], { url: 'javascript:alert(1)' }),
      node('mark', [text(' marked')], { ids: ['1'] }),
    )));
    expect(linkUrls(result)).toEqual([]);
    expect(plainTextOf(result)).toBe('a @alice https://x.test marked');
    expect(result.root.children).toHaveLength(1);
  });

  it('wraps loose inline content at the root in paragraphs', () => {
    const result = sanitizeBody(body(text('loose'), br(), p(text('para'))));
    expect(nodeTypes(result)).toEqual(new Set(['root', 'paragraph', 'text', 'linebreak']));
    expect(plainTextOf(result)).toBe('loose\n\n\npara');
  });
});

describe('sanitizeBody normalizes lists', () => {
  it('turns check lists into bullets and drops checked', () => {
    const result = sanitizeBody(body(node('list', [{ ...li(text('a')), checked: true }], { listType: 'check', tag: 'ul' })));
    expect(result.root.children[0]).toMatchObject({ listType: 'bullet', tag: 'ul' });
    expect(JSON.stringify(result)).not.toContain('checked');
  });

  it('splits items that mix text and a nested list, numbering like Lexical', () => {
    const result = sanitizeBody(body({ ...ol(li(text('one'), ul(li(text('sub')))), li(text('two'))), start: 3 }));
    const list = result.root.children[0] as { children: { value: number; indent: number; children: { type: string }[] }[] };
    expect(list.children.map((item) => [item.value, item.children[0]?.type])).toEqual([[3, 'text'], [4, 'list'], [4, 'text']]);
    expect(plainTextOf(result)).toBe('one\n\nsub\n\ntwo');
  });

  it('lifts paragraphs inside list items and drops empty lists', () => {
    const result = sanitizeBody(body(ul(li(p(text('a')), p(text('b')))), ul()));
    expect(result.root.children).toHaveLength(1);
    expect(plainTextOf(result)).toBe('a\nb');
  });
});

describe('sanitizeBody survives malformed and hostile input', () => {
  it.each([null, undefined, 'body', 42, [], {}, { root: null }, { root: { type: 'root', children: 'x' } }, { root: { type: 'paragraph', children: [] } }])(
    'gives an empty body for %j',
    (input) => {
      expect(parseBody(input)).toBeNull();
      expect(sanitizeBody(input)).toEqual(body(p()));
    },
  );

  it('skips junk children', () => {
    const result = sanitizeBody(body(null as never, 'x' as never, p(text('ok'), 7 as never, [] as never)));
    expect(plainTextOf(result)).toBe('ok');
  });

  it('caps depth without losing text, even 100,000 levels deep', () => {
    let deep: Record<string, unknown> = text('bottom');
    for (let i = 0; i < 100_000; i++) deep = i % 2 ? ul(li(deep)) : node('quote', [deep]);
    const result = sanitizeBody(body(deep));
    expect(plainTextOf(result)).toContain('bottom');
    let depth = 0;
    const measure = (value: unknown, level: number): void => {
      depth = Math.max(depth, level);
      const children = (value as { children?: unknown[] }).children;
      children?.forEach((child) => measure(child, level + 1));
    };
    measure(result.root, 0);
    expect(depth).toBeLessThanOrEqual(MAX_DEPTH + 2);
  });
});
