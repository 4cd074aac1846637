// Small formatting for the item page; sizes are formatted as the locker does (../format.ts).

/** The first line of an entry's text, shortened for a list. */
export function firstLine(text: string, max = 160): string {
  const line = text.split('\n', 1)[0]!.trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
