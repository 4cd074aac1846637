// Incidents are the notebook's top-level aggregate. Unlike log entries they are
// mutable (rename, close, reopen), and every such change also writes a log entry.
import { z } from '../zod';
import { IdSchema, InstantSchema, PersonSchema, TimeZoneSchema, text } from './common';

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

export const INCIDENT_STATUSES = ['open', 'closed'] as const;
export const IncidentStatusSchema = z.enum(INCIDENT_STATUSES);
export type IncidentStatus = z.infer<typeof IncidentStatusSchema>;

export const IncidentTitleSchema = text(200).pipe(z.string().trim().min(1, 'title is required'));
export const IncidentCodeSchema = text(64).pipe(z.string().trim());

export const IncidentSchema = z.object({
  id: IdSchema,
  title: IncidentTitleSchema,
  code: IncidentCodeSchema,
  severity: SeveritySchema,
  status: IncidentStatusSchema,
  timeZone: TimeZoneSchema,
  createdAt: InstantSchema,
  createdBy: PersonSchema,
  updatedAt: InstantSchema,
  closedAt: InstantSchema.nullable(),
  /** Latest recorded clock anchors; each is also a decision entry in the log. */
  detectedAt: InstantSchema.nullable(),
  becameAwareAt: InstantSchema.nullable(),
});
export type Incident = z.infer<typeof IncidentSchema>;

/**
 * What names an incident without a code in file names and report footers: the id's last 8
 * hex digits. A UUID v7 starts with its creation time, so two incidents made within about a
 * minute share their first 8 digits; the last ones are random.
 */
export const incidentShortId = (id: string): string => id.replaceAll('-', '').slice(-8);

/** The clock anchors an incident records as decision entries (`data.anchor`). */
export const ANCHORS = ['detected', 'became-aware'] as const;
export type Anchor = (typeof ANCHORS)[number];
