// Displayed times must agree with the zone arithmetic used for input, DST included.
import { describe, expect, it } from 'vitest';
import { formatInstant, formatInstantByParts } from '../../../renderer/lib/time';
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

  // The timeline's quick path (an offset per quarter hour of UTC) against Intl's parts for each instant.
  const ZONES = ['UTC', 'Asia/Tokyo', 'America/New_York', 'Europe/London', 'Europe/Dublin', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/St_Johns', 'Africa/Casablanca', 'Pacific/Apia', 'America/Sao_Paulo', 'Asia/Kolkata'];

  it('shows what Intl shows for each instant, in zones with odd offsets and changes', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (const zone of ZONES) {
      const instants: number[] = [];
      // Random instants from 1900 to 2100, fractions of a second included.
      for (let i = 0; i < 300; i++) instants.push(Date.UTC(1900, 0, 1) + random() * 200 * 365.25 * 86_400_000);
      // Around every change of offset from 2015 to 2030: found day by day, then to the millisecond.
      const offsetAt = (ms: number) => formatInstantByParts(new Date(ms).toISOString(), zone).offset;
      for (let day = Date.UTC(2015, 0, 1); day < Date.UTC(2030, 0, 1); day += 86_400_000) {
        let [lo, hi] = [day, day + 86_400_000];
        if (offsetAt(lo) === offsetAt(hi)) continue;
        while (hi - lo > 1) {
          const mid = Math.floor((lo + hi) / 2);
          if (offsetAt(mid) === offsetAt(lo)) lo = mid;
          else hi = mid;
        }
        for (const step of [0, 1, 999, 1000, 60_000, 900_000, 3_600_000]) instants.push(hi - step, hi + step);
      }
      for (const ms of instants) {
        const iso = new Date(ms).toISOString();
        for (const precision of ['exact', 'minute'] as const) expect(formatInstant(iso, zone, precision), `${iso} in ${zone}`).toEqual(formatInstantByParts(iso, zone, precision));
      }
    }
  });

  it('shows years outside 1000–9999 through Intl', () => {
    for (const iso of ['0999-12-31T23:00:00.000Z', '+010000-01-01T12:00:00.000Z', '-000001-06-01T00:00:00.000Z']) {
      expect(formatInstant(iso, 'Asia/Tokyo')).toEqual(formatInstantByParts(iso, 'Asia/Tokyo'));
    }
  });
});
