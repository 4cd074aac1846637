// Times in the export zone: RFC 3339 with the zone's offset at that instant, across DST.
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../shared/export/options';
import { dictionaryTranslator } from '../../../shared/export/texts';
import { zonedClock } from '../../../shared/export/zonedClock';

describe('zonedClock', () => {
  it('formats instants with the offset in force, on both sides of a DST change', () => {
    const ny = zonedClock('America/New_York');
    expect(ny.rfc3339('2026-03-08T06:59:59.000Z')).toBe('2026-03-08T01:59:59-05:00');
    expect(ny.rfc3339('2026-03-08T07:00:00.000Z')).toBe('2026-03-08T03:00:00-04:00');
    expect(ny.rfc3339('2026-11-01T05:30:00.000Z')).toBe('2026-11-01T01:30:00-04:00');
    expect(ny.rfc3339('2026-11-01T06:30:00.000Z')).toBe('2026-11-01T01:30:00-05:00');
  });

  it('handles quarter-hour offsets, UTC and a date in the zone', () => {
    expect(zonedClock('Asia/Kathmandu').rfc3339('2026-11-23T00:00:00.000Z')).toBe('2026-11-23T05:45:00+05:45');
    expect(zonedClock('UTC').rfc3339('2026-11-23T00:00:00.123Z')).toBe('2026-11-23T00:00:00+00:00');
    expect(zonedClock('Asia/Tokyo').date('2026-11-23T15:00:00.000Z')).toBe('2026-11-24');
    expect(zonedClock('Asia/Tokyo').wall('2026-11-23T15:00:05.000Z', false)).toBe('2026-11-24 00:00');
  });

  it('refuses an unknown zone', () => {
    expect(() => zonedClock('Mars/Olympus')).toThrow(RangeError);
  });
});

describe('exportFileName', () => {
  it('names the file after the incident code and the day', () => {
    expect(exportFileName({ code: 'IR-7', id: 'x' }, 'csv', '2026-11-23')).toBe('IR-7-timeline-2026-11-23.csv');
    expect(exportFileName({ code: 'IR 7/../b', id: 'x' }, 'markdown', '2026-11-23')).toBe('IR-7-..-b-timeline-2026-11-23.md');
    expect(exportFileName({ code: '', id: '01900000-0000-7000-8000-00000000abcd' }, 'pdf', '2026-11-23')).toBe('0000abcd-timeline-2026-11-23.pdf');
    expect(exportFileName({ code: '障害-2026', id: 'x' }, 'html', '2026-11-23')).toBe('障害-2026-timeline-2026-11-23.html');
  });
});

describe('dictionaryTranslator', () => {
  const t = dictionaryTranslator({ export: { a: { b: 'Hello {{name}}' }, n_one: '{{count}} entry', n_other: '{{count}} entries' }, log: { kind: { note: 'Note' } } }, 'en');
  it('reads namespaced keys, fills parameters and picks plurals', () => {
    expect(t('a.b', { name: 'Aiko' })).toBe('Hello Aiko');
    expect(t('log:kind.note')).toBe('Note');
    expect([t('n', { count: 1 }), t('n', { count: 3 })]).toEqual(['1 entry', '3 entries']);
  });
  it('returns an unknown key as itself and leaves unknown parameters alone', () => {
    expect(t('missing.key')).toBe('missing.key');
    expect(t('a.b')).toBe('Hello {{name}}');
    expect(t('a.__proto__')).toBe('a.__proto__');
  });
});
