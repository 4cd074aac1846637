// Reading the whole notebook for a backup, at one moment: every table in one read
// transaction, serialised there (synchronously, page by page) to NDJSON Blobs, and the
// evidence files as Blob handles, which stay readable after the transaction. Nothing large
// is held as objects: a page of records at a time, then only bytes.
import Dexie, { type Table } from 'dexie';
import type { DeviceRecord, LanternDB, ProfileRecord } from '../db';
import { LATEST_SCHEMA_VERSION } from '../schema';

/**
 * Tables a backup does not carry as records: the device's keys cannot leave it (the private
 * key is not extractable) and the responder's profile belongs to whoever uses this device;
 * evidence bytes travel as files of their own.
 */
export const NOT_IN_BACKUP = ['device', 'profile', 'evidenceBlobs'] as const;
/** Tables that say nothing about whether the notebook holds anything. */
const BOOKKEEPING = new Set(['meta', 'settings']);
/** Chain heads follow from the entries and custody events they close: not counted apart. */
const HEADS = new Set(['chainHeads', 'custodyHeads']);

/** Settings that belong to this installation, not to the notebook: never backed up, kept on restore. */
export const isLocalSetting = (key: unknown): boolean => key === 'language' || (typeof key === 'string' && key.startsWith('backup.'));

export const backupTables = (db: LanternDB): Table[] => db.tables.filter((table) => !(NOT_IN_BACKUP as readonly string[]).includes(table.name));

export interface TableShape {
  name: string;
  /** The primary key path: one property, or the properties of a compound key. */
  keyPath: string | string[];
}

export const backupTableShapes = (db: LanternDB): TableShape[] =>
  backupTables(db).map((table) => ({ name: table.name, keyPath: table.schema.primKey.keyPath as string | string[] }));

export interface SnapshotTable {
  name: string;
  records: number;
  /** NDJSON: one record a line, each line ending in \n. */
  ndjson: Blob;
}

export interface NotebookCounts {
  incidents: number;
  entries: number;
  evidenceItems: number;
  /** Records of every other notebook table (systems, custody, own templates and contacts …). */
  otherRecords: number;
  /** Stored evidence files. */
  files: number;
  /** Chain and custody heads (never shown; an orphan one still makes the notebook not empty). */
  heads: number;
}

export interface NotebookSnapshot {
  schemaVersion: number;
  tables: SnapshotTable[];
  evidence: { itemId: string; blob: Blob }[];
  device: DeviceRecord | undefined;
  profile: ProfileRecord | undefined;
  counts: NotebookCounts & { evidenceBytes: number };
}

const PAGE = 2_000;
const encoder = new TextEncoder();

async function tableAsNdjson(table: Table): Promise<SnapshotTable> {
  const keyPath = table.schema.primKey.keyPath as string | string[];
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let records = 0;
  let last: unknown = undefined;
  for (;;) {
    const page: Record<string, unknown>[] =
      last === undefined ? await table.orderBy(':id').limit(PAGE).toArray() : await table.where(':id').above(last).limit(PAGE).toArray();
    if (page.length === 0) break;
    last = Dexie.getByKeyPath(page.at(-1)!, keyPath);
    const kept = table.name === 'settings' ? page.filter((record) => !isLocalSetting(record.key)) : page;
    if (kept.length > 0) parts.push(encoder.encode(kept.map((record) => JSON.stringify(record)).join('\n') + '\n'));
    records += kept.length;
    if (page.length < PAGE) break;
  }
  return { name: table.name, records, ndjson: new Blob(parts, { type: 'application/x-ndjson' }) };
}

/** The whole notebook as it stands at one moment (one read transaction over every table). */
export function readSnapshot(db: LanternDB): Promise<NotebookSnapshot> {
  return db.transaction('r', db.tables, async () => {
    const tables: SnapshotTable[] = [];
    for (const table of backupTables(db)) tables.push(await tableAsNdjson(table));
    const evidence = (await db.evidenceBlobs.toArray()).map(({ itemId, blob }) => ({ itemId, blob }));
    const [device, profile] = await Promise.all([db.device.get('device'), db.profile.get('self')]);
    const recordsOf = (name: string) => tables.find((t) => t.name === name)?.records ?? 0;
    const counts = {
      incidents: recordsOf('incidents'),
      entries: recordsOf('entries'),
      evidenceItems: recordsOf('evidence'),
      otherRecords: tables.filter((t) => !BOOKKEEPING.has(t.name) && !HEADS.has(t.name) && !['incidents', 'entries', 'evidence'].includes(t.name)).reduce((sum, t) => sum + t.records, 0),
      files: evidence.length,
      heads: tables.filter((t) => HEADS.has(t.name)).reduce((sum, t) => sum + t.records, 0),
      evidenceBytes: evidence.reduce((sum, { blob }) => sum + blob.size, 0),
    };
    return { schemaVersion: LATEST_SCHEMA_VERSION, tables, evidence, device, profile, counts };
  });
}

/** What a restore would replace: counted in the same way inside its transaction. */
export async function notebookCounts(db: LanternDB): Promise<NotebookCounts> {
  const content = backupTables(db).filter((table) => !BOOKKEEPING.has(table.name));
  const counted = await Promise.all(content.map(async (table) => [table.name, await table.count()] as const));
  const by = new Map(counted);
  const main = ['incidents', 'entries', 'evidence'];
  return {
    incidents: by.get('incidents') ?? 0,
    entries: by.get('entries') ?? 0,
    evidenceItems: by.get('evidence') ?? 0,
    otherRecords: counted.filter(([name]) => !main.includes(name) && !HEADS.has(name)).reduce((sum, [, n]) => sum + n, 0),
    files: await db.evidenceBlobs.count(),
    heads: counted.filter(([name]) => HEADS.has(name)).reduce((sum, [, n]) => sum + n, 0),
  };
}

export const isEmptyNotebook = (counts: NotebookCounts): boolean =>
  counts.incidents === 0 && counts.entries === 0 && counts.evidenceItems === 0 && counts.otherRecords === 0 && counts.files === 0 && counts.heads === 0;
