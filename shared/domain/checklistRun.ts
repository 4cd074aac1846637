// A checklist run: a template copied into an incident, for the incident as a
// whole or for one system. Item states are not stored apart: each change is a
// `checklist` log entry, and the state of an item is what its entries say, so
// the hash-chained log is the only record of who did what and when.
import { z } from '../zod';
import { IdSchema, InstantSchema, PersonSchema } from './common';
import { ChecklistTemplateSchema } from './checklistTemplate';
import type { LogEntry } from './logEntry';

export const ChecklistRunSchema = z
  .object({
    id: IdSchema,
    incidentId: IdSchema,
    /** The template as it was when the run started. */
    template: ChecklistTemplateSchema,
    /** The system this run is for, or null for the incident as a whole. */
    systemId: IdSchema.nullable(),
    startedAt: InstantSchema,
    startedBy: PersonSchema,
  })
  .strict();
export type ChecklistRun = z.infer<typeof ChecklistRunSchema>;

export const ITEM_STATES = ['open', 'done', 'not-applicable', 'blocked'] as const;
export type ItemState = (typeof ITEM_STATES)[number];

/** What a responder can do to an item; `note` changes no state. */
export const ITEM_ACTIONS = ['done', 'not-applicable', 'blocked', 'reopen', 'note'] as const;
export type ItemAction = (typeof ITEM_ACTIONS)[number];

/** Actions that need a reason: skipping, blocking and undoing are what a reviewer asks about. */
export const REASON_REQUIRED: ReadonlySet<ItemAction> = new Set(['not-applicable', 'blocked', 'reopen']);

const NEXT: Readonly<Record<ItemState, readonly ItemAction[]>> = {
  open: ['done', 'not-applicable', 'blocked', 'note'],
  blocked: ['done', 'not-applicable', 'reopen', 'note'],
  done: ['reopen', 'note'],
  'not-applicable': ['reopen', 'note'],
};

export const allowedActions = (state: ItemState): readonly ItemAction[] => NEXT[state];

export const stateAfter = (state: ItemState, action: ItemAction): ItemState =>
  action === 'note' ? state : action === 'reopen' ? 'open' : action;

/** The payload of a `checklist` entry (`entry.data.checklist`). */
export const ChecklistChangeSchema = z
  .object({
    runId: IdSchema,
    itemId: z.string().min(1).max(64),
    action: z.enum(ITEM_ACTIONS),
    from: z.enum(ITEM_STATES),
    to: z.enum(ITEM_STATES),
    reason: z.string().max(2000),
    note: z.string().max(4000),
  })
  .strict();
export type ChecklistChange = z.infer<typeof ChecklistChangeSchema>;

export interface ItemStatus {
  state: ItemState;
  /** The reason of the change that set the state (n/a, blocked, reopened). */
  reason: string;
  note: string;
  /** The entry that last changed the item, for who and when. */
  changedBy: LogEntry | null;
}

const OPEN: ItemStatus = { state: 'open', reason: '', note: '', changedBy: null };

export const checklistChangeOf = (entry: LogEntry): ChecklistChange | null => {
  if (entry.kind !== 'checklist' || entry.revision) return null;
  const parsed = ChecklistChangeSchema.safeParse((entry.data as { checklist?: unknown } | null)?.checklist);
  return parsed.success ? parsed.data : null;
};

/** Folds a run's checklist entries (in chain order) into each item's status. */
export function itemStatuses(runId: string, entries: Iterable<LogEntry>): Map<string, ItemStatus> {
  const statuses = new Map<string, ItemStatus>();
  const ordered = [...entries].sort((a, b) => (a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : a.seq - b.seq));
  for (const entry of ordered) {
    const change = checklistChangeOf(entry);
    if (!change || change.runId !== runId) continue;
    const before = statuses.get(change.itemId) ?? OPEN;
    statuses.set(
      change.itemId,
      change.action === 'note'
        ? { ...before, note: change.note }
        : { state: change.to, reason: change.reason, note: before.note, changedBy: entry },
    );
  }
  return statuses;
}

export const statusOf = (statuses: ReadonlyMap<string, ItemStatus>, itemId: string): ItemStatus => statuses.get(itemId) ?? OPEN;

export interface Progress {
  total: number;
  done: number;
  notApplicable: number;
  blocked: number;
  open: number;
  /** Settled (done or not applicable) over total, 0…1. */
  ratio: number;
}

export function progressOf(itemIds: readonly string[], statuses: ReadonlyMap<string, ItemStatus>): Progress {
  const count = { done: 0, notApplicable: 0, blocked: 0, open: 0 };
  for (const id of itemIds) {
    const { state } = statusOf(statuses, id);
    if (state === 'done') count.done++;
    else if (state === 'not-applicable') count.notApplicable++;
    else if (state === 'blocked') count.blocked++;
    else count.open++;
  }
  const total = itemIds.length;
  return { total, ...count, ratio: total === 0 ? 0 : (count.done + count.notApplicable) / total };
}
