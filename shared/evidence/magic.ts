// What an evidence file is, from its first bytes only (never its name): decides
// whether the locker may preview it as a raster image, as plain text, or only as hex.
// Evidence is hostile: SVG and HTML are text (they can carry script), never images.
import { isPlainText } from './plainText';

export type PreviewKind = 'image' | 'text' | 'hex';

export interface FileType {
  /** Never an active type (no text/html, no image/svg+xml): safe to give a preview Blob. */
  mime: string;
  /** English description, like `file(1)` output; stored with the item as data. */
  label: string;
  preview: PreviewKind;
}

/** Text is previewed only when the whole file is at most this long and was examined. */
export const TEXT_PREVIEW_LIMIT = 1024 * 1024;

/** How much of the file a caller should pass: enough to vet a previewable text file whole. */
export const DETECTION_BYTES = TEXT_PREVIEW_LIMIT;

interface Signature {
  /** Byte offset of the magic. */
  at?: number;
  /** The magic, one character per byte (latin-1). */
  magic: string;
  mime: string;
  label: string;
  preview?: PreviewKind;
}

const SIGNATURES: readonly Signature[] = [
  { magic: '\x89PNG\r\n\x1a\n', mime: 'image/png', label: 'PNG image', preview: 'image' },
  { magic: '\xff\xd8\xff', mime: 'image/jpeg', label: 'JPEG image', preview: 'image' },
  { magic: 'GIF87a', mime: 'image/gif', label: 'GIF image', preview: 'image' },
  { magic: 'GIF89a', mime: 'image/gif', label: 'GIF image', preview: 'image' },
  { magic: '%PDF-', mime: 'application/pdf', label: 'PDF document' },
  { magic: 'PK\x03\x04', mime: 'application/zip', label: 'ZIP archive (also Office Open XML, JAR, APK)' },
  { magic: 'PK\x05\x06', mime: 'application/zip', label: 'ZIP archive (empty)' },
  { magic: 'PK\x07\x08', mime: 'application/zip', label: 'ZIP archive (spanned)' },
  { magic: '\x1f\x8b', mime: 'application/gzip', label: 'gzip compressed data' },
  { magic: "7z\xbc\xaf'\x1c", mime: 'application/x-7z-compressed', label: '7-Zip archive' },
  { magic: 'Rar!\x1a\x07\x00', mime: 'application/vnd.rar', label: 'RAR archive' },
  { magic: 'Rar!\x1a\x07\x01\x00', mime: 'application/vnd.rar', label: 'RAR archive (v5)' },
  { magic: '\xfd7zXZ\x00', mime: 'application/x-xz', label: 'xz compressed data' },
  { magic: '(\xb5/\xfd', mime: 'application/zstd', label: 'Zstandard compressed data' },
  { at: 257, magic: 'ustar', mime: 'application/x-tar', label: 'tar archive' },
  { magic: '\x7fELF', mime: 'application/x-elf', label: 'ELF executable' },
  { magic: '\xfe\xed\xfa\xce', mime: 'application/x-mach-binary', label: 'Mach-O executable (32-bit, big-endian)' },
  { magic: '\xfe\xed\xfa\xcf', mime: 'application/x-mach-binary', label: 'Mach-O executable (64-bit, big-endian)' },
  { magic: '\xce\xfa\xed\xfe', mime: 'application/x-mach-binary', label: 'Mach-O executable (32-bit)' },
  { magic: '\xcf\xfa\xed\xfe', mime: 'application/x-mach-binary', label: 'Mach-O executable (64-bit)' },
  { magic: '\xca\xfe\xba\xbe', mime: 'application/x-mach-binary', label: 'Mach-O universal binary or Java class' },
  { magic: '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1', mime: 'application/x-ole-storage', label: 'OLE2 compound file (legacy Office, MSI)' },
  { magic: 'SQLite format 3\x00', mime: 'application/vnd.sqlite3', label: 'SQLite database' },
  { magic: 'ElfFile\x00', mime: 'application/x-ms-evtx', label: 'Windows event log (EVTX)' },
  { magic: '\xd4\xc3\xb2\xa1', mime: 'application/vnd.tcpdump.pcap', label: 'PCAP capture' },
  { magic: '\xa1\xb2\xc3\xd4', mime: 'application/vnd.tcpdump.pcap', label: 'PCAP capture' },
  { magic: 'M<\xb2\xa1', mime: 'application/vnd.tcpdump.pcap', label: 'PCAP capture (nanosecond)' },
  { magic: '\xa1\xb2<M', mime: 'application/vnd.tcpdump.pcap', label: 'PCAP capture (nanosecond)' },
  { magic: 'MDMP', mime: 'application/x-dmp', label: 'Windows minidump' },
  { magic: 'PAGEDU64', mime: 'application/x-dmp', label: 'Windows crash dump (64-bit)' },
  { magic: 'PAGEDUMP', mime: 'application/x-dmp', label: 'Windows crash dump (32-bit)' },
  { magic: 'EMiL', mime: 'application/octet-stream', label: 'LiME memory image' },
  { magic: 'KDMV', mime: 'application/x-vmdk', label: 'VMware VMDK disk image' },
  { magic: 'COWD', mime: 'application/x-vmdk', label: 'VMware ESX sparse disk image' },
  { magic: 'QFI\xfb', mime: 'application/x-qemu-disk', label: 'QEMU QCOW disk image' },
  { magic: 'vhdxfile', mime: 'application/x-vhdx', label: 'Hyper-V VHDX disk image' },
  { magic: 'conectix', mime: 'application/x-vhd', label: 'Virtual PC VHD disk image' },
  { magic: 'EVF\x09\x0d\x0a\xff\x00', mime: 'application/x-ewf', label: 'EnCase evidence file (E01)' },
  { magic: 'EVF2\x0d\x0a\x81\x00', mime: 'application/x-ewf', label: 'EnCase evidence file (Ex01)' },
  { magic: 'LVF\x09\x0d\x0a\xff\x00', mime: 'application/x-ewf', label: 'EnCase logical evidence file (L01)' },
];

