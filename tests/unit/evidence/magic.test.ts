// What a hostile file is, from its bytes alone: only raster images and plain text
// get a preview; SVG, HTML and the EICAR test file never render as anything but text or hex.
import { describe, expect, it } from 'vitest';
import { DETECTION_BYTES, EICAR, TEXT_PREVIEW_LIMIT, detectFileType } from '../../../shared/evidence/magic';

/** A header from latin-1 text (one char per byte), padded with zeros to `length`. */
function header(magic: string, length = 512, at = 0): Uint8Array {
  const bytes = new Uint8Array(Math.max(length, at + magic.length));
  for (let i = 0; i < magic.length; i++) bytes[at + i] = magic.charCodeAt(i);
  return bytes;
}
const detect = (bytes: Uint8Array, size = bytes.length) => detectFileType(bytes, size);
const utf8 = (text: string) => new TextEncoder().encode(text);

function peHeader(): Uint8Array {
  const bytes = header('MZ');
  bytes[0x3c] = 0x80;
  bytes.set(header('PE\0\0', 4), 0x80);
  return bytes;
}

describe('detectFileType: images', () => {
  it.each([
    ['PNG', header('\x89PNG\r\n\x1a\n\0\0\0\rIHDR'), 'image/png'],
    ['JPEG', header('\xff\xd8\xff\xe0\0\x10JFIF\0'), 'image/jpeg'],
    ['GIF87a', header('GIF87a'), 'image/gif'],
    ['GIF89a', header('GIF89a'), 'image/gif'],
    ['WebP', header('RIFF\x24\0\0\0WEBPVP8 '), 'image/webp'],
  ])('previews %s as an image', (_name, bytes, mime) => {
    expect(detect(bytes)).toMatchObject({ mime, preview: 'image' });
  });

  it('does not take any RIFF file (a WAV) for WebP', () => {
    expect(detect(header('RIFF\x24\0\0\0WAVEfmt '))).toMatchObject({ mime: 'application/octet-stream', preview: 'hex' });
  });
});

describe('detectFileType: binary formats are hex only', () => {
  it.each([
    ['PDF', header('%PDF-1.7\n'), 'application/pdf'],
    ['ZIP', header('PK\x03\x04\x14\0'), 'application/zip'],
    ['empty ZIP', header('PK\x05\x06', 22), 'application/zip'],
    ['spanned ZIP', header('PK\x07\x08PK\x03\x04'), 'application/zip'],
    ['gzip', header('\x1f\x8b\x08\0'), 'application/gzip'],
    ['7z', header("7z\xbc\xaf'\x1c\0\x04"), 'application/x-7z-compressed'],
    ['RAR 4', header('Rar!\x1a\x07\0'), 'application/vnd.rar'],
    ['RAR 5', header('Rar!\x1a\x07\x01\0'), 'application/vnd.rar'],
    ['PE executable', peHeader(), 'application/vnd.microsoft.portable-executable'],
    ['DOS executable', header('MZ\x90\0'), 'application/vnd.microsoft.portable-executable'],
    ['ELF', header('\x7fELF\x02\x01\x01'), 'application/x-elf'],
    ['Mach-O 32 BE', header('\xfe\xed\xfa\xce'), 'application/x-mach-binary'],
    ['Mach-O 64 BE', header('\xfe\xed\xfa\xcf'), 'application/x-mach-binary'],
    ['Mach-O 32 LE', header('\xce\xfa\xed\xfe'), 'application/x-mach-binary'],
    ['Mach-O 64 LE', header('\xcf\xfa\xed\xfe'), 'application/x-mach-binary'],
    ['OLE2', header('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'), 'application/x-ole-storage'],
    ['SQLite', header('SQLite format 3\0'), 'application/vnd.sqlite3'],
    ['EVTX', header('ElfFile\0'), 'application/x-ms-evtx'],
    ['PCAP', header('\xd4\xc3\xb2\xa1\x02\0\x04\0'), 'application/vnd.tcpdump.pcap'],
    ['PCAP big-endian', header('\xa1\xb2\xc3\xd4'), 'application/vnd.tcpdump.pcap'],
    ['PCAP nanosecond', header('M<\xb2\xa1'), 'application/vnd.tcpdump.pcap'],
    ['PCAPNG', header('\x0a\x0d\x0d\x0a\x1c\0\0\0\x4d\x3c\x2b\x1a'), 'application/x-pcapng'],
    ['minidump', header('MDMP\x93\xa7'), 'application/x-dmp'],
    ['kernel crash dump', header('PAGEDU64'), 'application/x-dmp'],
    ['VMDK', header('KDMV\x01\0\0\0'), 'application/x-vmdk'],
    ['QCOW', header('QFI\xfb\0\0\0\x03'), 'application/x-qemu-disk'],
    ['VHDX', header('vhdxfile'), 'application/x-vhdx'],
    ['E01', header('EVF\x09\x0d\x0a\xff\x00\x01'), 'application/x-ewf'],
    ['xz', header('\xfd7zXZ\0'), 'application/x-xz'],
    ['bzip2', header('BZh91AY&SY'), 'application/x-bzip2'],
    ['tar', header('ustar\x0000', 1024, 257), 'application/x-tar'],
  ])('%s', (_name, bytes, mime) => {
    expect(detect(bytes)).toMatchObject({ mime, preview: 'hex' });
  });

  it('labels a PE file apart from a bare DOS executable', () => {
    expect(detect(peHeader()).label).toBe('Windows PE executable');
    expect(detect(header('MZ\x90\0')).label).toBe('DOS/Windows executable (MZ)');
  });

  it('leaves raw memory, random bytes and an empty file as hex', () => {
    expect(detect(new Uint8Array([0x00, 0x01, 0x02, 0xfe]))).toEqual({ mime: 'application/octet-stream', label: 'Binary data', preview: 'hex' });
    expect(detect(new Uint8Array(), 0)).toMatchObject({ mime: 'application/x-empty', preview: 'hex' });
  });
});

