// Business-day calendars for deadline counting: Japanese national holidays and US federal holidays, 2025–2027.
import type { BusinessCalendar, CalendarId } from '../../domain/deadline';

/**
 * 国民の祝日に関する法律: the statutory holidays, substitute holidays (振替休日: a holiday on a
 * Sunday moves to the next non-holiday day) and citizens' holidays (国民の休日: a day between
 * two holidays). Only those falling Monday–Friday are listed; weekend holidays are noted.
 * The year-end closure (Dec 29 – Jan 3) many offices keep is custom, not law, and is not listed.
 */
const JP_HOLIDAYS = [
  // 2025 — weekend holidays: 02-23 (Sun), 05-03 (Sat), 05-04 (Sun), 11-23 (Sun)
  '2025-01-01', // 元日
  '2025-01-13', // 成人の日
  '2025-02-11', // 建国記念の日
  '2025-02-24', // 振替休日 (天皇誕生日 02-23 is a Sunday)
  '2025-03-20', // 春分の日
  '2025-04-29', // 昭和の日
  '2025-05-05', // こどもの日
  '2025-05-06', // 振替休日 (みどりの日 05-04 is a Sunday)
  '2025-07-21', // 海の日
  '2025-08-11', // 山の日
  '2025-09-15', // 敬老の日
  '2025-09-23', // 秋分の日
  '2025-10-13', // スポーツの日
  '2025-11-03', // 文化の日
  '2025-11-24', // 振替休日 (勤労感謝の日 11-23 is a Sunday)
  // 2026 — weekend holidays: 05-03 (Sun)
  '2026-01-01', // 元日
  '2026-01-12', // 成人の日
  '2026-02-11', // 建国記念の日
  '2026-02-23', // 天皇誕生日
  '2026-03-20', // 春分の日
  '2026-04-29', // 昭和の日
  '2026-05-04', // みどりの日
  '2026-05-05', // こどもの日
  '2026-05-06', // 振替休日 (憲法記念日 05-03 is a Sunday; 05-04 and 05-05 are holidays)
  '2026-07-20', // 海の日
  '2026-08-11', // 山の日
  '2026-09-21', // 敬老の日
  '2026-09-22', // 国民の休日 (between 敬老の日 and 秋分の日)
  '2026-09-23', // 秋分の日
  '2026-10-12', // スポーツの日
  '2026-11-03', // 文化の日
  '2026-11-23', // 勤労感謝の日
  // 2027 — weekend holidays: 03-21 (Sun). Equinox dates as announced by the Cabinet Office in Feb 2026.
  '2027-01-01', // 元日
  '2027-01-11', // 成人の日
  '2027-02-11', // 建国記念の日
  '2027-02-23', // 天皇誕生日
  '2027-03-22', // 振替休日 (春分の日 03-21 is a Sunday)
  '2027-04-29', // 昭和の日
  '2027-05-03', // 憲法記念日
  '2027-05-04', // みどりの日
  '2027-05-05', // こどもの日
  '2027-07-19', // 海の日
  '2027-08-11', // 山の日
  '2027-09-20', // 敬老の日
  '2027-09-23', // 秋分の日
  '2027-10-11', // スポーツの日
  '2027-11-03', // 文化の日
  '2027-11-23', // 勤労感謝の日
];

/**
 * 5 U.S.C. 6103, observed dates: a holiday on a Saturday is observed the Friday before, on a
 * Sunday the Monday after. One-off closures by executive order (e.g. extra days around
 * Christmas) and Inauguration Day (a holiday only in the Washington DC area) are not listed.
 */
const US_FED_HOLIDAYS = [
  '2025-01-01', // New Year's Day
  '2025-01-20', // Birthday of Martin Luther King, Jr.
  '2025-02-17', // Washington's Birthday
  '2025-05-26', // Memorial Day
  '2025-06-19', // Juneteenth
  '2025-07-04', // Independence Day
  '2025-09-01', // Labor Day
  '2025-10-13', // Columbus Day
  '2025-11-11', // Veterans Day
  '2025-11-27', // Thanksgiving Day
  '2025-12-25', // Christmas Day
  '2026-01-01', // New Year's Day
  '2026-01-19', // Birthday of Martin Luther King, Jr.
  '2026-02-16', // Washington's Birthday
  '2026-05-25', // Memorial Day
  '2026-06-19', // Juneteenth
  '2026-07-03', // Independence Day (observed; 07-04 is a Saturday)
  '2026-09-07', // Labor Day
  '2026-10-12', // Columbus Day
  '2026-11-11', // Veterans Day
  '2026-11-26', // Thanksgiving Day
  '2026-12-25', // Christmas Day
  '2027-01-01', // New Year's Day
  '2027-01-18', // Birthday of Martin Luther King, Jr.
  '2027-02-15', // Washington's Birthday
  '2027-05-31', // Memorial Day
  '2027-06-18', // Juneteenth (observed; 06-19 is a Saturday)
  '2027-07-05', // Independence Day (observed; 07-04 is a Sunday)
  '2027-09-06', // Labor Day
  '2027-10-11', // Columbus Day
  '2027-11-11', // Veterans Day
  '2027-11-25', // Thanksgiving Day
  '2027-12-24', // Christmas Day (observed; 12-25 is a Saturday)
  '2027-12-31', // New Year's Day 2028 (observed; 2028-01-01 is a Saturday)
];

export const CALENDARS: Readonly<Record<CalendarId, BusinessCalendar>> = Object.freeze({
  JP: { id: 'JP', name: { en: 'Japanese business days', ja: '日本の営業日' }, fromYear: 2025, toYear: 2027, holidays: JP_HOLIDAYS },
  'US-FED': {
    id: 'US-FED',
    name: { en: 'US federal business days', ja: '米国連邦政府の営業日' },
    fromYear: 2025,
    toYear: 2027,
    holidays: US_FED_HOLIDAYS,
  },
});