/**
 * The anti-virus test file. It is printable ASCII, but it stands for malware: a sample
 * of malware is never rendered, not even as text, so it gets the hex view.
 */
export const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

const OCTET_STREAM: FileType = { mime: 'application/octet-stream', label: 'Binary data', preview: 'hex' };

function hasAt(head: Uint8Array, at: number, magic: string): boolean {
  if (head.length < at + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (head[at + i] !== magic.charCodeAt(i)) return false;
  return true;
}

const u32le = (head: Uint8Array, at: number): number =>
  head.length >= at + 4 ? (head[at]! | (head[at + 1]! << 8) | (head[at + 2]! << 16) | (head[at + 3]! << 24)) >>> 0 : -1;

/** Formats whose magic needs more than a prefix match. */
function structured(head: Uint8Array): FileType | null {
  if (hasAt(head, 0, 'RIFF') && hasAt(head, 8, 'WEBP')) return { mime: 'image/webp', label: 'WebP image', preview: 'image' };
  // pcapng: section header block type, then its byte-order magic in either order.
  if (hasAt(head, 0, '\x0a\x0d\x0d\x0a') && (hasAt(head, 8, '\x4d\x3c\x2b\x1a') || hasAt(head, 8, '\x1a\x2b\x3c\x4d'))) {
    return { mime: 'application/x-pcapng', label: 'PCAPNG capture', preview: 'hex' };
  }
  // bzip2: "BZh", block size 1-9, then a block or end-of-stream magic (a bare "BZh" is too common in text).
  if (hasAt(head, 0, 'BZh') && head[3]! >= 0x31 && head[3]! <= 0x39 && (hasAt(head, 4, '1AY&SY') || hasAt(head, 4, '\x17rE8P\x90'))) {
    return { mime: 'application/x-bzip2', label: 'bzip2 compressed data', preview: 'hex' };
  }
  if (hasAt(head, 0, 'MZ')) {
    const peOffset = u32le(head, 0x3c);
    const pe = peOffset >= 0 && hasAt(head, peOffset, 'PE\x00\x00');
    return { mime: 'application/vnd.microsoft.portable-executable', label: pe ? 'Windows PE executable' : 'DOS/Windows executable (MZ)', preview: 'hex' };
  }
  return null;
}

/**
 * Detects the type of a file from `head`, its first bytes (pass DETECTION_BYTES, or the
 * whole file when smaller), and `size`, its full length. Text preview needs the whole
 * file to have been examined, so a text file over TEXT_PREVIEW_LIMIT is labelled text
 * but previewed as hex.
 */
export function detectFileType(head: Uint8Array, size: number): FileType {
  if (size === 0) return { mime: 'application/x-empty', label: 'Empty file', preview: 'hex' };
  for (const signature of SIGNATURES) {
    if (hasAt(head, signature.at ?? 0, signature.magic)) {
      return { mime: signature.mime, label: signature.label, preview: signature.preview ?? 'hex' };
    }
  }
  const found = structured(head);
  if (found) return found;
  if (hasAt(head, 0, EICAR)) return { mime: 'application/x-eicar-test', label: 'EICAR anti-virus test file', preview: 'hex' };
  const whole = head.length >= size;
  const encoding = isPlainText(head, !whole);
  if (encoding) {
    const previewable = whole && size <= TEXT_PREVIEW_LIMIT;
    return { mime: `text/plain; charset=${encoding}`, label: 'Plain text', preview: previewable ? 'text' : 'hex' };
  }
  return OCTET_STREAM;
}
