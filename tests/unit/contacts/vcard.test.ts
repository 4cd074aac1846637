// vCard 3.0 / 4.0 import: good cards, malformed cards beside good ones, and the 4.0 export round trip.
import { describe, expect, it } from 'vitest';
import type { ContactDraft } from '../../../shared/domain/contact';
import { MAX_CARDS, parseVCards, serializeVCards } from '../../../shared/contacts';

const crlf = (lines: string[]) => lines.join('\r\n') + '\r\n';

const V3 = crlf([
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Tanaka;Hanako;;;',
  'FN:田中 花子',
  'ORG:株式会社サンプル\\, 東京;情報システム部',
  'TITLE:CSIRT リーダー',
  'TEL;TYPE=WORK,VOICE:+81-3-1234-5678',
  'TEL;TYPE=CELL:+81-90-1111-2222',
  'TEL;HOME:03-9999-0000',
  'EMAIL;TYPE=INTERNET:hanako@example.co.jp',
  'URL:https://example.co.jp/csirt',
  'NOTE:夜間は携帯へ。\\n契約番号は別紙\\; 要確認。 This note is long enough that the expo',
  ' rter folded it onto a second line.',
  'CATEGORIES:IR retainer,Friends',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Example Insurance',
  'ORG:Example Insurance',
  'TEL;TYPE=work:+1 (800) 555-0100',
  'END:VCARD',
]);

const V4 = crlf([
  'BEGIN:VCARD',
  'VERSION:4.0',
  'KIND:org',
  'FN:Acme DFIR',
  'ORG:Acme DFIR',
  'TEL;VALUE=uri;TYPE="voice,work":tel:+1-555-010-0199',
  'TEL;VALUE=uri;TYPE=cell,x-oob;PREF=1:tel:%2381-90-0000-0000',
  'TEL;VALUE=uri;TYPE=voice,x-24x7;X-LABEL="Hotline ^\'A^\'":tel:+1-555-010-0100;ext=2',
  'EMAIL;TYPE=work:ir@acme.example',
  'item1.URL:https://acme.example/retainer',
  'CATEGORIES:ir-retainer',
  'END:VCARD',
]);

describe('parseVCards — good files', () => {
  it('reads a vCard 3.0 file: folding, escapes, several TELs, Japanese text', () => {
    const { valid, invalid } = parseVCards(V3);
    expect(invalid).toEqual([]);
    expect(valid).toHaveLength(2);
    expect(valid[0]).toEqual({
      category: 'ir-retainer',
      country: null,
      organization: { en: '株式会社サンプル, 東京, 情報システム部', ja: '' },
      person: '田中 花子',
      role: 'CSIRT リーダー',
      phones: [
        { number: '+81-3-1234-5678', label: 'work', available24x7: false, outOfBand: false },
        { number: '+81-90-1111-2222', label: 'cell', available24x7: false, outOfBand: false },
        { number: '03-9999-0000', label: 'home', available24x7: false, outOfBand: false },
      ],
      emails: ['hanako@example.co.jp'],
      web: ['https://example.co.jp/csirt'],
      references: [],
      notes: { en: '夜間は携帯へ。\n契約番号は別紙; 要確認。 This note is long enough that the exporter folded it onto a second line.', ja: '' },
      lastVerified: null,
    });
    expect(valid[1]).toMatchObject({ person: null, organization: { en: 'Example Insurance' } });
  });

  it('reads a vCard 4.0 file: tel: URIs, caret-encoded parameters, groups, KIND:org', () => {
    const { valid, invalid } = parseVCards(V4);
    expect(invalid).toEqual([]);
    expect(valid).toEqual([
      expect.objectContaining({
        person: null,
        organization: { en: 'Acme DFIR', ja: '' },
        category: 'ir-retainer',
        phones: [
          { number: '+1-555-010-0199', label: 'work', available24x7: false, outOfBand: false },
          { number: '#81-90-0000-0000', label: 'cell', available24x7: false, outOfBand: true },
          { number: '+1-555-010-0100', label: 'Hotline "A"', available24x7: true, outOfBand: false },
        ],
        emails: ['ir@acme.example'],
        web: ['https://acme.example/retainer'],
      }),
    ]);
  });

  it('accepts LF line endings, a BOM and tab folding', () => {
    const text = '\uFEFFBEGIN:VCARD\nVERSION:4.0\nFN:Jo\n\thn Smith\nEND:VCARD\n';
    expect(parseVCards(text).valid.map((c) => c.person)).toEqual(['John Smith']);
  });
});

