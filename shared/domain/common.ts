// Small schemas shared by every aggregate: ids, instants, zones, hashes.
import { z } from '../zod';
import { isValidTimeZone } from '../time/zonedTime';

/** UUID (v7 for everything Lantern creates; any version accepted from imports). */
export const IdSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'expected a UUID');

/** A UTC instant, always in the exact form Date#toISOString gives, so strings sort by time. */
export const InstantSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'expected a UTC instant');

export const TimeZoneSchema = z.string().min(1).max(64).refine(isValidTimeZone, 'unknown IANA time zone');

export const HashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest');

/** Text that canonical JSON can carry: no lone surrogates (RFC 8785 refuses them). */
export const text = (max: number) =>
  z.string().max(max).refine((s) => s.isWellFormed(), 'text holds an unpaired surrogate');

export const PersonSchema = z.object({
  name: text(120).pipe(z.string().trim().min(1)),
  role: text(120).nullable(),
});
export type Person = z.infer<typeof PersonSchema>;
