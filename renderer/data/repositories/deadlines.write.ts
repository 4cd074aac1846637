// Deadline clock writes. Switching a regime on or off, recording an anchor and marking a rule met
// each append an entry to the log in the same transaction: the log says who started which clock
// and what met it. Callers pass the entry text in the UI language. A full disk refuses a
// write as storage.full (storageFull.ts): neither the change nor its entry is stored.
import { AnchorTypeSchema, type AnchorType } from '../../../shared/domain/deadline';
import type { LogEntry } from '../../../shared/domain/logEntry';
import { SUBMISSION_ANCHORS, regimeById, ruleById } from '../../../shared/seed/deadlines';
import { CodedError } from '../../../shared/result';
import type { DataContext } from '../context';
import type { LanternDB } from '../db';
import { validated } from './validated';
import { appendInTransaction, changeEntry, logTables, type EventTime } from './entries.write';
import { recordAnchor, DEADLINE_ANCHOR_OF } from './incidents.write';
import { storageChecked } from './storageFull';

const deadlineTables = (db: LanternDB) => [db.incidents, db.regimes, db.anchors, db.deadlineMarks, ...logTables(db)];

async function requireIncident(db: LanternDB, incidentId: string): Promise<void> {
  if (!(await db.incidents.get(incidentId))) throw new CodedError('incident.missing', `no incident ${incidentId}`);
}

/** Switches a regime's rules on or off for the incident. */
export async function setRegime(ctx: DataContext, incidentId: string, regimeId: string, enabled: boolean, text: string): Promise<void> {
  if (!regimeById(regimeId)) throw new CodedError('deadline.unknownRegime', `no regime ${regimeId}`);
  const { db } = ctx;
  await storageChecked(() =>
    db.transaction('rw', deadlineTables(db), async () => {
      await requireIncident(db, incidentId);
      const current = await db.regimes.get([incidentId, regimeId]);
      if (Boolean(current) === enabled) throw new CodedError('deadline.regimeUnchanged', `regime ${regimeId} already ${enabled ? 'on' : 'off'}`);
      if (enabled) await db.regimes.put({ incidentId, regimeId, enabledAt: ctx.now().toISOString() });
      else await db.regimes.delete([incidentId, regimeId]);
      await appendInTransaction(ctx, [changeEntry(ctx, { incidentId, kind: 'deadline', text, data: { deadline: { action: enabled ? 'regime-on' : 'regime-off', regimeId } } })]);
    }),
  );
}

export interface DeadlineAnchorInput extends EventTime {
  anchor: AnchorType;
  decidedBy: string | null;
  /** The decision entry's text: "Classified as major (DORA) — decided by K. Tanaka". */
  text: string;
}

const incidentAnchorOf = (anchor: AnchorType) =>
  (Object.entries(DEADLINE_ANCHOR_OF) as [keyof typeof DEADLINE_ANCHOR_OF, AnchorType][]).find(([, type]) => type === anchor)?.[0];

/** Records an anchor as a decision entry; awareness and discovery are the incident's own anchors. */
export async function recordDeadlineAnchor(ctx: DataContext, incidentId: string, input: DeadlineAnchorInput): Promise<void> {
  const anchor = validated(AnchorTypeSchema.safeParse(input.anchor), 'deadline.invalidAnchor');
  const incidentAnchor = incidentAnchorOf(anchor);
  if (incidentAnchor) {
    await recordAnchor(ctx, incidentId, { ...input, anchor: incidentAnchor });
    return;
  }
  if (anchor === 'calendar_year_end') throw new CodedError('deadline.derivedAnchor', 'derived from the discovery date');
  const { db } = ctx;
  await storageChecked(() =>
    db.transaction('rw', deadlineTables(db), async () => {
      await requireIncident(db, incidentId);
      await writeAnchor(ctx, incidentId, anchor, input);
    }),
  );
}

