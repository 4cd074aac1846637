// Showing and entering times: always through Intl or Temporal with an explicit zone.
import { instantToZoned, wallTimeToInstant } from '../../shared/time/zonedTime';
import type { TimePrecision } from '../../shared/domain/logEntry';

export interface FormattedTime {
  /** `2026-11-23 15:30:05` (seconds dropped for minute precision). */
  text: string;
  /** `+09:00` */
  offset: string;
  zone: string;
}

// The timeline formats thousands of times while scrolling: one cached Intl
// formatter per zone is about ten times faster than the Temporal polyfill.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

// The quick path below reads four-digit years only: Intl writes the others its own way.
const FIRST_QUICK = Date.UTC(1000, 0, 2);
const LAST_QUICK = Date.UTC(9999, 11, 30);
const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `2026-11-23 15:30:05` and `+09:00` for an instant in a zone (seconds dropped unless exact). */
export function formatInstant(iso: string, zone: string, precision: TimePrecision = 'exact'): FormattedTime {
  const ms = Date.parse(iso);
  // NaN fails the range test too.
  const offset = ms >= FIRST_QUICK && ms <= LAST_QUICK ? offsetAround(zone, ms) : null;
  if (!offset) return formatInstantByParts(iso, zone, precision);
  // The wall time is the instant moved by the zone's offset, read as UTC.
  const wall = new Date(ms + offset.ms);
  const hours = `${two(wall.getUTCHours())}:${two(wall.getUTCMinutes())}`;
  const time = precision === 'exact' ? `${hours}:${two(wall.getUTCSeconds())}` : hours;
  return { text: `${wall.getUTCFullYear()}-${two(wall.getUTCMonth() + 1)}-${two(wall.getUTCDate())} ${time}`, offset: offset.text, zone };
}

/** formatInstant through Intl's parts for each instant: exact anywhere, and ten objects a call. */
export function formatInstantByParts(iso: string, zone: string, precision: TimePrecision = 'exact'): FormattedTime {
  const parts = partsOf(zone, new Date(iso));
  const time = precision === 'exact' ? `${parts.hour}:${parts.minute}:${parts.second}` : `${parts.hour}:${parts.minute}`;
  return { text: `${parts.year}-${parts.month}-${parts.day} ${time}`, offset: offsetText(parts), zone };
}

function partsOf(zone: string, instant: Date): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(zone).formatToParts(instant)) parts[part.type] = part.value;
  return parts;
}

// longOffset gives `GMT+09:00`, or plain `GMT` for UTC itself.
const offsetText = (parts: Record<string, string>) => (parts.timeZoneName ?? 'GMT').replace('GMT', '') || '+00:00';

// Scrolling the timeline formats two times a row for every row it brings in. A zone's offset is
// looked up once for each quarter hour of UTC that holds one (zones change offset on quarter
// hours of UTC, if at all): then a time is arithmetic on the instant, not ten objects from Intl.
interface Offset {
  /** Wall time minus UTC, whole seconds. */
  ms: number;
  text: string;
}

const QUARTER_HOUR = 900_000;
/** Per zone, quarter hours of UTC since the epoch → the offset over all of it, or null where it changes. */
const offsets = new Map<string, Map<number, Offset | null>>();
/** Quarter hours kept per zone: about a year of them; the map starts over when full. */
const MAX_QUARTERS = 35_000;

function offsetAt(zone: string, ms: number): Offset {
  const parts = partsOf(zone, new Date(ms));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return { ms: wall - Math.floor(ms / 1000) * 1000, text: offsetText(parts) };
}

function offsetAround(zone: string, ms: number): Offset | null {
  let quarters = offsets.get(zone);
  if (!quarters) offsets.set(zone, (quarters = new Map()));
  const quarter = Math.floor(ms / QUARTER_HOUR);
  let offset = quarters.get(quarter);
  if (offset === undefined) {
    const first = offsetAt(zone, quarter * QUARTER_HOUR);
    const last = offsetAt(zone, (quarter + 1) * QUARTER_HOUR - 1);
    offset = first.ms === last.ms && first.text === last.text ? first : null;
    if (quarters.size >= MAX_QUARTERS) quarters.clear();
    quarters.set(quarter, offset);
  }
  return offset;
}

/** The calendar date of an instant in a zone, `YYYY-MM-DD`: dated file names, "check before use". */
export function calendarDate(instant: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** The value a `<input type="datetime-local" step="1">` shows for an instant in a zone. */
export const toWallInput = (iso: string, zone: string): string => instantToZoned(iso, zone).wallTime;

export const fromWallInput = (wall: string, zone: string): string => wallTimeToInstant(wall, zone);

let zoneList: string[] | null = null;

/** Every IANA zone this runtime knows, UTC first. */
export function timeZones(): string[] {
  if (!zoneList) {
    const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
    const zones = intl.supportedValuesOf?.('timeZone') ?? [];
    zoneList = ['UTC', ...zones.filter((z) => z !== 'UTC')];
  }
  return zoneList;
}

/** Relative "time ago" in the UI language, for badges. */
export function relativeFromNow(iso: string, language: string, now = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return format.format(seconds, 'second');
  if (abs < 3600) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return format.format(Math.round(seconds / 3600), 'hour');
  return format.format(Math.round(seconds / 86400), 'day');
}
