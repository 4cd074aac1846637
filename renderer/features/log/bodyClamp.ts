// Whether a collapsed row's clamped body hides any of its text, read from the layout the
// browser has already done: one ResizeObserver for every row reports after layout, so rows
// entering the view while scrolling force no layout of their own (a read per row did), and
// the answer is an attribute for CSS, so they are not rendered twice either.
import { useLayoutEffect, type RefObject } from 'react';

/** Rounding, and fonts whose glyph box overhangs the line box a little. */
const TOLERANCE_PX = 1;

/**
 * True when the last character of text in `clamp` ends below its bottom edge. Blank lines,
 * empty trailing paragraphs (a paste ending in a newline) and block margins that overflow
 * hide nothing a reader would miss.
 */
export function hidesText(clamp: HTMLElement): boolean {
  if (clamp.scrollHeight <= clamp.clientHeight) return false;
  const walker = clamp.ownerDocument.createTreeWalker(clamp, NodeFilter.SHOW_TEXT);
  for (let node = walker.lastChild(); node; node = walker.previousNode()) {
    const data = (node as Text).data;
    const end = data.trimEnd().length;
    if (end === 0) continue;
    // The last character alone: a range over a long paragraph would measure every line.
    const start = end >= 2 && isLowSurrogate(data.charCodeAt(end - 1)) ? end - 2 : end - 1;
    const range = clamp.ownerDocument.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    return range.getBoundingClientRect().bottom > clamp.getBoundingClientRect().bottom + TOLERANCE_PX;
  }
  return false;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Set on a clamp whose body hides text; log.css shows the row's "Show more" only then. */
export const HIDES_TEXT = 'data-hides-text';

let observer: ResizeObserver | null = null;

// The body's content is observed, not the clamp: the clamp keeps its height while the text
// inside it grows or rewraps (a wider window, a font arriving). All rows are read before any
// is marked: a mark dirties the style, and a read after it would force a layout.
function sharedObserver(): ResizeObserver {
  observer ??= new ResizeObserver((entries) => {
    const clamps = entries.map((entry) => entry.target.parentElement).filter((clamp): clamp is HTMLElement => clamp !== null);
    const hiding = clamps.map(hidesText);
    clamps.forEach((clamp, index) => clamp.toggleAttribute(HIDES_TEXT, hiding[index]));
  });
  return observer;
}

/**
 * Marks the clamp in `clampRef` (an element whose first child is the body's content) with
 * HIDES_TEXT while it cuts text off. Watched while `measuring` (the row is collapsed);
 * `content` re-measures when the body changes without changing size. The mark is an
 * attribute, not React state: rows scrolling into view are not rendered a second time.
 */
export function useClampWatch(clampRef: RefObject<HTMLElement | null>, measuring: boolean, content: unknown): void {
  // A layout effect: observed before the frame's layout, the first report comes in that frame.
  useLayoutEffect(() => {
    const clamp = clampRef.current;
    const body = clamp?.firstElementChild;
    if (!measuring || !clamp || !body || typeof ResizeObserver === 'undefined') return;
    const shared = sharedObserver();
    shared.observe(body);
    return () => {
      shared.unobserve(body);
      clamp.removeAttribute(HIDES_TEXT);
    };
  }, [clampRef, measuring, content]);
}
