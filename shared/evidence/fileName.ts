// Evidence file names are attacker-chosen data. displayFileName shows one without
// letting it lie (a right-to-left override turns "txt.exe" into "exe.txt");
// safeFileName makes a portable name for exports that cannot escape a folder.

/**
 * Characters that change how text is shown without being seen: bidirectional
 * controls, zero-width and other format characters (Cf), control characters
 * (Cc: C0 incl. tab and newline, DEL, C1), line and paragraph separators, and
 * unpaired surrogates.
 */
const HIDDEN = /[\p{Cf}\p{Cc}\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/** Extensions Windows, macOS or a desktop runs, opens with an interpreter, or mounts. */
const RUNNABLE = new Set(
  (
    'exe scr com bat cmd pif cpl msi msp msc dll sys ocx lnk url hta js jse vbs vbe wsf wsh ws ps1 psm1 psd1 ' +
    'reg inf scf jar app command sh iso img vhd vhdx appref-ms application gadget chm'
  ).split(' '),
);

/** Extensions a victim expects to be harmless: the bait in "invoice.pdf.exe". */
const BAIT =
  'pdf|docx?|xlsx?|pptx?|rtf|odt|ods|txt|csv|log|jpe?g|png|gif|bmp|webp|heic|mp3|mp4|mov|avi|wav|zip|rar|7z|html?|eml|msg';
const DOUBLE_EXTENSION = new RegExp(`\\.(?:${BAIT})[\\s._-]*\\.([a-z0-9-]+)$`, 'i');

const visible = (char: string): string => `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;

export interface DisplayedName {
  /** The name with every hidden character replaced by a visible ⟨U+XXXX⟩ marker. */
  text: string;
  /** Hidden characters, a runnable file behind a harmless-looking extension, or trailing dots or spaces. */
  suspicious: boolean;
}

export function displayFileName(name: string): DisplayedName {
  let hidden = false;
  const text = name.replace(HIDDEN, (char) => {
    hidden = true;
    return visible(char);
  });
  const disguised = RUNNABLE.has(DOUBLE_EXTENSION.exec(name)?.[1]?.toLowerCase() ?? '');
  // Windows drops trailing dots and spaces, so "report.pdf ." is not what it seems.
  const trailing = /[\s.]$/u.test(name);
  return { text, suspicious: hidden || disguised || trailing };
}

// ---------------------------------------------------------------------------

const MAX_SAFE_NAME = 120;
const RESERVED_WINDOWS = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** ASCII letters, digits, dot, dash and underscore; everything else becomes "_", runs collapsed. */
function asciiSafe(text: string): string {
  return text
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/\.{2,}/g, '.')
    .replace(/_{2,}/g, '_')
    .replace(/^[._-]+|[._-]+$/g, '');
}

/**
 * A portable file name for an exported item: "0007-ransom_note.txt". ASCII only, no
 * path separators, no "..", never a reserved Windows device name, at most 120
 * characters. The extension is kept when it is plain; a runnable one gets a trailing
 * "_" so that a double-click in the bundle does not start a malware sample.
 */
export function safeFileName(name: string, itemNumber: number): string {
  if (!Number.isSafeInteger(itemNumber) || itemNumber < 1) throw new RangeError('item numbers start at 1');
  const prefix = `${String(itemNumber).padStart(4, '0')}-`;
  // "résumé" → "resume", full-width "ｔｘｔ" → "txt"; trailing dots and spaces mean nothing.
  const plain = name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[\s.]+$/u, '');
  const dot = plain.lastIndexOf('.');
  const rawExtension = dot > 0 ? plain.slice(dot + 1) : '';
  const keepExtension = /^[A-Za-z0-9]{1,16}$/.test(rawExtension);
  const extension = !keepExtension ? '' : RUNNABLE.has(rawExtension.toLowerCase()) ? `.${rawExtension}_` : `.${rawExtension}`;
  // One character spare for the mark a reserved device name gets.
  const room = MAX_SAFE_NAME - prefix.length - extension.length - 1;
  const stem = asciiSafe(asciiSafe(keepExtension ? plain.slice(0, dot) : plain).slice(0, room)) || 'evidence';
  // Windows reserves device names whatever follows the first dot ("con.tar.gz").
  const unreserved = stem.replace(/^[^.]*/, (first) => (RESERVED_WINDOWS.test(first) ? `${first}_` : first));
  return `${prefix}${unreserved}${extension}`;
}
