// Notification-deadline rules of domain/reference.md §3: what starts each clock, how long it runs, who receives the report.
import { z } from '../zod';
import { LocalizedTextSchema } from './localized';

/**
 * The events a clock can run from. Each is recorded in an incident as its own timestamped,
 * attributed decision. Chained rules run from the submission of an earlier report, so each
 * such submission is its own anchor (§6 sketches one `prior_submission` with a `ref`; a flat
 * enum keeps an anchor map unambiguous when NIS2 and DORA apply to one incident).
 */
export const ANCHOR_TYPES = [
  'awareness',
  'discovery',
  'high_risk_determination',
  'classification_major',
  'materiality_determination',
  'information_available',
  'reasonable_belief',
  'ransom_payment',
  'new_information',
  /** Start of the year after the year of discovery; derived from `discovery` when not recorded. */
  'calendar_year_end',
  'authority_request',
  'nis2_notification_submitted',
  'incident_handled',
  'dora_initial_submitted',
  'dora_intermediate_submitted',
  'compromise_suspected',
  'planned_action',
] as const;
export const AnchorTypeSchema = z.enum(ANCHOR_TYPES);
export type AnchorType = z.infer<typeof AnchorTypeSchema>;

export const CALENDAR_IDS = ['JP', 'US-FED'] as const;
export const CalendarIdSchema = z.enum(CALENDAR_IDS);
export type CalendarId = z.infer<typeof CalendarIdSchema>;

export const DEADLINE_STATUSES = ['in_force', 'proposed', 'pending_rules', 'contract'] as const;

/** ISO 8601 duration with at least one component: `PT72H`, `P30D`, `P1M`. */
export const IsoDurationSchema = z
  .string()
  .regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/, 'expected an ISO 8601 duration');

export const DeadlineOffsetSchema = z.discriminatedUnion('kind', [
  /** Date parts (`P30D`, `P1M`) are calendar days/months in the incident's zone; time parts (`PT72H`) are elapsed time. */
  z.object({ kind: z.literal('duration'), iso: IsoDurationSchema }).strict(),
  /** Ends at the end of the Nth business day after the anchor's day (or at the anchor's wall time if `endOfDay` is false). */
  z
    .object({ kind: z.literal('businessDays'), days: z.int().min(1).max(60), calendar: CalendarIdSchema, endOfDay: z.boolean() })
    .strict(),
  /** Guidance range: due at anchor + `to`, "soon" from anchor + `from`. */
  z.object({ kind: z.literal('window'), from: IsoDurationSchema, to: IsoDurationSchema }).strict(),
  /** "Promptly", "without undue delay", "immediately": a duty with no computable due time. */
  z.object({ kind: z.literal('prompt'), label: LocalizedTextSchema }).strict(),
]);
export type DeadlineOffset = z.infer<typeof DeadlineOffsetSchema>;

export const DeadlineRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
    jurisdiction: z.string().min(2).max(32),
    name: LocalizedTextSchema,
    anchor: AnchorTypeSchema,
    /** `null`: no fixed offset — set by contract, by an ordinance not yet issued, or by the authority's request (see notes). */
    offset: DeadlineOffsetSchema.nullable(),
    /** The due time is the earlier of the offset's and `cap.iso` after `cap.anchor` (DORA initial: 4 h from classification, 24 h from awareness). */
    cap: z.object({ anchor: AnchorTypeSchema, iso: IsoDurationSchema }).strict().nullable(),
    recipient: LocalizedTextSchema,
    status: z.enum(DEADLINE_STATUSES),
    /** Source ids of reference.md §7 (e.g. `S34`). */
    sources: z.array(z.string().regex(/^S\d{1,3}$/)).min(1).max(12),
    notes: LocalizedTextSchema.nullable(),
  })
  .strict();
export type DeadlineRule = z.infer<typeof DeadlineRuleSchema>;

/** A business-day calendar: the weekdays that are not business days, for the years it covers. */
export const BusinessCalendarSchema = z
  .object({
    id: CalendarIdSchema,
    name: LocalizedTextSchema,
    fromYear: z.int(),
    toYear: z.int(),
    /** `YYYY-MM-DD`, sorted; Monday–Friday only (weekends are never business days). */
    holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
  })
  .strict();
export type BusinessCalendar = z.infer<typeof BusinessCalendarSchema>;
