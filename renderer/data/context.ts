// What writers need besides the database. Tests pass their own clock and ids.
import { v7 as uuidv7 } from 'uuid';
import type { LanternDB } from './db';

export interface DataContext {
  db: LanternDB;
  /** The device clock; recorded-at comes from here and nowhere else. */
  now(): Date;
  /** The device's IANA time zone at the moment of a write. */
  zone(): string;
  newId(): string;
}

/** What the renderer uses of Temporal, where the runtime has it (Chromium 144 and later). */
interface TemporalNow {
  Now: { timeZoneId(): string };
}

/**
 * The device's IANA zone, looked up at each call (a laptop changes zones mid-incident).
 * Temporal's lookup where there is one: about 100 times cheaper than building an
 * Intl.DateTimeFormat, which every append would otherwise pay (measured in Chromium 156).
 */
export const systemZone = (): string => {
  const temporal = (globalThis as { Temporal?: TemporalNow }).Temporal;
  return temporal?.Now.timeZoneId() || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
};

export function createContext(db: LanternDB, overrides: Partial<Omit<DataContext, 'db'>> = {}): DataContext {
  return { db, now: () => new Date(), zone: systemZone, newId: () => uuidv7(), ...overrides };
}