async function writeAnchor(ctx: DataContext, incidentId: string, anchor: AnchorType, input: DeadlineAnchorInput, refs: LogEntry[] = []): Promise<void> {
  const decidedBy = input.decidedBy?.trim() || null;
  const [entry] = await appendInTransaction(ctx, [
    {
      incidentId,
      kind: 'decision',
      occurredAt: input.occurredAt,
      occurredZone: input.occurredZone,
      occurredPrecision: input.occurredPrecision,
      body: null,
      text: input.text,
      tags: [],
      refs: refs.map((ref) => ({ type: 'entry', id: ref.id })),
      data: decidedBy ? { deadlineAnchor: anchor, decidedBy } : { deadlineAnchor: anchor },
    },
  ]);
  await ctx.db.anchors.put({ incidentId, anchor, at: input.occurredAt, entryId: entry!.id, decidedBy, recordedBy: entry!.author });
}

export interface MarkMetInput {
  incidentId: string;
  ruleId: string;
  /** The entry that met the deadline: the communication, the report submission … */
  entryId: string;
  text: string;
  /** For reports that start a chained clock (NIS2 notification, DORA reports): the anchor entry's text. */
  anchorText?: string;
}

/** Marks a rule met by an entry of the incident; a report that starts a chained clock records that anchor too. */
export async function markDeadlineMet(ctx: DataContext, input: MarkMetInput): Promise<void> {
  if (!ruleById(input.ruleId)) throw new CodedError('deadline.unknownRule', `no rule ${input.ruleId}`);
  const chained = SUBMISSION_ANCHORS[input.ruleId];
  if (chained && !input.anchorText) throw new CodedError('deadline.invalid', 'a chained report needs the anchor entry text');
  const { db } = ctx;
  await storageChecked(() =>
    db.transaction('rw', deadlineTables(db), async () => {
      await requireIncident(db, input.incidentId);
      const met = await db.entries.get(input.entryId);
      if (!met || met.incidentId !== input.incidentId) throw new CodedError('deadline.entryMissing', `no entry ${input.entryId} in this incident`);
      if (await db.entries.where('revision.targetId').equals(met.id).filter((e) => e.revision?.action === 'retract').first()) {
        throw new CodedError('deadline.entryRetracted', `entry ${met.id} was retracted`);
      }
      if (await db.deadlineMarks.get([input.incidentId, input.ruleId])) throw new CodedError('deadline.alreadyMet', `${input.ruleId} is already met`);
      const [entry] = await appendInTransaction(ctx, [
        changeEntry(ctx, { incidentId: input.incidentId, kind: 'deadline', text: input.text, refs: [{ type: 'entry', id: met.id }], data: { deadline: { action: 'met', ruleId: input.ruleId, entryId: met.id } } }),
      ]);
      await db.deadlineMarks.put({ incidentId: input.incidentId, ruleId: input.ruleId, entryId: met.id, metAt: met.occurredAt, markedAt: ctx.now().toISOString() });
      if (chained) {
        const time = { occurredAt: met.occurredAt, occurredZone: met.occurredZone, occurredPrecision: met.occurredPrecision };
        await writeAnchor(ctx, input.incidentId, chained, { ...time, anchor: chained, decidedBy: null, text: input.anchorText! }, [met, entry!]);
      }
    }),
  );
}

/** Takes a "met" mark back (marked by mistake); the log keeps both. */
export async function clearDeadlineMet(ctx: DataContext, incidentId: string, ruleId: string, text: string): Promise<void> {
  const { db } = ctx;
  await storageChecked(() =>
    db.transaction('rw', deadlineTables(db), async () => {
      const mark = await db.deadlineMarks.get([incidentId, ruleId]);
      if (!mark) throw new CodedError('deadline.notMet', `${ruleId} is not marked met`);
      await db.deadlineMarks.delete([incidentId, ruleId]);
      await appendInTransaction(ctx, [
        changeEntry(ctx, { incidentId, kind: 'deadline', text, refs: [{ type: 'entry', id: mark.entryId }], data: { deadline: { action: 'unmet', ruleId, entryId: mark.entryId } } }),
      ]);
    }),
  );
}
