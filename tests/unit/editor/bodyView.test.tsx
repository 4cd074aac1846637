// @vitest-environment happy-dom
// BodyView: stored bodies rendered as plain React elements, links routed to the app.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { BodyView } from '../../../renderer/editor/BodyView';
import type { RichBody } from '../../../shared/domain/logEntry';
import { body, br, code, li, link, node, ol, p, tab, text, ul } from './bodyFixtures';

afterEach(cleanup);

const view = (value: unknown, plain = '', onOpenLink = vi.fn()) => {
  const { container } = render(<BodyView body={value as RichBody} text={plain} onOpenLink={onOpenLink} />);
  return { root: container.firstElementChild as HTMLElement, onOpenLink };
};

describe('BodyView renders the entry node set', () => {
  it('shows bold, italic and inline code as strong, em and code with theme classes', () => {
    const { root } = view(body(p(text('plain '), text('bold', 1), text('it', 2), text('mono', 16), text('all', 19))));
    expect(root.querySelector('p.lx-p')).not.toBeNull();
    expect(root.querySelector('strong.lx-bold')?.textContent).toBe('bold');
    expect(root.querySelector('em.lx-italic')?.textContent).toBe('it');
    expect(root.querySelector('code.lx-code')?.textContent).toBe('mono');
    expect(root.querySelector('code.lx-code > strong.lx-bold > em.lx-italic')?.textContent).toBe('all');
  });

  it('shows nested lists numbered the way Lexical numbers them', () => {
    const { root } = view(body({ ...ol(li(text('one')), li(ul(li(text('sub')))), li(text('two'))), start: 4 }));
    const list = root.querySelector('ol.lx-ol') as HTMLOListElement;
    expect(list.getAttribute('start')).toBe('4');
    const items = Array.from(list.children) as HTMLLIElement[];
    expect(items.map((item) => item.getAttribute('value'))).toEqual(['4', '5', '5']);
    expect(items[1]?.className).toBe('lx-li lx-li-nested');
    expect(items[1]?.querySelector('ul.lx-ul > li.lx-li')?.textContent).toBe('sub');
  });

  it('shows code blocks, line breaks and tabs', () => {
    const { root } = view(body(code(text('a'), br(), tab(), text('b')), p(text('x'), br(), text('y')), p()));
    expect(root.querySelector('pre.lx-codeblock > code')?.textContent).toBe('a\tb');
    expect(root.querySelector('pre br')).not.toBeNull();
    const paragraphs = root.querySelectorAll('p.lx-p');
    expect(paragraphs[0]?.querySelectorAll('br')).toHaveLength(1);
    expect(paragraphs[1]?.innerHTML).toBe('<br>');
  });
});

describe('BodyView links', () => {
  it('renders safe links as anchors that open through onOpenLink, never navigating', () => {
    const { root, onOpenLink } = view(body(p(link('https://intel.example/ioc?id=1', text('IOC')), text(' '), link('mailto:soc@example.com', text('SOC')))));
    const anchor = screen.getByRole('link', { name: 'IOC' });
    expect(anchor.getAttribute('href')).toBe('https://intel.example/ioc?id=1');
    expect(anchor.className).toBe('lx-link');
    expect(fireEvent.click(anchor)).toBe(false); // default prevented
    expect(onOpenLink).toHaveBeenCalledWith('https://intel.example/ioc?id=1');
    expect(root.querySelectorAll('a')).toHaveLength(2);
  });

  it.each(['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///c:/x'])(
    'renders %j as text',
    (url) => {
      const { root } = view(body(p(link(url, text('click me')))));
      expect(root.querySelector('a')).toBeNull();
      expect(root.textContent).toBe('click me');
    },
  );
});

describe('BodyView falls back to the plain text', () => {
  it.each([null, undefined, 'nonsense', { root: { type: 'root' } }, { root: 'x' }])('for body %j', (value) => {
    const { root } = view(value, 'first\nline two\n\nsecond');
    const paragraphs = root.querySelectorAll('p.lx-p');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]?.innerHTML).toBe('first<br>line two');
    expect(paragraphs[1]?.textContent).toBe('second');
  });

  it('when the body holds nothing the text has', () => {
    const { root } = view(body(node('image', [])), 'a photo of the ransom note');
    expect(root.textContent).toBe('a photo of the ransom note');
  });

  it('never interprets markup in text', () => {
    const { root } = view(body(p(text('<img src=x onerror=alert(1)>'))), '');
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toBe('<img src=x onerror=alert(1)>');
    const fallback = view(null, '<script>alert(1)</script>').root;
    expect(fallback.querySelector('script')).toBeNull();
  });
});
