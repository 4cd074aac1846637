// When a notification is due: a rule's offset applied to the recorded anchors in the incident's zone.
import { Temporal } from 'temporal-polyfill';
import type { AnchorType, BusinessCalendar, CalendarId, DeadlineRule } from '../domain/deadline';
import { CALENDARS } from '../seed/deadlines/calendars';

/** UTC instants (`2025-06-02T14:00:00.000Z`) of the anchors an incident has recorded. */
export type Anchors = Partial<Record<AnchorType, string>>;

export interface DueTime {
  /** The due instant; with `missingAnchor` set it is only the bound the recorded anchors give (or null). */
  due: string | null;
  /** Guidance windows: the instant from which the report is expected ("soon"); null otherwise. */
  soon: string | null;
  /** An anchor the due time needs that is not recorded yet. */
  missingAnchor: AnchorType | null;
  /** The business-day count ran past the years the calendar covers; `due` is then null. */
  outsideCalendar: CalendarId | null;
}

const END_OF_DAY = Temporal.PlainTime.from('23:59:59.999');

const toIso = (zoned: Temporal.ZonedDateTime): string => new Date(zoned.epochMilliseconds).toISOString();
const zoned = (instant: string, zone: string) => Temporal.Instant.from(instant).toZonedDateTimeISO(zone);

/**
 * Temporal's rule: date parts (`P30D`, `P1M`) move the calendar date and keep the wall time;
 * time parts (`PT72H`) are exact elapsed time, so 72 hours stay 72 real hours across a DST change.
 */
const addDuration = (instant: string, iso: string, zone: string): string => toIso(zoned(instant, zone).add(Temporal.Duration.from(iso)));

/** Start of the year after the one `discovery` falls in, in the zone (HIPAA's "end of the calendar year"). */
const yearEnd = (discovery: string, zone: string): string =>
  toIso(Temporal.PlainDate.from({ year: zoned(discovery, zone).year + 1, month: 1, day: 1 }).toZonedDateTime(zone));

/**
 * Convention: the Nth business day strictly after the anchor's local date, where a business day is
 * Monday–Friday and not in the calendar. The deadline is the end of that day, 23:59:59.999 local
 * (or the anchor's wall time on it when `endOfDay` is false).
 */
function addBusinessDays(instant: string, days: number, calendar: BusinessCalendar, endOfDay: boolean, zone: string): string | null {
  const start = zoned(instant, zone);
  const holidays = new Set(calendar.holidays);
  let date = start.toPlainDate();
  for (let counted = 0; counted < days; ) {
    date = date.add({ days: 1 });
    if (date.year < calendar.fromYear || date.year > calendar.toYear) return null;
    if (date.dayOfWeek <= 5 && !holidays.has(date.toString())) counted += 1;
  }
  return toIso(date.toZonedDateTime({ timeZone: zone, plainTime: endOfDay ? END_OF_DAY : start.toPlainTime() }));
}

const earlier = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a < b ? a : b);

/** When an anchor is: as recorded, or for `calendar_year_end` derived from `discovery`. */
export const anchorInstant = (type: AnchorType, anchors: Anchors, zone: string): string | undefined =>
  anchors[type] ?? (type === 'calendar_year_end' && anchors.discovery ? yearEnd(anchors.discovery, zone) : undefined);

export function dueTime(rule: DeadlineRule, anchors: Anchors, zone: string): DueTime {
  const result: DueTime = { due: null, soon: null, missingAnchor: null, outsideCalendar: null };
  const { offset, cap } = rule;
  if (offset === null || offset.kind === 'prompt') return result;

  const anchorAt = (type: AnchorType): string | undefined => anchorInstant(type, anchors, zone);

  const capAt = cap ? anchorAt(cap.anchor) : undefined;
  const capDue = cap && capAt ? addDuration(capAt, cap.iso, zone) : null;
  const start = anchorAt(rule.anchor);
  if (start === undefined) return { ...result, due: capDue, missingAnchor: rule.anchor };

  let due: string | null;
  if (offset.kind === 'businessDays') {
    due = addBusinessDays(start, offset.days, CALENDARS[offset.calendar], offset.endOfDay, zone);
    if (due === null) return { ...result, outsideCalendar: offset.calendar };
  } else if (offset.kind === 'window') {
    due = addDuration(start, offset.to, zone);
    result.soon = addDuration(start, offset.from, zone);
  } else {
    due = addDuration(start, offset.iso, zone);
  }
  result.due = earlier(due, capDue);
  if (result.soon !== null && result.due !== null && result.soon > result.due) result.soon = result.due;
  if (cap && capAt === undefined) result.missingAnchor = cap.anchor;
  return result;
}
