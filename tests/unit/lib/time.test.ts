// Displayed times must agree with the zone arithmetic used for input, DST included.
import { describe, expect, it } from 'vitest';
import { formatInstant } from '../../../renderer/lib/time';
import { instantToZoned } from '../../../shared/time/zonedTime';

describe('formatInstant', () => {
  it('shows the wall time and offset in the zone, seconds only when exact', () => {
    expect(formatInstant('2026-11-23T06:30:05.000Z', 'Asia/Tokyo')).toEqual({ text: '2026-11-23 15:30:05', offset: '+09:00', zone: 'Asia/Tokyo' });
    expect(formatInstant('2026-11-23T06:30:05.000Z', 'Asia/Tokyo', 'minute').text).toBe('2026-11-23 15:30');
    expect(formatInstant('2026-11-23T06:30:05.000Z', 'UTC').offset).toBe('+00:00');
    expect(formatInstant('2026-11-23T23:59:59.000Z', 'Asia/Kolkata')).toMatchObject({ text: '2026-11-24 05:29:59', offset: '+05:30' });
    expect(formatInstant('2026-11-23T00:00:00.000Z', 'America/New_York').text).toBe('2026-11-22 19:00:00');
  });

  it('agrees with Temporal on either side of a DST change', () => {
    for (const iso of ['2026-03-08T06:59:59.000Z', '2026-03-08T07:00:00.000Z', '2026-11-01T05:30:00.000Z', '2026-11-01T06:30:00.000Z']) {
      const temporal = instantToZoned(iso, 'America/New_York');
      const shown = formatInstant(iso, 'America/New_York');
      expect(shown.text).toBe(temporal.wallTime.replace('T', ' '));
      expect(shown.offset).toBe(temporal.offset);
    }
  });
});
