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

export const systemZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export function createContext(db: LanternDB, overrides: Partial<Omit<DataContext, 'db'>> = {}): DataContext {
  return { db, now: () => new Date(), zone: systemZone, newId: () => uuidv7(), ...overrides };
}
