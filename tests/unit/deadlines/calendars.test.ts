// The business-day calendars are well-formed and hold the holidays checked by hand.
import { describe, expect, it } from 'vitest';
import { BusinessCalendarSchema } from '../../../shared/domain/deadline';
import { CALENDARS } from '../../../shared/seed/deadlines';

const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();
const calendars = Object.values(CALENDARS).map((c) => [c.id, c] as const);

describe('business-day calendars', () => {
  it.each(calendars)('%s parses, is sorted, unique, within its years and lists no weekend', (_, c) => {
    expect(BusinessCalendarSchema.safeParse(c).error?.issues).toBeUndefined();
    expect([...c.holidays].sort()).toEqual(c.holidays);
    expect(new Set(c.holidays).size).toBe(c.holidays.length);
    for (const date of c.holidays) {
      expect(Number(date.slice(0, 4)), date).toBeGreaterThanOrEqual(c.fromYear);
      expect(Number(date.slice(0, 4)), date).toBeLessThanOrEqual(c.toYear);
      expect(Number.isNaN(weekday(date)), date).toBe(false);
      expect([0, 6], date).not.toContain(weekday(date));
    }
  });

  it('counts the weekday holidays of each year', () => {
    const perYear = (id: 'JP' | 'US-FED') => [2025, 2026, 2027].map((y) => CALENDARS[id].holidays.filter((d) => d.startsWith(`${y}-`)).length);
    expect(perYear('JP')).toEqual([15, 17, 16]);
    expect(perYear('US-FED')).toEqual([11, 11, 12]);
  });

  it('holds the Japanese substitute and citizens\u2019 holidays', () => {
    expect(CALENDARS.JP.holidays).toEqual(expect.arrayContaining(['2025-02-24', '2025-05-06', '2025-11-24', '2026-05-06', '2026-09-22', '2027-03-22']));
    expect(CALENDARS.JP.holidays).not.toContain('2027-09-22'); // two days between 敬老の日 and 秋分の日: no citizens' holiday
    expect(CALENDARS.JP.holidays).not.toContain('2025-12-29'); // year-end closure is custom, not law
  });

  it('holds the US observed dates', () => {
    expect(CALENDARS['US-FED'].holidays).toEqual(expect.arrayContaining(['2026-07-03', '2027-06-18', '2027-07-05', '2027-12-24', '2027-12-31']));
  });
});