describe('detectFileType: text', () => {
  it('previews plain UTF-8, Japanese included, as text', () => {
    expect(detect(utf8('YOUR FILES ARE ENCRYPTED\r\n全てのファイルは暗号化されました。\n\tcontact: x@example.onion\n'))).toEqual({
      mime: 'text/plain; charset=utf-8',
      label: 'Plain text',
      preview: 'text',
    });
  });

  it('previews SVG and HTML as text, never as images or pages (they can carry script)', () => {
    const svg = utf8('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>');
    const html = utf8('<!doctype html><html><body><img src=x onerror="alert(1)"></body></html>');
    for (const bytes of [svg, html]) expect(detect(bytes)).toMatchObject({ mime: 'text/plain; charset=utf-8', preview: 'text' });
  });

  it('goes by content, not name: a text file named .png is text', () => {
    const file = new File(['not really a picture'], 'photo.png', { type: 'image/png' });
    expect(detect(utf8('not really a picture'), file.size)).toMatchObject({ preview: 'text' });
  });

  it('reads UTF-16 with a byte-order mark and UTF-8 with one', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'ログ'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00, 0x0a]);
    expect(detect(le)).toMatchObject({ mime: 'text/plain; charset=utf-16le', preview: 'text' });
    expect(detect(be)).toMatchObject({ mime: 'text/plain; charset=utf-16be', preview: 'text' });
    expect(detect(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toMatchObject({ preview: 'text' });
  });

  it('refuses NULs, stray control characters and malformed UTF-8', () => {
    for (const bytes of [utf8('abc\0def'), utf8('abc\x07bell'), utf8('abc\x7f'), new Uint8Array([0x41, 0xc0, 0xaf]), new Uint8Array([0xed, 0xa0, 0x80])]) {
      expect(detect(bytes)).toMatchObject({ mime: 'application/octet-stream', preview: 'hex' });
    }
    expect(detect(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toMatchObject({ preview: 'hex' });
  });

  it('shows text over the preview limit, or not examined whole, as hex', () => {
    const big = new Uint8Array(TEXT_PREVIEW_LIMIT + 1).fill(0x61);
    expect(detect(big)).toMatchObject({ mime: 'text/plain; charset=utf-8', preview: 'hex' });
    const head = utf8('a'.repeat(DETECTION_BYTES - 1) + 'é');
    expect(detect(head.subarray(0, DETECTION_BYTES), 5 * DETECTION_BYTES)).toMatchObject({ mime: 'text/plain; charset=utf-8', preview: 'hex' });
    expect(detect(utf8('short'), 10)).toMatchObject({ preview: 'hex' });
  });

  it('never previews the EICAR test file, although it is printable text', () => {
    expect(detect(utf8(EICAR))).toEqual({ mime: 'application/x-eicar-test', label: 'EICAR anti-virus test file', preview: 'hex' });
    expect(detect(utf8(`${EICAR}\r\n`))).toMatchObject({ preview: 'hex' });
    expect(EICAR).toHaveLength(68);
  });
});
