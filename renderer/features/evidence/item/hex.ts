// The hex view's lines, built on demand: "offset | 16 hex bytes | ASCII", with every
// byte outside printable ASCII shown as '.', so no byte of the file is ever interpreted.

export const HEX_BYTES_PER_LINE = 16;
/** The hex view shows at most this much of the file's start. */
export const HEX_VIEW_BYTES = 64 * 1024;

export interface HexLine {
  offset: string;
  hex: string;
  ascii: string;
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).toUpperCase().padStart(2, '0'));

export const hexLineCount = (length: number): number => Math.ceil(length / HEX_BYTES_PER_LINE);

/** Line `index` of `bytes`; the hex column of a short last line is padded so the ASCII column stays aligned. */
export function hexLine(bytes: Uint8Array, index: number): HexLine {
  const start = index * HEX_BYTES_PER_LINE;
  const hex: string[] = [];
  let ascii = '';
  for (let i = start; i < Math.min(start + HEX_BYTES_PER_LINE, bytes.length); i++) {
    const byte = bytes[i]!;
    hex.push(HEX[byte]!);
    ascii += byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : '.';
  }
  // Two hex digits and a space per byte, an extra space between the two groups of eight.
  const grouped = hex.slice(0, 8).join(' ') + (hex.length > 8 ? '  ' + hex.slice(8).join(' ') : '');
  return { offset: start.toString(16).toUpperCase().padStart(8, '0'), hex: grouped.padEnd(HEX_BYTES_PER_LINE * 3, ' '), ascii };
}
