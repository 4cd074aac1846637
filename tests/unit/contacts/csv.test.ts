// Contacts CSV: the documented header, malformed rows by line, injection neutralising, round trip.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { ContactDraft } from '../../../shared/domain/contact';
import { CSV_COLUMNS, MAX_CSV_ROWS, neutralise, parseContactsCsv, serializeContactsCsv } from '../../../renderer/features/contacts/csv';

const GOOD = [
  'organization,person,role,category,country,phones,emails,web,notes,Shoe size',
  '"Acme DFIR, Inc.",Jane Roe,Lead,IR retainer,us,+1-555-010-0100;24x7|+1-555-010-0199;oob;personal mobile,ir@acme.example|jane@acme.example,https://acme.example,"Retainer ""gold""\nsecond line",44',
  '',
  'サンプル損害保険株式会社,,,insurer-hotline,JP,0120-000-000;24x7;事故受付,,,,',
].join('\r\n');

describe('parseContactsCsv', () => {
  it('reads the documented header and good rows, Japanese text and quoted line breaks included', () => {
    const { valid, invalid, ignoredColumns } = parseContactsCsv(`\uFEFF${GOOD}`);
    expect(invalid).toEqual([]);
    expect(ignoredColumns).toEqual(['Shoe size']);
    expect(valid[0]).toEqual({
      category: 'ir-retainer', country: 'US', organization: { en: 'Acme DFIR, Inc.', ja: '' }, person: 'Jane Roe', role: 'Lead',
      phones: [
        { number: '+1-555-010-0100', label: null, available24x7: true, outOfBand: false },
        { number: '+1-555-010-0199', label: 'personal mobile', available24x7: false, outOfBand: true },
      ],
      emails: ['ir@acme.example', 'jane@acme.example'], web: ['https://acme.example'], references: [],
      notes: { en: 'Retainer "gold"\nsecond line', ja: '' }, lastVerified: null,
    });
    expect(valid[1]).toMatchObject({
      organization: { en: 'サンプル損害保険株式会社' }, person: null, category: 'insurer-hotline', country: 'JP',
      phones: [{ number: '0120-000-000', label: '事故受付', available24x7: true, outOfBand: false }],
    });
  });

  it('lists malformed rows by line number, counting quoted line breaks, and keeps the good ones', () => {
    const text = [
      'organization,person,phones,emails,web,category,country,last_verified', // 1
      'Good Co,,+81-3-0000-0000,,,,,', // 2
      ',,,,,,,', // 3: empty row, skipped
      ',,+1-555-0100,,,,,', // 4: nobody named
      'Bad Phone Co,,call me,,,,,', // 5
      '"Multi', // 6
      'line Co",,,not-mail,javascript:alert(1),,,', // 7 (row starts on 6)
      'Cat Co,,,,,astrology,FR,', // 8
      'Date Co,,,,,,,2026-02-30', // 9
      'Fine Person Ltd,Ann,,ann@fine.example,,,,2026-01-31', // 10
    ].join('\n');
    const { valid, invalid } = parseContactsCsv(text);
    expect(valid.map((c) => c.organization?.en)).toEqual(['Good Co', 'Fine Person Ltd']);
    expect(invalid.map((row) => row.line)).toEqual([4, 5, 6, 8, 9]);
    const problems = (line: number) => invalid.find((row) => row.line === line)?.problems;
    expect(problems(4)).toEqual([{ code: 'noName' }]);
    expect(problems(5)).toEqual([{ code: 'phone', params: { value: 'call me' } }]);
    expect(problems(6)).toEqual([{ code: 'web', params: { value: 'javascript:alert(1)' } }]);
    expect(problems(8)).toEqual([{ code: 'unknownCategory', params: { value: 'astrology' } }, { code: 'unknownCountry', params: { value: 'FR' } }]);
    expect(problems(9)).toEqual([{ code: 'badDate', params: { value: '2026-02-30' } }]);
  });

  it('stops after MAX_CSV_ROWS rows and says so', () => {
    const { valid, invalid } = parseContactsCsv(`person\n${'Ann\n'.repeat(MAX_CSV_ROWS + 3)}`);
    expect(valid).toHaveLength(MAX_CSV_ROWS);
    expect(invalid).toEqual([{ line: MAX_CSV_ROWS + 2, problems: [{ code: 'tooManyRows', params: { max: MAX_CSV_ROWS } }] }]);
  });

  it('refuses a file without the header', () => {
    expect(parseContactsCsv('Acme,Jane,Lead').invalid).toEqual([{ line: 1, problems: [{ code: 'header', params: { columns: CSV_COLUMNS.join(', ') } }] }]);
  });

  it('reports what the schema refuses by row, as codes naming the field', () => {
    const problems = (text: string) => parseContactsCsv(text).invalid.map((row) => [row.line, row.problems]);
    expect(problems('person,emails\nAnn,ann@')).toEqual([[2, [{ code: 'email', params: { value: 'ann@' } }]]]);
    expect(problems('person,references\nAnn,Policy CY-1\nBob,=CY-2')).toEqual([
      [2, [{ code: 'referenceFormat', params: { value: 'Policy CY-1' } }]],
      [3, [{ code: 'empty', params: { field: 'referenceLabel' } }]],
    ]);
    expect(problems(`person,role\nAnn,${'r'.repeat(201)}`)).toEqual([[2, [{ code: 'tooLong', params: { field: 'role', max: 200 } }]]]);
  });
});

describe('serializeContactsCsv', () => {
  const contacts: ContactDraft[] = [
    {
      category: 'counsel', country: 'UK', organization: { en: '=HYPERLINK("http://evil.example","x")', ja: '' }, person: '@admin', role: '-1+2',
      phones: [{ number: '+44 20 0000 0000', label: 'out of hours; ask for duty', available24x7: true, outOfBand: true }],
      emails: ['duty@law.example'], web: ['https://law.example/a?b=1,2'], references: [{ label: 'Engagement', value: 'ENG-7' }],
      notes: { en: "'=already quoted\nand \"multi\" line, with comma", ja: '' }, lastVerified: '2026-09-30',
    },
    {
      category: null, country: null, organization: null, person: '佐藤 一郎', role: null,
      phones: [], emails: [], web: [], references: [], notes: { en: '', ja: '' }, lastVerified: null,
    },
  ];

  it('starts with a BOM and the documented header', () => {
    const text = serializeContactsCsv(contacts);
    expect(text.startsWith('\uFEFForganization,person,role,category,country,phones,emails,web,notes,references,last_verified\r\n')).toBe(true);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const cells = Papa.parse<string[]>(serializeContactsCsv(contacts).slice(1)).data[1] ?? [];
    expect(cells.slice(0, 3)).toEqual(['\'=HYPERLINK("http://evil.example","x")', "'@admin", "'-1+2"]);
    expect(cells[5]).toBe("'+44 20 0000 0000;24x7;oob;out of hours, ask for duty");
    expect(cells[8]?.startsWith("''=already")).toBe(true);
    expect(['=1', '+1', '-1', '@x', '\t=1', '\r=1', 'plain', '1+1'].map(neutralise)).toEqual(["'=1", "'+1", "'-1", "'@x", "'\t=1", "'\r=1", 'plain', '1+1']);
  });

  it('round-trips through parseContactsCsv', () => {
    const back = parseContactsCsv(serializeContactsCsv(contacts));
    expect(back.invalid).toEqual([]);
    expect(back.valid).toEqual([
      { ...contacts[0], phones: [{ ...contacts[0]!.phones[0]!, label: 'out of hours, ask for duty' }] },
      contacts[1],
    ]);
  });
});
