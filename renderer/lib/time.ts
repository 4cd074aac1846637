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

export function formatInstant(iso: string, zone: string, precision: TimePrecision = 'exact'): FormattedTime {
  const { wallTime, offset } = instantToZoned(iso, zone);
  const [date, time = ''] = wallTime.split('T');
  const shown = precision === 'exact' ? time : time.slice(0, 5);
  return { text: `${date} ${shown}`, offset, zone };
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
