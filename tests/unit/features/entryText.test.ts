// Tag parsing, timeline filtering and "now" position: pure rules of the log screen.
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, filterThreads, indexOfNow } from '../../../renderer/features/log/entryText';
import { splitTags, tagProblem } from '../../../renderer/lib/tags';
import { firstLine } from '../../../renderer/lib/text';
import type { EntryThread } from '../../../shared/domain/revisions';
import type { LogEntry } from '../../../shared/domain/logEntry';

const entry = (over: Partial<LogEntry>): LogEntry =>
  ({ id: 'x', kind: 'note', text: '', tags: [], author: { name: 'A', role: null }, occurredAt: '2026-11-23T00:00:00.000Z', ...over }) as LogEntry;
const thread = (original: LogEntry, amendments: LogEntry[] = []): EntryThread => ({ original, amendments, retraction: null, current: amendments.at(-1) ?? original });

describe('splitTags', () => {
  it('splits on spaces, commas, semicolons and Japanese punctuation, drops #, lower-cases and dedupes', () => {
    expect(splitTags('VPN, fs01  #AD、vpn；WMS;edr，x')).toEqual(['vpn', 'fs01', 'ad', 'wms', 'edr', 'x']);
    expect(splitTags('   ')).toEqual([]);
  });
  it('drops nothing: tags the log would refuse are reported, not lost', () => {
    const long = 'x'.repeat(41);
    expect(splitTags(`ok ${long}`)).toEqual(['ok', long]);
    expect(tagProblem(splitTags(`ok ${long}`))).toBe('form.tagTooLong');
    expect(tagProblem(Array.from({ length: 33 }, (_, i) => `t${i}`))).toBe('form.tooManyTags');
    expect(tagProblem(['vpn'])).toBeNull();
  });
});

describe('search', () => {
  const search = (list: EntryThread[], query: string) => filterThreads(list, { ...EMPTY_FILTER, query }).map((t) => t.original.id);

  it('finds every word, in any case, in any version; a corrected entry is searched in its new thread', () => {
    const before = thread(entry({ id: '1', text: 'FS01 encrypted' }));
    const others = Array.from({ length: 5 }, (_, i) => thread(entry({ id: `o${i}`, text: `other ${i}` })));
    expect(search([before, ...others], 'fs01')).toEqual(['1']);
    expect(search([before, ...others], 'OTHER 3')).toEqual(['o3']);
    expect(search([before, ...others], 'Fs01 ENCRYPTED')).toEqual(['1']);
    expect(search([before, ...others], 'fs01 other')).toEqual([]);
    // A correction makes a new thread object: its text is read afresh.
    const after = thread(before.original, [entry({ id: '2', text: 'FS01 and FS02 encrypted' })]);
    expect(search([after, ...others], 'fs02')).toEqual(['1']);
    expect(search([before, ...others], 'fs02')).toEqual([]);
  });

  it('looks in tags and the author name too, each word within one of them', () => {
    const tagged = thread(entry({ id: 't', text: 'Shut port', tags: ['fs01', 'vpn'], author: { name: 'Aiko Sato', role: null } }));
    expect(search([tagged], 'VPN')).toEqual(['t']);
    expect(search([tagged], 'aiko port')).toEqual(['t']);
    // Words never span two places: the text's end and a tag's start are apart.
    expect(search([tagged], 'portfs01')).toEqual([]);
  });

  it('takes the words as they are typed, never as patterns', () => {
    const odd = thread(entry({ id: 'odd', text: 'C:\\Users\\admin\\*.lnk (x86) [v1.2] a+b ^$ {2} a|b 10.0.0.5' }));
    const plain = thread(entry({ id: 'plain', text: 'c users admin lnk x86 v1x2 aab 1000005' }));
    for (const word of ['C:\\USERS\\', '*.lnk', '(x86)', '[v1.2]', 'a+b', '^$', '{2}', 'a|b', '10.0.0.5', '\\']) {
      expect(search([odd, plain], word), word).toEqual(['odd']);
    }
  });

  it('matches case-insensitively beyond ASCII, and Japanese as typed', () => {
    const list = [thread(entry({ id: 'de', text: 'ÜBERWACHUNG der Straße' })), thread(entry({ id: 'el', text: 'ΣΎΣΤΗΜΑ' })), thread(entry({ id: 'ja', text: 'ランサムノートを発見（ＦＳ０１）' }))];
    expect(search(list, 'überwachung')).toEqual(['de']);
    expect(search(list, 'STRASSE')).toEqual([]);
    expect(search(list, 'σύστημα')).toEqual(['el']);
    expect(search(list, 'ｆｓ０１')).toEqual(['ja']);
    expect(search(list, 'ノート')).toEqual(['ja']);
  });
});

describe('filterThreads', () => {
  const threads = [
    thread(entry({ id: '1', kind: 'action', text: 'Shut switch port 12', tags: ['fs01'], author: { name: 'Ken', role: null } })),
    thread(entry({ id: '2', kind: 'note', text: 'ランサムノートを発見' })),
    thread(entry({ id: '3', kind: 'note', text: 'old wording' }), [entry({ id: '4', kind: 'note', text: 'new wording' })]),
  ];
  it('returns the same list when nothing filters', () => {
    expect(filterThreads(threads, EMPTY_FILTER)).toBe(threads);
  });
  it('filters by kind, author, tag and by words in any version, including Japanese', () => {
    const ids = (f: Partial<typeof EMPTY_FILTER>) => filterThreads(threads, { ...EMPTY_FILTER, ...f }).map((t) => t.original.id);
    expect(ids({ kinds: new Set(['action'] as const) })).toEqual(['1']);
    expect(ids({ author: 'Ken' })).toEqual(['1']);
    expect(ids({ tag: 'fs01' })).toEqual(['1']);
    expect(ids({ query: 'ランサム' })).toEqual(['2']);
    expect(ids({ query: 'OLD' })).toEqual(['3']);
    expect(ids({ query: 'switch 12' })).toEqual(['1']);
  });
});

describe('indexOfNow', () => {
  it('finds the last entry that is not in the future', () => {
    const at = (iso: string) => thread(entry({ occurredAt: iso }));
    const list = [at('2026-11-23T00:00:00.000Z'), at('2026-11-23T01:00:00.000Z'), at('2026-11-24T00:00:00.000Z')];
    expect(indexOfNow(list, '2026-11-23T02:00:00.000Z')).toBe(1);
    expect(indexOfNow(list, '2026-11-22T00:00:00.000Z')).toBe(0);
    expect(indexOfNow([], '2026-11-22T00:00:00.000Z')).toBe(0);
  });
});

describe('firstLine', () => {
  it('takes the first non-blank line, trimmed, whole when it fits', () => {
    expect(firstLine('\n  FS01 encrypted  \nsecond line', 20)).toBe('FS01 encrypted');
    expect(firstLine('   ', 20)).toBe('');
  });

  it('cuts a long line with an ellipsis, counting code points so an emoji is never split', () => {
    expect(firstLine('abcdefghij', 5)).toBe('abcd…');
    expect(firstLine('𠮷野家の𠮷田さん', 4)).toBe('𠮷野家…');
  });
});