describe('parseVCards — malformed cards', () => {
  const file = crlf([
    'BEGIN:VCARD', 'VERSION:4.0', 'FN:Good One', 'END:VCARD', // card 1, line 1
    'BEGIN:VCARD', 'VERSION:4.0', 'TEL:+1-555-0100', 'END:VCARD', // card 2, line 5: no FN, no ORG
    'BEGIN:VCARD', 'VERSION:3.0', 'FN:Bad Tel', 'TEL:call me maybe', 'END:VCARD', // card 3, line 9
    'BEGIN:VCARD', 'VERSION:3.0', 'FN;ENCODING=QUOTED-PRINTABLE:=E7=94=B0', 'END:VCARD', // card 4, line 14
    'BEGIN:VCARD', 'VERSION:4.0', 'FN:Evil', 'URL:javascript:alert(1)', 'END:VCARD', // card 5, line 18
    'BEGIN:VCARD', 'VERSION:3.0', 'ORG:Good Two', 'END:VCARD', // card 6, line 23
    'BEGIN:VCARD', 'VERSION:4.0', 'FN:Never Ended', // card 7, line 27: no END before card 8
    'BEGIN:VCARD', 'VERSION:2.1', 'FN:Old', 'END:VCARD', // card 8, line 30
    'BEGIN:VCARD', 'VERSION:4.0', 'FN:Bad mail', 'EMAIL:not-an-address', 'END:VCARD', // card 9, line 34
    'BEGIN:VCARD', 'VERSION:4.0', 'FN:Truncated', // card 10, line 39: file ends
  ]);
  const { valid, invalid } = parseVCards(file);

  it('still reads the good cards', () => {
    expect(valid.map((c) => c.person ?? c.organization?.en)).toEqual(['Good One', 'Good Two']);
  });

  it('lists every bad card with its index, starting line and problems', () => {
    expect(invalid.map(({ index, line }) => [index, line])).toEqual([
      [2, 5], [3, 9], [4, 14], [5, 18], [7, 27], [8, 30], [9, 34], [10, 39],
    ]);
    const problems = (index: number) => invalid.find((card) => card.index === index)?.problems;
    expect(problems(2)).toEqual([{ code: 'noName' }]);
    expect(problems(3)).toEqual([{ code: 'phone', params: { line: 12, value: 'call me maybe' } }]);
    expect(problems(4)).toEqual([{ code: 'quotedPrintable', params: { line: 16, property: 'FN' } }, { code: 'noName' }]);
    expect(problems(5)).toEqual([{ code: 'web', params: { line: 21, value: 'javascript:alert(1)' } }]);
    expect(problems(7)).toEqual([{ code: 'missingEndBeforeNext', params: { next: 30 } }]);
    expect(problems(8)).toEqual([{ code: 'unsupportedVersion', params: { value: '2.1' } }]);
    expect(problems(9)).toEqual([{ code: 'email', params: { value: 'not-an-address' } }]);
    expect(problems(10)).toEqual([{ code: 'missingEnd' }]);
  });

  it('stops after MAX_CARDS cards and says so', () => {
    const card = 'BEGIN:VCARD\nVERSION:4.0\nFN:X\nEND:VCARD\n';
    const { valid, invalid } = parseVCards(card.repeat(MAX_CARDS + 2));
    expect(valid).toHaveLength(MAX_CARDS);
    expect(invalid).toEqual([{ index: MAX_CARDS + 1, line: MAX_CARDS * 4 + 1, problems: [{ code: 'tooManyCards', params: { max: MAX_CARDS } }] }]);
  });

  it('names every other kind of problem by code, with the line and the value as sent', () => {
    const card = (...lines: string[]) => parseVCards(crlf(['BEGIN:VCARD', ...lines, 'END:VCARD'])).invalid[0]?.problems;
    expect(card('FN:No version')).toEqual([{ code: 'noVersion' }]);
    expect(card('VERSION:4.0', 'FN:A', 'just some words')).toEqual([{ code: 'notContentLine', params: { line: 4 } }]);
    expect(card('VERSION:4.0', 'FN:A', 'TEL;VALUE=uri:tel:%E0%A4%A')).toEqual([{ code: 'telUri', params: { line: 4, value: '%E0%A4%A' } }]);
    expect(card('VERSION:4.0', 'FN:A', 'X-LANTERN-COUNTRY:Atlantis')).toEqual([{ code: 'unknownCountry', params: { line: 4, value: 'Atlantis' } }]);
    expect(card('VERSION:4.0', 'FN:A', 'X-LANTERN-LAST-VERIFIED:2026-02-30')).toEqual([{ code: 'badDate', params: { value: '2026-02-30' } }]);
    expect(card('VERSION:4.0', 'FN:A', 'X-LANTERN-REFERENCE:;CY-1')).toEqual([{ code: 'empty', params: { field: 'referenceLabel' } }]);
    expect(card('VERSION:4.0', `FN:${'x'.repeat(201)}`)).toEqual([{ code: 'tooLong', params: { field: 'person', max: 200 } }]);
    expect(card('VERSION:4.0', 'FN:A', ...Array.from({ length: 21 }, () => 'TEL:+1-555-0100'))).toEqual([{ code: 'tooMany', params: { field: 'phones', max: 20 } }]);
  });

  it('reads an empty or card-less text as nothing', () => {
    expect(parseVCards('')).toEqual({ valid: [], invalid: [] });
    expect(parseVCards('hello\nworld')).toEqual({ valid: [], invalid: [] });
  });
});

