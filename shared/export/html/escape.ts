// Escaping for the HTML report: every piece of text that reaches the document — user
// text, names, translated labels — goes through `esc`, so markup in a log entry
// (`<script>`, `<img onerror>`, `javascript:` links) is only ever shown as text.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an element's content or a quoted attribute value. */
export const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/**
 * A CSS string literal (for `content:` in page margin boxes). Quotes, backslashes,
 * line breaks and `<` are hex-escaped, so no text can end the string or the <style> element.
 */
export const cssString = (text: string): string =>
  `"${[...text].map((c) => (/["\\<>&\n\r\f]/.test(c) || c.charCodeAt(0) < 0x20 ? `\\${c.codePointAt(0)!.toString(16)} ` : c)).join('')}"`;
