// Evidence items and their chain of custody (reference.md §5.3). An item is the
// custody form's header; custody events are its log rows, hash-chained per item.
import { z } from '../zod';
import { HashSchema, IdSchema, InstantSchema, PersonSchema, TimeZoneSchema, text } from './common';

export const EVIDENCE_SCHEMA_VERSION = 1;

export const EVIDENCE_TYPES = [
  'memory-image',
  'disk-image',
  'log-export',
  'screenshot',
  'ransom-note',
  'malware-sample',
  'attacker-communication',
  'other',
] as const;
export const EvidenceTypeSchema = z.enum(EVIDENCE_TYPES);
export type EvidenceType = z.infer<typeof EvidenceTypeSchema>;

/** Free text a form may leave empty (stored as ''), trimmed. */
const optionalText = (max: number) => text(max).pipe(z.string().trim());
const requiredText = (max: number) => text(max).pipe(z.string().trim().min(1));

/** What magic-byte detection said (shared/evidence/magic.ts). `mime` is never an active type such as text/html. */
export const DetectedTypeSchema = z.object({ mime: z.string().min(1).max(100), label: z.string().min(1).max(200) }).strict();
export type DetectedType = z.infer<typeof DetectedTypeSchema>;

/** What the responder enters at intake: the custody form's description and collection fields. */
export const EvidenceDescriptionSchema = z
  .object({
    description: requiredText(4000),
    type: EvidenceTypeSchema,
    /** A system on the incident's systems board, when the item came from one. */
    sourceSystemId: IdSchema.nullable(),
    collectedBy: PersonSchema,
    collectedAt: InstantSchema,
    collectedZone: TimeZoneSchema,
    /** How it was acquired: tool or procedure ("FTK Imager", "winpmem", "screenshot of console"). */
    method: requiredText(400),
    toolVersion: optionalText(100),
  })
  .strict();
export type EvidenceDescription = z.infer<typeof EvidenceDescriptionSchema>;

export const EvidenceItemSchema = EvidenceDescriptionSchema.extend({
  schemaVersion: z.literal(EVIDENCE_SCHEMA_VERSION),
  id: IdSchema,
  incidentId: IdSchema,
  /** 1, 2, 3 … per incident, in intake order: the number written on the custody form. */
  itemNumber: z.number().int().min(1),
  /**
   * The file's name as it arrived: data only, never used as a path, shown through
   * displayFileName(). Any characters canonical JSON can carry (no lone surrogates).
   */
  originalName: text(1024),
  size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  detectedType: DetectedTypeSchema,
  /** SHA-256 at acquisition, lowercase hex. */
  sha256: HashSchema,
  storedAt: InstantSchema,
}).strict();
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;

// ---------------------------------------------------------------------------
// Custody events

export const CUSTODY_ACTIONS = ['collected', 'transferred', 'accessed', 'exported', 'verified', 'disposed'] as const;
export const CustodyActionSchema = z.enum(CUSTODY_ACTIONS);
export type CustodyAction = z.infer<typeof CustodyActionSchema>;

/** The details each action carries, by action. */
export const CustodyDetailsSchemas = {
  collected: z
    .object({
      location: optionalText(400),
      reason: optionalText(2000),
      /** The hash at acquisition, so the item's recorded hash is covered by the custody chain too. */
      sha256: HashSchema,
    })
    .strict(),
  transferred: z
    .object({
      releasedBy: PersonSchema,
      receivedBy: PersonSchema,
      /** Hand-over, courier, secure upload … */
      method: requiredText(200),
      /** Courier tracking or shipping number, upload receipt. */
      tracking: optionalText(200),
      fromLocation: optionalText(400),
      toLocation: optionalText(400),
      purpose: requiredText(2000),
    })
    .strict(),
  accessed: z.object({ purpose: requiredText(2000) }).strict(),
  exported: z.object({ destination: requiredText(400), purpose: requiredText(2000) }).strict(),
  verified: z.object({ result: z.enum(['pass', 'fail']), computedSha256: HashSchema }).strict(),
  /** Returned, destroyed or retained, and who authorised it (legal hold release reference). */
  disposed: z.object({ authority: requiredText(400), method: requiredText(400) }).strict(),
} as const satisfies Record<CustodyAction, z.ZodType>;

export type CustodyDetails<A extends CustodyAction = CustodyAction> = z.infer<(typeof CustodyDetailsSchemas)[A]>;

const custodyBase = {
  schemaVersion: z.literal(EVIDENCE_SCHEMA_VERSION),
  id: IdSchema,
  itemId: IdSchema,
  incidentId: IdSchema,
  /** 1-based position in this item's custody chain. */
  seq: z.number().int().min(1),
  /** When the custody action happened, as a UTC instant; the zone says how it was entered. */
  at: InstantSchema,
  zone: TimeZoneSchema,
  /** Who recorded the action (for a transfer, releasedBy and receivedBy say who held it). */
  by: PersonSchema,
  prevHash: HashSchema,
};

/** One variant per action, so `details` is typed by `action`; `extra` adds the hash for stored events. */
function custodyVariants<E extends z.ZodRawShape>(extra: E) {
  const variant = <A extends CustodyAction>(action: A) =>
    z.object({ ...custodyBase, ...extra, action: z.literal(action), details: CustodyDetailsSchemas[action] }).strict();
  return z.discriminatedUnion('action', [
    variant('collected'),
    variant('transferred'),
    variant('accessed'),
    variant('exported'),
    variant('verified'),
    variant('disposed'),
  ]);
}

/** A custody event before sealing: every field the hash covers. */
export const CustodyEventContentSchema = custodyVariants({});
export type CustodyEventContent = z.infer<typeof CustodyEventContentSchema>;

export const CustodyEventSchema = custodyVariants({ hash: HashSchema });
export type CustodyEvent = z.infer<typeof CustodyEventSchema>;
