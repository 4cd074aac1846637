// Short forms of free text for lists and headings: the first line, cut to fit one row.

/**
 * The first non-blank line of `text`, trimmed and, past `max` characters, cut with "…".
 * Counts code points, so a cut never splits a surrogate pair (emoji, rare kanji).
 */
export function firstLine(text: string, max: number): string {
  const line = text.trim().split('\n', 1)[0]!.trim();
  const chars = Array.from(line);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : line;
}
