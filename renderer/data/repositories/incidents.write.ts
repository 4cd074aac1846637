// Incident writes. Every change to an incident also appends a log entry in the
// same transaction, so the log says when the title, severity or status changed
// and who set each clock anchor. Callers pass the entry text in the UI language:
// the log records what the responder saw. A full disk refuses a write as storage.full
// (storageFull.ts): neither the change nor its entry is stored.
import {
  IncidentCodeSchema,
  IncidentSchema,
  IncidentTitleSchema,
  SeveritySchema,
  type Anchor,
  type Incident,
  type Severity,
} from '../../../shared/domain/incident';
import { TimeZoneSchema } from '../../../shared/domain/common';
import type { AnchorType } from '../../../shared/domain/deadline';
import type { LogEntry } from '../../../shared/domain/logEntry';
import { CodedError } from '../../../shared/result';
import { validated } from './validated';
import type { DataContext } from '../context';
import { appendInTransaction, changeEntry, logTables, type EntryDraft, type EventTime } from './entries.write';
import { storageChecked } from './storageFull';

export interface AnchorInput extends EventTime {
  anchor: Anchor;
  /** The decision entry's text, e.g. "Became aware: ransom note on FS01". */
  text: string;
  /** Who took the decision, when not the responder logging it (the incident lead, counsel …). */
  decidedBy?: string | null;
}

export interface NewIncidentInput {
  title: string;
  code: string;
  severity: Severity;
  timeZone: string;
  anchors: readonly AnchorInput[];
}

const anchorField = { detected: 'detectedAt', 'became-aware': 'becameAwareAt' } as const;
/** The deadline clocks these incident anchors start (domain/deadline.ts). */
export const DEADLINE_ANCHOR_OF = { detected: 'discovery', 'became-aware': 'awareness' } as const satisfies Record<Anchor, AnchorType>;

const decider = (anchor: AnchorInput): string | null => anchor.decidedBy?.trim() || null;

const anchorDraft = (incidentId: string, anchor: AnchorInput): EntryDraft => {
  const decidedBy = decider(anchor);
  return {
    incidentId,
    kind: 'decision',
    occurredAt: anchor.occurredAt,
    occurredZone: anchor.occurredZone,
    occurredPrecision: anchor.occurredPrecision,
    body: null,
    text: anchor.text,
    tags: [],
    data: decidedBy ? { anchor: anchor.anchor, decidedBy } : { anchor: anchor.anchor },
  };
};

/** Keeps the deadline clocks' anchor table in step with the incident's anchors (inside the caller's transaction). */
async function putAnchorRecords(ctx: DataContext, incidentId: string, anchors: readonly AnchorInput[], entries: readonly LogEntry[]): Promise<void> {
  await ctx.db.anchors.bulkPut(
    anchors.map((anchor, i) => ({
      incidentId,
      anchor: DEADLINE_ANCHOR_OF[anchor.anchor],
      at: anchor.occurredAt,
      entryId: entries[i]!.id,
      decidedBy: decider(anchor),
      recordedBy: entries[i]!.author,
    })),
  );
}

export async function createIncident(ctx: DataContext, input: NewIncidentInput): Promise<Incident> {
  const { db } = ctx;
  return storageChecked(() =>
    db.transaction('rw', [db.incidents, db.anchors, ...logTables(db)], async () => {
      const profile = await db.profile.get('self');
      if (!profile) throw new CodedError('identity.missing', 'no responder profile on this device yet');
      const now = ctx.now().toISOString();
      const incident = validated(
        IncidentSchema.safeParse({
          id: ctx.newId(),
          title: input.title,
          code: input.code,
          severity: input.severity,
          status: 'open',
          timeZone: input.timeZone,
          createdAt: now,
          createdBy: { name: profile.name, role: profile.role || null },
          updatedAt: now,
          closedAt: null,
          detectedAt: input.anchors.find((a) => a.anchor === 'detected')?.occurredAt ?? null,
          becameAwareAt: input.anchors.find((a) => a.anchor === 'became-aware')?.occurredAt ?? null,
        }),
        'incident.invalid',
      );
      await db.incidents.add(incident);
      const entries = await appendInTransaction(ctx, input.anchors.map((anchor) => anchorDraft(incident.id, anchor)));
      await putAnchorRecords(ctx, incident.id, input.anchors, entries);
      return incident;
    }),
  );
}

/** Applies `change` to the incident and appends `entry` describing it, atomically. */
async function changeIncident(
  ctx: DataContext,
  incidentId: string,
  change: (incident: Incident) => Partial<Incident>,
  entry: (incident: Incident) => EntryDraft,
  after?: (written: LogEntry) => Promise<void>,
): Promise<Incident> {
  const { db } = ctx;
  return storageChecked(() =>
    db.transaction('rw', [db.incidents, db.anchors, ...logTables(db)], async () => {
      const current = await db.incidents.get(incidentId);
      if (!current) throw new CodedError('incident.missing', `no incident ${incidentId}`);
      const next = validated(IncidentSchema.safeParse({ ...current, ...change(current), updatedAt: ctx.now().toISOString() }), 'incident.invalid');
      await db.incidents.put(next);
      const [written] = await appendInTransaction(ctx, [entry(current)]);
      await after?.(written!);
      return next;
    }),
  );
}

const noteAt = (ctx: DataContext, incidentId: string, text: string, data: Record<string, string>): EntryDraft =>
  changeEntry(ctx, { incidentId, kind: 'note', text, data });

export interface IncidentDetails {
  title: string;
  code: string;
  severity: Severity;
  timeZone: string;
}

/** Renames, re-codes, re-grades or changes the display zone of an incident. */
export async function updateIncidentDetails(ctx: DataContext, incidentId: string, details: IncidentDetails, text: string): Promise<Incident> {
  const title = validated(IncidentTitleSchema.safeParse(details.title), 'incident.invalid');
  const code = validated(IncidentCodeSchema.safeParse(details.code), 'incident.invalid');
  const severity = validated(SeveritySchema.safeParse(details.severity), 'incident.invalid');
  const timeZone = validated(TimeZoneSchema.safeParse(details.timeZone), 'incident.invalid');
  return changeIncident(ctx, incidentId, () => ({ title, code, severity, timeZone }), (before) => ({
    ...noteAt(ctx, incidentId, text, { event: 'incident.updated', title: before.title, code: before.code, severity: before.severity, timeZone: before.timeZone }),
    kind: before.severity !== severity ? 'decision' : 'note',
  }));
}

export async function setIncidentStatus(ctx: DataContext, incidentId: string, status: 'open' | 'closed', text: string): Promise<Incident> {
  return changeIncident(
    ctx,
    incidentId,
    (current) => {
      if (current.status === status) throw new CodedError('incident.statusUnchanged', `incident is already ${status}`);
      return { status, closedAt: status === 'closed' ? ctx.now().toISOString() : null };
    },
    () => ({ ...noteAt(ctx, incidentId, text, { event: status === 'closed' ? 'incident.closed' : 'incident.reopened' }), kind: 'decision' }),
  );
}

/** Records when the incident was detected or the organisation became aware: a decision entry, and the incident's anchor. */
export async function recordAnchor(ctx: DataContext, incidentId: string, anchor: AnchorInput): Promise<Incident> {
  return changeIncident(
    ctx,
    incidentId,
    () => ({ [anchorField[anchor.anchor]]: anchor.occurredAt }),
    () => anchorDraft(incidentId, anchor),
    (written) => putAnchorRecords(ctx, incidentId, [anchor], [written]),
  );
}
