// Attacker-chosen file names: shown without hidden characters doing their work,
// and exported under portable names that cannot leave their folder.
import { describe, expect, it } from 'vitest';
import { displayFileName, safeFileName } from '../../../shared/evidence/fileName';

describe('displayFileName', () => {
  it('shows a right-to-left override instead of obeying it, and flags the name', () => {
    // Displays as "invoice_exe.pdf" when the override is obeyed.
    expect(displayFileName('invoice_\u202Efdp.exe')).toEqual({ text: 'invoice_⟨U+202E⟩fdp.exe', suspicious: true });
  });

  it.each([
    ['bidi isolate', 'a\u2066b\u2069.txt', 'a⟨U+2066⟩b⟨U+2069⟩.txt'],
    ['left-to-right and Arabic marks', 'a\u200E\u200F\u061C.txt', 'a⟨U+200E⟩⟨U+200F⟩⟨U+061C⟩.txt'],
    ['zero-width characters', 'pay\u200Bment\u200C\u200D\uFEFF\u2060.txt', 'pay⟨U+200B⟩ment⟨U+200C⟩⟨U+200D⟩⟨U+FEFF⟩⟨U+2060⟩.txt'],
    ['newline, tab and NUL', 'a\nb\tc\0.txt', 'a⟨U+000A⟩b⟨U+0009⟩c⟨U+0000⟩.txt'],
    ['DEL and C1 controls', 'a\x7f\x85\x9b.txt', 'a⟨U+007F⟩⟨U+0085⟩⟨U+009B⟩.txt'],
    ['a line separator', 'a\u2028b.txt', 'a⟨U+2028⟩b.txt'],
    ['an unpaired surrogate', 'a\ud800b.txt', 'a⟨U+D800⟩b.txt'],
  ])('makes %s visible', (_name, name, text) => {
    expect(displayFileName(name)).toEqual({ text, suspicious: true });
  });

  it('flags a runnable file behind a harmless-looking extension', () => {
    expect(displayFileName('invoice.pdf.exe')).toEqual({ text: 'invoice.pdf.exe', suspicious: true });
    expect(displayFileName('写真.JPG   .scr').suspicious).toBe(true);
    expect(displayFileName('report.docx.js').suspicious).toBe(true);
  });

  it('flags trailing dots and spaces', () => {
    expect(displayFileName('report.pdf.').suspicious).toBe(true);
    expect(displayFileName('report.pdf ').suspicious).toBe(true);
  });

  it('leaves ordinary names alone, Japanese and emoji included', () => {
    for (const name of ['身代金メモ.txt', 'ログ 2026-11-23.evtx', 'archive.tar.gz', 'report.2026.pdf', 'malware.exe', 'チーム📁.png']) {
      expect(displayFileName(name)).toEqual({ text: name, suspicious: false });
    }
  });
});

describe('safeFileName', () => {
  const portable = /^[A-Za-z0-9._-]+$/;
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

  it('prefixes the item number and keeps a plain name', () => {
    expect(safeFileName('ransom note.txt', 7)).toBe('0007-ransom_note.txt');
    expect(safeFileName('memory.raw', 12345)).toBe('12345-memory.raw');
  });

  it.each([
    ['../../etc/passwd', '0001-etc_passwd'],
    ['..\\..\\Windows\\System32\\config\\SAM', '0001-Windows_System32_config_SAM'],
    ['a\\b.txt', '0001-a_b.txt'],
    ['CON.txt', '0001-CON_.txt'],
    ['nul', '0001-nul_'],
    ['com1.tar.gz', '0001-com1_.tar.gz'],
    ['...', '0001-evidence'],
    ['', '0001-evidence'],
    ['report.pdf. . ', '0001-report.pdf'],
    ['invoice\u202Efdp.exe', '0001-invoice_fdp.exe_'],
    ['invoice.pdf.exe', '0001-invoice.pdf.exe_'],
    ['résumé.docx', '0001-resume.docx'],
    ['身代金メモ.txt', '0001-evidence.txt'],
    ['報告.ｔｘｔ', '0001-evidence.txt'],
    ['報告書_v2.pdf', '0001-v2.pdf'],
  ])('%j → %s', (name, expected) => {
    const safe = safeFileName(name, 1);
    expect(safe).toBe(expected);
    expect(safe).toMatch(portable);
    expect(safe).not.toContain('..');
    expect(safe.slice(5)).not.toMatch(reserved);
  });

  it('caps very long names and still keeps the extension', () => {
    const safe = safeFileName(`${'a'.repeat(5000)}.evtx`, 3);
    expect(safe.length).toBeLessThanOrEqual(120);
    expect(safe).toMatch(/^0003-a+\.evtx$/);
  });

  it('drops an extension that is not plain', () => {
    expect(safeFileName('notes.t x t', 2)).toBe('0002-notes.t_x_t');
    expect(safeFileName(`dump.${'x'.repeat(40)}`, 2)).toBe(`0002-dump.${'x'.repeat(40)}`);
  });

  it('refuses an item number below 1', () => {
    expect(() => safeFileName('a.txt', 0)).toThrow(RangeError);
  });
});
