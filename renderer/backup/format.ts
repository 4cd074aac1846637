// The notebook backup: a ZIP holding every table of the database as NDJSON (one record a
// line, in primary-key order), every evidence file as its own stored entry, and a manifest
// with the schema version, app, device, per-table record counts and the size and SHA-256 of
// every file, signed by the device's Ed25519 key. The writer (./writer.ts) and the reader
// (./reader.ts) share this module; a restore checks all of it before writing anything.
import { z } from '../../shared/zod';
import { HashSchema, IdSchema, InstantSchema } from '../../shared/domain/common';
import { IncidentSchema } from '../../shared/domain/incident';
import { LogEntrySchema } from '../../shared/domain/logEntry';
import { CustodyEventSchema, EvidenceItemSchema } from '../../shared/domain/evidence';
import { SystemSchema } from '../../shared/domain/system';
import { ChecklistRunSchema } from '../../shared/domain/checklistRun';
import { BackupReasonSchema } from '../../shared/ipc/contract';
import type { ReadLimits } from '../../shared/bundle/zipSafety';

export const BACKUP_FORMAT = 'lantern-backup';
export const BACKUP_FORMAT_VERSION = 1;

export const BACKUP_PATHS = {
  manifest: 'lantern-backup.json',
  /** Ed25519 over the exact bytes of the manifest. */
  signature: 'lantern-backup.sig.json',
  tablesDir: 'tables/',
  evidenceDir: 'evidence/',
} as const;

export const tablePath = (table: string) => `${BACKUP_PATHS.tablesDir}${table}.ndjson`;
export const evidencePath = (itemId: string) => `${BACKUP_PATHS.evidenceDir}${itemId}`;

const count = z.number().int().min(0);
const FileSchema = z.object({ path: z.string().min(1).max(200), bytes: count, sha256: HashSchema });

export const BackupTableSchema = FileSchema.extend({ name: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/), records: count }).strict();
export const BackupEvidenceSchema = FileSchema.extend({ itemId: IdSchema }).strict();

export const BackupManifestSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.number().int(),
    createdAt: InstantSchema,
    reason: BackupReasonSchema,
    app: z.object({ name: z.string().max(100), version: z.string().max(100) }).strict(),
    /** The Dexie schema version the tables were read from (renderer/data/schema.ts). */
    schemaVersion: z.number().int().min(1),
    /** The device that wrote the backup; its private key never leaves it (a restore keeps the restoring device's own). */
    device: z.object({ deviceId: IdSchema, publicKeyHex: z.string().regex(/^[0-9a-f]{64}$/), fingerprint: HashSchema }).strict(),
    responder: z.object({ name: z.string().max(200), role: z.string().max(200), organization: z.string().max(200) }).strict().nullable(),
    counts: z.object({ incidents: count, entries: count, evidenceItems: count, evidenceBytes: count }).strict(),
    tables: z.array(BackupTableSchema).max(200),
    evidence: z.array(BackupEvidenceSchema).max(1_000_000),
  })
  .strict();
export type BackupManifest = z.infer<typeof BackupManifestSchema>;

export const BackupSignatureSchema = z
  .object({
    format: z.literal('lantern-backup-signature'),
    version: z.literal(1),
    algorithm: z.literal('Ed25519'),
    signedFile: z.literal(BACKUP_PATHS.manifest),
    publicKeyHex: z.string().regex(/^[0-9a-f]{64}$/),
    fingerprint: HashSchema,
    deviceId: IdSchema,
    signatureHex: z.string().regex(/^[0-9a-f]{128}$/),
  })
  .strict();
export type BackupSignature = z.infer<typeof BackupSignatureSchema>;

/**
 * Limits while reading a backup. Evidence is stored, never deflated, so its size is the
 * file's own; the ratio only stops a crafted file that deflates a table into a bomb.
 */
export const BACKUP_READ_LIMITS: ReadLimits = {
  maxEntries: 1_000_200,
  maxTotalBytes: 4 * 1024 ** 4,
  maxTextBytes: 1024 ** 3,
  maxRatio: 200,
};

/**
 * Records whose shape the app's own checks depend on (hash chains, custody, evidence) are
 * checked against the domain schemas; every other record must be an object with a valid
 * primary key. The record stored is always the one read, never a parsed copy.
 */
export const RECORD_SCHEMAS: Readonly<Partial<Record<string, z.ZodType>>> = {
  incidents: IncidentSchema,
  entries: LogEntrySchema.extend({ _row: z.number().int(), _refKeys: z.array(z.string().max(200)) }),
  evidence: EvidenceItemSchema,
  custody: CustodyEventSchema,
  systems: SystemSchema,
  checklistRuns: ChecklistRunSchema,
};

/** Backups are named for the moment they were written, in UTC, as main names them. */
export function backupFileName(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `lantern-backup-${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}T${pad(at.getUTCHours())}-${pad(at.getUTCMinutes())}-${pad(at.getUTCSeconds())}Z.zip`;
}
