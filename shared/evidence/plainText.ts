// Whether bytes are plain text a person wrote or a tool printed: well-formed UTF-8
// (or UTF-16 with a byte-order mark) without NULs and almost no control characters.
// Written by hand because shared/ has no TextDecoder (no DOM, no Node types).

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Tab, line feed, form feed, carriage return and escape (colour codes in console logs) are text. */
const isTextCodePoint = (cp: number): boolean =>
  cp === 0x09 || cp === 0x0a || cp === 0x0c || cp === 0x0d || cp === 0x1b || (cp >= 0x20 && cp < 0x7f) || cp > 0x9f;

/** Length of a UTF-8 sequence from its lead byte, and the smallest code point it may encode. */
function leadOf(byte: number): { length: number; min: number } | null {
  if (byte >= 0xc2 && byte <= 0xdf) return { length: 2, min: 0x80 };
  if (byte >= 0xe0 && byte <= 0xef) return { length: 3, min: 0x800 };
  if (byte >= 0xf0 && byte <= 0xf4) return { length: 4, min: 0x10000 };
  return null;
}

function isUtf8Text(bytes: Uint8Array, start: number, truncated: boolean): boolean {
  let i = start;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      if (!isTextCodePoint(byte)) return false;
      i++;
      continue;
    }
    const lead = leadOf(byte);
    if (!lead) return false;
    // A sequence cut off by the end of a head that is not the whole file is fine.
    if (i + lead.length > bytes.length) return truncated;
    let cp = byte & (0xff >> (lead.length + 1));
    for (let k = 1; k < lead.length; k++) {
      const next = bytes[i + k]!;
      if ((next & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (next & 0x3f);
    }
    if (cp < lead.min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || !isTextCodePoint(cp)) return false;
    i += lead.length;
  }
  return true;
}

function isUtf16Text(bytes: Uint8Array, littleEndian: boolean, truncated: boolean): boolean {
  if (bytes.length % 2 !== 0 && !truncated) return false;
  const units = (bytes.length - 2) >> 1;
  const unit = (n: number) => (littleEndian ? bytes[2 + 2 * n]! | (bytes[3 + 2 * n]! << 8) : (bytes[2 + 2 * n]! << 8) | bytes[3 + 2 * n]!);
  for (let n = 0; n < units; n++) {
    const u = unit(n);
    if (u >= 0xdc00 && u <= 0xdfff) return false;
    if (u >= 0xd800 && u <= 0xdbff) {
      if (n + 1 === units) return truncated;
      const low = unit(n + 1);
      if (low < 0xdc00 || low > 0xdfff) return false;
      n++;
      continue;
    }
    if (!isTextCodePoint(u)) return false;
  }
  return true;
}

/**
 * The encoding when `bytes` is plain text, else null. `truncated` says the bytes are
 * only the start of the file, so a character cut off at the end does not count against it.
 */
export function isPlainText(bytes: Uint8Array, truncated = false): TextEncodingName | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return isUtf16Text(bytes, true, truncated) ? 'utf-16le' : null;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return isUtf16Text(bytes, false, truncated) ? 'utf-16be' : null;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return isUtf8Text(bytes, bom, truncated) ? 'utf-8' : null;
}
