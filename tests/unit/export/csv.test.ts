// CSV for Excel: UTF-8 with BOM, RFC 4180 quoting, CRLF, Japanese intact, and no cell a
// spreadsheet would run as a formula.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, csvRecord, neutralise, quoteField } from '../../../shared/export/csvCell';
import { TIMELINE_CSV_COLUMNS, timelineCsv } from '../../../shared/export/csv';
import { allOf } from '../../../shared/export/options';
import { buildTimelineModel } from '../../../shared/export/timelineModel';
import { ChainWriter, DEVICE_A, sampleSource } from './fixtures';

const parse = (csv: string) => Papa.parse<string[]>(csv.slice(BOM.length), { skipEmptyLines: true }).data;

describe('csv cells', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+81 3 0000', "'+81 3 0000"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', "'\r=cmd"],
    ["'=already", "''=already"],
    ["''+twice", "'''+twice"],
    ['plain', 'plain'],
    ['1+1', '1+1'],
    ["it's", "it's"],
    ['', ''],
  ])('neutralises %j as %j', (cell, expected) => {
    expect(neutralise(cell)).toBe(expected);
  });

  it('quotes commas, quotes and line breaks; doubles quotes', () => {
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(quoteField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteField('line\nbreak')).toBe('"line\nbreak"');
    expect(quoteField('cr\rhere')).toBe('"cr\rhere"');
    expect(quoteField('日本語')).toBe('日本語');
    expect(csvRecord(['a', 'b,c', '=x'])).toBe('a,"b,c",\'=x\r\n');
  });
});

describe('timelineCsv', () => {
  const { source, ids } = sampleSource();

  it('starts with a BOM and the header, ends every record with CRLF', () => {
    const csv = timelineCsv(buildTimelineModel(source, allOf('Asia/Tokyo')));
    expect(csv.startsWith(`${BOM}entry_id,incident_id,`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quoted cells, every line break is CRLF.
    expect(csv.replace(/"(?:[^"]|"")*"/g, '').match(/\r?\n/g)!.every((eol) => eol === '\r\n')).toBe(true);
    const [header, ...rows] = parse(csv);
    expect(header).toEqual([...TIMELINE_CSV_COLUMNS]);
    expect(rows).toHaveLength(6);
  });

  it('reads back every cell as written: Japanese text, quotes, commas, entry ids and hashes', () => {
    const csv = timelineCsv(buildTimelineModel(source, allOf('Asia/Tokyo')));
    const [header, ...rows] = parse(csv);
    const col = (name: string) => header!.indexOf(name);
    const call = rows.find((row) => row[col('entry_id')] === ids.call)!;
    expect(call[col('text')]).toBe('警視庁サイバー犯罪対策課へ電話：被害届の受理番号 R-123');
    expect(call[col('contacts')]).toBe('Tokyo Metropolitan Police');
    expect(call[col('event_time')]).toBe('2026-11-23T13:00:00+09:00');
    expect(call[col('time_precision')]).toBe('minute');
    const note = rows.find((row) => row[col('thread_id')] === ids.note)!;
    expect(note[col('text')]).toBe('FS01 and FS02 shares encrypted');
    expect(note[col('corrections')]).toBe('1');
    const original = source.entries.find((entry) => entry.id === ids.corrected)!;
    expect(note[col('entry_hash')]).toBe(original.hash);
    const retracted = rows.find((row) => row[col('entry_id')] === ids.wrong)!;
    expect([retracted[col('retracted')], retracted[col('retraction_reason')]]).toEqual(['yes', 'backups were encrypted too']);
  });

  it('neutralises formula text typed into entries, and keeps multi-line text in one cell', () => {
    const log = new ChainWriter();
    const texts = ['=HYPERLINK("http://evil","x")', '+cmd|calc', '-1+1', '@SUM(1)', '\t=1', '\r=1', "'=quoted", 'line one\nline, "two"'];
    texts.forEach((text, i) => log.add(DEVICE_A, { occurredAt: `2026-11-23T0${i}:00:00.000Z`, recordedAt: `2026-11-23T0${i}:00:01.000Z`, text, tags: i === 0 ? ['=tag'] : [] }));
    const { source: base } = sampleSource();
    const csv = timelineCsv(buildTimelineModel({ ...base, entries: log.entries, chainHeads: log.heads() }, allOf('UTC')));
    const [header, ...rows] = parse(csv);
    const text = rows.map((row) => row[header!.indexOf('text')]);
    expect(text).toEqual(["'=HYPERLINK(\"http://evil\",\"x\")", "'+cmd|calc", "'-1+1", "'@SUM(1)", "'\t=1", "'\r=1", "''=quoted", 'line one\nline, "two"']);
    expect(rows[0]![header!.indexOf('tags')]).toBe("'=tag");
    expect(rows.every((row) => row.every((cell) => !/^[=+\-@\t\r]/.test(cell)))).toBe(true);
  });

  it('writes just the header when nothing matches', () => {
    const csv = timelineCsv(buildTimelineModel(source, { ...allOf('UTC'), kinds: ['checklist'] }));
    expect(parse(csv)).toEqual([[...TIMELINE_CSV_COLUMNS]]);
  });
});