describe('serializeVCards', () => {
  const contacts: ContactDraft[] = [
    {
      category: 'insurer-hotline', country: 'JP',
      organization: { en: 'Sample Insurance, Ltd.', ja: 'サンプル損害保険株式会社；東京本社' },
      person: '山田 太郎', role: 'Claims; breach desk',
      phones: [
        { number: '+81-3-0000-0000', label: '24h hotline, "cyber"', available24x7: true, outOfBand: false },
        { number: '+81-90-0000-0001', label: null, available24x7: false, outOfBand: true },
        { number: '#9110', label: null, available24x7: false, outOfBand: false },
      ],
      emails: ['claims@sample.example'], web: ['https://sample.example/claims?a=1,2;b'],
      references: [{ label: 'Policy', value: 'CY-2026-0001;A' }],
      notes: { en: 'Line one\nLine two, with comma\\backslash', ja: '保険証券は金庫に保管。'.repeat(8) },
      lastVerified: '2026-10-01',
    },
    {
      category: null, country: null, organization: { en: 'Org only', ja: '' }, person: null, role: null,
      phones: [], emails: [], web: [], references: [], notes: { en: '', ja: '' }, lastVerified: null,
    },
  ];

  it('writes vCard 4.0 with CRLF and lines of at most 75 octets', () => {
    const text = serializeVCards(contacts);
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(text).toContain('KIND:org');
  });

  it('round-trips through parseVCards', () => {
    expect(parseVCards(serializeVCards(contacts))).toEqual({ valid: contacts, invalid: [] });
  });
});
