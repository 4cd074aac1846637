// The log entry: the unit of the append-only, hash-chained incident log.
// Every field except `hash` is covered by the hash; local bookkeeping fields that
// the database adds start with `_` and are never hashed or exported.
import { z } from '../zod';
import { HashSchema, IdSchema, InstantSchema, PersonSchema, TimeZoneSchema, text } from './common';

export const USER_ENTRY_KINDS = ['note', 'action', 'decision', 'communication', 'observation'] as const;
/** Kinds that other features write (checklists, systems, evidence, contacts, deadlines). */
export const SYSTEM_ENTRY_KINDS = ['checklist', 'system', 'evidence', 'contact', 'deadline'] as const;
export const ENTRY_KINDS = [...USER_ENTRY_KINDS, ...SYSTEM_ENTRY_KINDS] as const;
export const EntryKindSchema = z.enum(ENTRY_KINDS);
export type EntryKind = z.infer<typeof EntryKindSchema>;

export const TIME_PRECISIONS = ['exact', 'minute', 'approximate', 'unknown'] as const;
export const TimePrecisionSchema = z.enum(TIME_PRECISIONS);
export type TimePrecision = z.infer<typeof TimePrecisionSchema>;

/** Serialized Lexical editor state. Its node types are checked by the editor's own sanitizer. */
export const RichBodySchema = z
  .object({ root: z.object({ type: z.literal('root'), children: z.array(z.unknown()) }).loose() })
  .loose();
export type RichBody = z.infer<typeof RichBodySchema>;

export const RevisionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('amend'), targetId: IdSchema, reason: text(2000).pipe(z.string().trim().min(1)) }),
  z.object({ action: z.literal('retract'), targetId: IdSchema, reason: text(2000).pipe(z.string().trim().min(1)) }),
]);
export type Revision = z.infer<typeof RevisionSchema>;

/** A link from an entry to something else in the notebook (systems, evidence, checklist runs …). */
export const EntryRefSchema = z.object({ type: z.string().regex(/^[a-z][a-zA-Z-]{0,31}$/), id: z.string().min(1).max(64) });
export type EntryRef = z.infer<typeof EntryRefSchema>;

export const TagSchema = z.string().trim().min(1).max(40).regex(/^[^\s,]+$/u, 'tags have no spaces or commas');

export const LOG_ENTRY_SCHEMA_VERSION = 1;

export const LogEntryContentSchema = z.object({
  schemaVersion: z.literal(LOG_ENTRY_SCHEMA_VERSION),
  id: IdSchema,
  incidentId: IdSchema,
  kind: EntryKindSchema,
  /** When the thing happened, as a UTC instant; the zone says how it was entered and is shown. */
  occurredAt: InstantSchema,
  occurredZone: TimeZoneSchema,
  occurredPrecision: TimePrecisionSchema,
  /** The device clock at save. Never editable. */
  recordedAt: InstantSchema,
  recordedZone: TimeZoneSchema,
  author: PersonSchema,
  deviceId: IdSchema,
  body: RichBodySchema.nullable(),
  text: text(200_000),
  tags: z.array(TagSchema).max(32),
  revision: RevisionSchema.nullable(),
  refs: z.array(EntryRefSchema).max(64),
  /** Structured payload of machine-written entries (e.g. which clock anchor a decision records). */
  data: z.record(z.string(), z.json()).nullable(),
  /** 1-based position in this device's chain for this incident. */
  seq: z.number().int().min(1),
  prevHash: HashSchema,
});
export type LogEntryContent = z.infer<typeof LogEntryContentSchema>;

export const LogEntrySchema = LogEntryContentSchema.extend({ hash: HashSchema });
export type LogEntry = z.infer<typeof LogEntrySchema>;

/** The structured payload machine-written entries carry. */
export type EntryData = NonNullable<LogEntryContent['data']>;

/**
 * How a device is named wherever it is shown (timeline rows, the report, a bundle's summary, a
 * restore): the end of its id. Device ids are UUIDv7, whose first digits are the creation time,
 * so two laptops set up the same hour share them; the end tells them apart.
 */
export const deviceShortId = (deviceId: string): string => deviceId.slice(-8);
