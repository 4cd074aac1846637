// Systems board writes. Adding a system, changing its details, moving its
// containment state and setting a flag each append a `system` entry to the log,
// in the same transaction as the change. Callers pass the entry text in the UI
// language: the log records what the responder saw. A full disk refuses the whole
// change as storage.full (storageFull.ts): neither the system nor its entry is stored.
import {
  SystemDetailsSchema,
  TransitionInputSchema,
  canTransition,
  type IncidentSystem,
  type SystemDetails,
  type SystemFlag,
  type TransitionInput,
} from '../../../shared/domain/system';
import type { EntryData } from '../../../shared/domain/logEntry';
import { CodedError } from '../../../shared/result';
import { validated } from './validated';
import { storageChecked } from './storageFull';
import type { DataContext } from '../context';
import { appendInTransaction, changeEntry, logTables, type EntryDraft } from './entries.write';

const systemEntry = (ctx: DataContext, system: IncidentSystem, text: string, change: EntryData): EntryDraft =>
  changeEntry(ctx, { incidentId: system.incidentId, kind: 'system', text, refs: [{ type: 'system', id: system.id }], data: { system: { systemId: system.id, ...change } } });

/** Adds systems (one, or the confirmed rows of a bulk add) with one log entry each; all or nothing. */
export async function addSystems(
  ctx: DataContext,
  incidentId: string,
  rows: readonly { details: SystemDetails; text: string }[],
): Promise<IncidentSystem[]> {
  const { db } = ctx;
  const now = ctx.now().toISOString();
  // Every row is checked before anything is written.
  const added: IncidentSystem[] = rows.map(({ details }) => ({
    ...validated(SystemDetailsSchema.safeParse(details), 'system.invalid'),
    id: ctx.newId(),
    incidentId,
    state: 'unknown',
    poweredOff: false,
    compromiseConfirmed: false,
    createdAt: now,
    updatedAt: now,
  }));
  return storageChecked(() =>
    db.transaction('rw', [db.incidents, db.systems, ...logTables(db)], async () => {
      if (!(await db.incidents.get(incidentId))) throw new CodedError('incident.missing', `no incident ${incidentId}`);
      await db.systems.bulkAdd(added);
      await appendInTransaction(ctx, added.map((system, i) => systemEntry(ctx, system, rows[i]!.text, { action: 'added', type: system.type })));
      return added;
    }),
  );
}

/** Loads the system, applies `change`, stores it and appends the entry `describe` gives. */
async function changeSystem(
  ctx: DataContext,
  systemId: string,
  change: (system: IncidentSystem) => { next: Partial<IncidentSystem>; text: string; data: EntryData },
): Promise<IncidentSystem> {
  const { db } = ctx;
  return storageChecked(() =>
    db.transaction('rw', [db.systems, ...logTables(db)], async () => {
      const system = await db.systems.get(systemId);
      if (!system) throw new CodedError('system.missing', `no system ${systemId}`);
      const { next, text, data } = change(system);
      const updated: IncidentSystem = { ...system, ...next, updatedAt: ctx.now().toISOString() };
      await db.systems.put(updated);
      await appendInTransaction(ctx, [systemEntry(ctx, updated, text, data)]);
      return updated;
    }),
  );
}

export async function updateSystemDetails(ctx: DataContext, systemId: string, details: SystemDetails, text: string): Promise<IncidentSystem> {
  const valid = validated(SystemDetailsSchema.safeParse(details), 'system.invalid');
  return changeSystem(ctx, systemId, (system) => ({ next: valid, text, data: { action: 'updated', before: { name: system.name, type: system.type } } }));
}

/** Moves the containment state; refused unless the state machine allows it. */
export async function transitionSystem(ctx: DataContext, systemId: string, input: TransitionInput, text: string): Promise<IncidentSystem> {
  const valid = validated(TransitionInputSchema.safeParse(input), 'system.transitionInvalid');
  return changeSystem(ctx, systemId, (system) => {
    if (!canTransition(system.state, valid.to)) {
      throw new CodedError('system.illegalTransition', `${system.state} → ${valid.to} is not allowed`, { from: system.state, to: valid.to });
    }
    return { next: { state: valid.to }, text, data: { action: 'transition', from: system.state, to: valid.to, method: valid.method, detail: valid.detail } };
  });
}

/** Sets "powered off" or "compromise confirmed"; says how or why in `detail`. */
export async function setSystemFlag(ctx: DataContext, systemId: string, flag: SystemFlag, value: boolean, detail: string, text: string): Promise<IncidentSystem> {
  return changeSystem(ctx, systemId, (system) => {
    if (system[flag] === value) throw new CodedError('system.flagUnchanged', `${flag} is already ${value}`);
    return { next: { [flag]: value }, text, data: { action: 'flag', flag, value, detail: detail.trim() } };
  });
}
