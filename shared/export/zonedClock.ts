// RFC 3339 times with the offset of a chosen IANA zone, fast enough for 100,000 rows:
// each lookup caches the whole span between the zone's two surrounding offset changes,
// so an export of days or weeks asks the time-zone database only a few times.
import { Temporal } from 'temporal-polyfill';

/** `+09:00`, `-04:00`, `+00:00` (seconds of historical offsets are dropped: RFC 3339 has none). */
export function offsetText(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const minutes = Math.trunc(Math.abs(offsetMs) / 60_000);
  return `${sign}${String(Math.trunc(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export interface ZonedClock {
  zone: string;
  /** The zone's offset from UTC at an instant, in milliseconds. */
  offsetMs(iso: string): number;
  /** `2026-11-23T06:30:05.000Z` → `2026-11-23T15:30:05+09:00` (Asia/Tokyo); milliseconds dropped. */
  rfc3339(iso: string): string;
  /** `2026-11-23 15:30:05` (or without seconds): for people, beside the offset. */
  wall(iso: string, seconds?: boolean): string;
  /** The zone's calendar date, `YYYY-MM-DD`. */
  date(iso: string): string;
}

interface Span {
  /** Inclusive start and exclusive end, epoch milliseconds. */
  start: number;
  end: number;
  offset: number;
  offsetText: string;
}

const zoned = (epochMs: number, zone: string) => Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone);
const offsetOf = (value: Temporal.ZonedDateTime) => Math.round(value.offsetNanoseconds / 1e6);

/** The span of constant offset around an instant. */
function spanAt(epochMs: number, zone: string): Span {
  const here = zoned(epochMs, zone);
  const offset = offsetOf(here);
  const next = here.getTimeZoneTransition('next');
  const previous = here.getTimeZoneTransition('previous');
  // `previous` is strictly before the instant; when the instant is itself a change, the span starts here.
  const start = previous && offsetOf(previous) === offset ? previous.epochMilliseconds : previous ? epochMs : -Infinity;
  return { start, end: next ? next.epochMilliseconds : Infinity, offset, offsetText: offsetText(offset) };
}

/** A formatter for one zone; throws a RangeError for a zone the runtime does not know. */
export function zonedClock(zone: string): ZonedClock {
  const spans: Span[] = [spanAt(Date.now(), zone)];
  let last = spans[0]!;
  const spanOf = (epochMs: number): Span => {
    if (epochMs >= last.start && epochMs < last.end) return last;
    const found = spans.find((span) => epochMs >= span.start && epochMs < span.end);
    last = found ?? spanAt(epochMs, zone);
    if (!found) spans.push(last);
    return last;
  };
  const local = (iso: string) => {
    const epochMs = Date.parse(iso);
    const span = spanOf(epochMs);
    // The wall time is the UTC rendering of the instant shifted by the offset.
    return { text: new Date(epochMs + span.offset).toISOString(), span };
  };
  return {
    zone,
    offsetMs: (iso) => spanOf(Date.parse(iso)).offset,
    rfc3339: (iso) => {
      const { text, span } = local(iso);
      return text.slice(0, 19) + span.offsetText;
    },
    wall: (iso, seconds = true) => {
      const { text } = local(iso);
      return `${text.slice(0, 10)} ${text.slice(11, seconds ? 19 : 16)}`;
    },
    date: (iso) => local(iso).text.slice(0, 10),
  };
}
