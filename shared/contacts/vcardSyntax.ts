// vCard text syntax (RFC 6350 / 2426): unfolding, content lines, parameters, escapes and folding.

export interface LogicalLine {
  /** 1-based physical line where the (possibly folded) line starts. */
  line: number;
  text: string;
}

export interface Property {
  line: number;
  /** Upper-cased, without a group prefix (`item1.TEL` → `TEL`). */
  name: string;
  /** Upper-cased parameter names → values; a bare 3.0 parameter (`TEL;WORK:`) counts as a TYPE. */
  params: Map<string, string[]>;
  value: string;
}

/** Physical lines joined where a line starts with a space or tab (the fold is removed). */
export function unfold(text: string): LogicalLine[] {
  const lines: LogicalLine[] = [];
  text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/).forEach((raw, i) => {
    const last = lines.at(-1);
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && last) last.text += raw.slice(1);
    else lines.push({ line: i + 1, text: raw });
  });
  return lines;
}

/** Splits on `separator` outside double quotes. */
function splitUnquoted(text: string, separator: string, limit = Infinity): string[] {
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length && parts.length < limit - 1; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === separator && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** RFC 6868 caret decoding of a parameter value, quotes removed. */
const decodeParam = (value: string): string =>
  value.replace(/^"|"$/g, '').replace(/\^(\^|n|')/g, (_, c: string) => (c === 'n' ? '\n' : c === "'" ? '"' : '^'));

export const encodeParam = (value: string): string =>
  `"${value.replace(/\^/g, '^^').replace(/\r\n|\n|\r/g, '^n').replace(/"/g, "^'")}"`;

/** One content line, or null when it has no `name:` part. */
export function parseProperty({ line, text }: LogicalLine): Property | null {
  const [head, ...rest] = splitUnquoted(text, ':', 2);
  if (rest.length === 0 || head === undefined) return null;
  const [rawName = '', ...rawParams] = splitUnquoted(head, ';');
  const name = rawName.slice(rawName.lastIndexOf('.') + 1).trim().toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(name)) return null;
  const params = new Map<string, string[]>();
  for (const raw of rawParams) {
    const eq = raw.indexOf('=');
    const key = eq < 0 ? 'TYPE' : raw.slice(0, eq).trim().toUpperCase();
    const values = eq < 0 ? [raw] : splitUnquoted(raw.slice(eq + 1), ',');
    params.set(key, [...(params.get(key) ?? []), ...values.map((v) => decodeParam(v.trim()))]);
  }
  return { line, name, params, value: rest[0] ?? '' };
}

/** Splits a structured value on unescaped `separator` (`;` for N/ORG, `,` for lists). */
export function splitEscaped(value: string, separator: ',' | ';'): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\' && i + 1 < value.length) {
      current += c + value[i + 1];
      i++;
    } else if (c === separator) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

export const unescapeText = (value: string): string =>
  value.replace(/\\([\\,;nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

export const escapeText = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/\r\n|\n|\r/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');

const utf8Length = (char: string): number => {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/** Folds a content line at 75 octets without splitting a character; lines end in CRLF. */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    const max = out.length === 0 ? 75 : 74;
    if (octets + size > max) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ') + '\r\n';
}
