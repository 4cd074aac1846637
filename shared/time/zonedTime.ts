// Conversions between a wall-clock time in an IANA zone and a UTC instant.
// Temporal (polyfilled) does the zone arithmetic, including DST gaps and overlaps.
import { Temporal } from 'temporal-polyfill';

const zoneCache = new Map<string, boolean>();

export function isValidTimeZone(zone: string): boolean {
  let valid = zoneCache.get(zone);
  if (valid === undefined) {
    try {
      Temporal.Now.instant().toZonedDateTimeISO(zone);
      valid = true;
    } catch {
      valid = false;
    }
    zoneCache.set(zone, valid);
  }
  return valid;
}

/** `2026-11-23T15:30` or `2026-11-23T15:30:05` read in `zone` → `2026-11-23T06:30:05.000Z`. */
export function wallTimeToInstant(wallTime: string, zone: string): string {
  const plain = Temporal.PlainDateTime.from(wallTime);
  const instant = plain.toZonedDateTime(zone, { disambiguation: 'compatible' }).toInstant();
  return new Date(instant.epochMilliseconds).toISOString();
}

export interface ZonedParts {
  /** `YYYY-MM-DDTHH:mm:ss` in the zone. */
  wallTime: string;
  /** `+09:00`, `-05:00`, `+00:00`. */
  offset: string;
}

export function instantToZoned(instantIso: string, zone: string): ZonedParts {
  const zoned = Temporal.Instant.from(instantIso).toZonedDateTimeISO(zone);
  const wallTime = zoned.toPlainDateTime().toString({ smallestUnit: 'second' });
  return { wallTime, offset: zoned.offset };
}

/** Whether a wall time does not exist (spring-forward gap) or is ambiguous (fall-back overlap) in `zone`. */
export function wallTimeIssue(wallTime: string, zone: string): 'gap' | 'ambiguous' | null {
  const plain = Temporal.PlainDateTime.from(wallTime);
  const earlier = plain.toZonedDateTime(zone, { disambiguation: 'earlier' });
  const later = plain.toZonedDateTime(zone, { disambiguation: 'later' });
  if (earlier.epochMilliseconds === later.epochMilliseconds) return null;
  return earlier.toPlainDateTime().equals(plain) && later.toPlainDateTime().equals(plain) ? 'ambiguous' : 'gap';
}
