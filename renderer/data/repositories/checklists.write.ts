// Checklist writes. Starting a run copies the template into the incident; every
// change to an item is one `checklist` log entry whose data says the run, the
// item, the action, the states before and after, and the reason. The item's
// state is read back from those entries (shared/domain/checklistRun.ts). A full disk
// refuses a write as storage.full (storageFull.ts): neither the change nor its entry is stored.
import { ChecklistTemplateSchema, templateItems, type ChecklistTemplate } from '../../../shared/domain/checklistTemplate';
import {
  REASON_REQUIRED,
  allowedActions,
  itemStatuses,
  stateAfter,
  statusOf,
  type ChecklistChange,
  type ChecklistRun,
  type ItemAction,
} from '../../../shared/domain/checklistRun';
import type { EntryData, EntryRef } from '../../../shared/domain/logEntry';
import { CodedError } from '../../../shared/result';
import type { DataContext } from '../context';
import { appendInTransaction, changeEntry, logTables, type EntryDraft } from './entries.write';
import { storageChecked } from './storageFull';

const runRefs = (run: ChecklistRun): EntryRef[] => [
  { type: 'checklistRun', id: run.id },
  ...(run.systemId ? [{ type: 'system', id: run.systemId }] : []),
];

/** A `checklist` entry about `run`, happening now. */
const runEntry = (ctx: DataContext, run: ChecklistRun, text: string, data: EntryData): EntryDraft =>
  changeEntry(ctx, { incidentId: run.incidentId, kind: 'checklist', text, refs: runRefs(run), data });

export interface StartRunInput {
  incidentId: string;
  template: ChecklistTemplate;
  systemId: string | null;
  text: string;
}

export async function startRun(ctx: DataContext, input: StartRunInput): Promise<ChecklistRun> {
  const template = ChecklistTemplateSchema.safeParse(input.template);
  if (!template.success) throw new CodedError('template.invalid', template.error.issues[0]?.message ?? 'invalid template');
  const { db } = ctx;
  return storageChecked(() =>
    db.transaction('rw', [db.incidents, db.systems, db.checklistRuns, ...logTables(db)], async () => {
      if (!(await db.incidents.get(input.incidentId))) throw new CodedError('incident.missing', `no incident ${input.incidentId}`);
      if (input.systemId) {
        const system = await db.systems.get(input.systemId);
        if (!system || system.incidentId !== input.incidentId) throw new CodedError('system.missing', `no system ${input.systemId} in this incident`);
      }
      const profile = await db.profile.get('self');
      if (!profile) throw new CodedError('identity.missing', 'no responder profile on this device yet');
      const run: ChecklistRun = {
        id: ctx.newId(),
        incidentId: input.incidentId,
        template: template.data,
        systemId: input.systemId,
        startedAt: ctx.now().toISOString(),
        startedBy: { name: profile.name, role: profile.role || null },
      };
      await db.checklistRuns.add(run);
      await appendInTransaction(ctx, [
        runEntry(ctx, run, input.text, { checklistRun: { runId: run.id, action: 'started', templateId: run.template.id, templateVersion: run.template.version } }),
      ]);
      return run;
    }),
  );
}

export interface ItemChangeInput {
  runId: string;
  itemId: string;
  action: ItemAction;
  reason: string;
  note: string;
  text: string;
}

/** Changes one item; refused when the action is not allowed from its state or a required reason is missing. */
export async function changeItem(ctx: DataContext, input: ItemChangeInput): Promise<ChecklistChange> {
  const { db } = ctx;
  return storageChecked(() =>
    db.transaction('rw', [db.checklistRuns, ...logTables(db)], async () => {
      const run = await db.checklistRuns.get(input.runId);
      if (!run) throw new CodedError('checklist.runMissing', `no run ${input.runId}`);
      if (!templateItems(run.template).some((item) => item.id === input.itemId)) throw new CodedError('checklist.itemMissing', `no item ${input.itemId}`);
      const entries = await db.entries.where('_refKeys').equals(`checklistRun:${run.id}`).toArray();
      const from = statusOf(itemStatuses(run.id, entries), input.itemId).state;
      if (!allowedActions(from).includes(input.action)) {
        throw new CodedError('checklist.actionNotAllowed', `${input.action} is not allowed from ${from}`, { from, action: input.action });
      }
      const reason = input.reason.trim();
      if (REASON_REQUIRED.has(input.action) && !reason) throw new CodedError('checklist.reasonRequired', `${input.action} needs a reason`);
      if (input.action === 'note' && !input.note.trim()) throw new CodedError('checklist.noteEmpty', 'the note is empty');
      const change: ChecklistChange = { runId: run.id, itemId: input.itemId, action: input.action, from, to: stateAfter(from, input.action), reason, note: input.note.trim() };
      await appendInTransaction(ctx, [runEntry(ctx, run, input.text, { checklist: change })]);
      return change;
    }),
  );
}
