// The backup agent's own bookkeeping, kept in the settings table under `backup.*` keys (local
// to this installation: never in a backup, kept by a restore): the last result, whether the
// notebook changed since the last good backup, and the interval. Also how the agent hears of
// changes: Dexie's storage-mutated event for this database, settings left out.
import Dexie from 'dexie';
import { z } from '../../../shared/zod';
import { BackupCopySchema, BackupReasonSchema } from '../../../shared/ipc/contract';
import { InstantSchema } from '../../../shared/domain/common';
import type { LanternDB } from '../db';
import { verifyIncidentLog } from './entries.read';
import { verifyItemCustody } from './evidence.read';

export const BACKUP_INTERVALS = [10, 15, 30, 60, 120, 240] as const;
export const DEFAULT_INTERVAL_MINUTES = 30;

const BackupStatusSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    at: InstantSchema,
    reason: BackupReasonSchema,
    /** `folder`: main's backups folder; `download`: the browser downloaded it. */
    target: z.enum(['folder', 'download']),
    name: z.string().max(200),
    bytes: z.number().int().min(0),
    copy: BackupCopySchema.nullable(),
  }),
  z.object({ ok: z.literal(false), at: InstantSchema, reason: BackupReasonSchema, code: z.string().max(100), detail: z.string().max(300) }),
]);
export type BackupStatus = z.infer<typeof BackupStatusSchema>;

const KEYS = {
  last: 'backup.last',
  lastGoodAt: 'backup.lastGoodAt',
  pending: 'backup.pending',
  interval: 'backup.intervalMinutes',
} as const;

export interface BackupBookkeeping {
  last: BackupStatus | null;
  lastGoodAt: string | null;
  /** The notebook changed since the last good backup (also across restarts); null: never recorded. */
  pending: boolean | null;
  intervalMinutes: number;
}

export async function readBookkeeping(db: LanternDB): Promise<BackupBookkeeping> {
  const [last, lastGoodAt, pending, interval] = await db.settings.bulkGet(Object.values(KEYS));
  const status = BackupStatusSchema.safeParse(last?.value);
  const good = InstantSchema.safeParse(lastGoodAt?.value);
  const minutes = z.number().int().safeParse(interval?.value);
  return {
    last: status.success ? status.data : null,
    lastGoodAt: good.success ? good.data : null,
    pending: typeof pending?.value === 'boolean' ? pending.value : null,
    intervalMinutes: minutes.success && (BACKUP_INTERVALS as readonly number[]).includes(minutes.data) ? minutes.data : DEFAULT_INTERVAL_MINUTES,
  };
}

/** Records an attempt; a good one also clears `pending` unless the notebook changed while it ran. */
export async function recordBackup(db: LanternDB, status: BackupStatus, stillPending: boolean): Promise<void> {
  const records = [{ key: KEYS.last, value: BackupStatusSchema.parse(status) }];
  if (status.ok) records.push({ key: KEYS.lastGoodAt, value: status.at } as never, { key: KEYS.pending, value: stillPending } as never);
  await db.settings.bulkPut(records);
}

export const markPending = (db: LanternDB) => db.settings.put({ key: KEYS.pending, value: true });

export async function setIntervalMinutes(db: LanternDB, minutes: number): Promise<void> {
  if (!(BACKUP_INTERVALS as readonly number[]).includes(minutes)) throw new Error(`unsupported backup interval ${minutes}`);
  await db.settings.put({ key: KEYS.interval, value: minutes });
}

/** Tables whose changes do not call for a backup: this installation's own (never in a backup). */
const NOT_NOTEBOOK = new Set(['settings', 'device', 'profile']);

/** Calls `listener` after every committed write to the notebook's tables in this database (this tab or another). */
export function watchNotebookChanges(db: LanternDB, listener: () => void): () => void {
  const prefix = `idb://${db.name}/`;
  const onMutated = (parts: Record<string, unknown>) => {
    const touched = Object.keys(parts).some((part) => part.startsWith(prefix) && !NOT_NOTEBOOK.has(part.slice(prefix.length).split('/')[0]!));
    if (touched) listener();
  };
  Dexie.on('storagemutated', onMutated);
  return () => Dexie.on('storagemutated').unsubscribe(onMutated);
}

export interface RestoredChecks {
  /** Incidents whose log chains verify, of all. */
  logs: { verified: number; total: number; failed: string[] };
  /** Evidence items whose custody chains verify, of all. */
  custody: { verified: number; total: number; failed: number[] };
}

/** The existing verifiers over a restored notebook: every incident's log, every item's custody chain. */
export async function checkChains(db: LanternDB, verifyLog: (incidentId: string) => Promise<{ ok: boolean }> = (id) => verifyIncidentLog(db, id)): Promise<RestoredChecks> {
  const [incidents, items] = await Promise.all([db.incidents.toArray(), db.evidence.toArray()]);
  const logs: RestoredChecks['logs'] = { verified: 0, total: incidents.length, failed: [] };
  for (const incident of incidents) {
    if ((await verifyLog(incident.id)).ok) logs.verified += 1;
    else logs.failed.push(incident.title);
  }
  const custody: RestoredChecks['custody'] = { verified: 0, total: items.length, failed: [] };
  for (const item of items) {
    if ((await verifyItemCustody(db, item.id)).ok) custody.verified += 1;
    else custody.failed.push(item.itemNumber);
  }
  return { logs, custody };
}
