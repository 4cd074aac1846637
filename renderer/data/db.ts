// The notebook database. Every rw transaction is strict-durable: a write the UI
// acknowledges has reached the disk, not only the OS cache.
import Dexie, { type Table } from 'dexie';
import type { Incident } from '../../shared/domain/incident';
import type { LogEntry } from '../../shared/domain/logEntry';
import type { ChecklistTemplate } from '../../shared/domain/checklistTemplate';
import type { ChecklistRun } from '../../shared/domain/checklistRun';
import type { IncidentSystem } from '../../shared/domain/system';
import type { Contact } from '../../shared/domain/contact';
import type { AnchorType } from '../../shared/domain/deadline';
import type { Person } from '../../shared/domain/common';
import type { CustodyEvent, EvidenceItem } from '../../shared/domain/evidence';
import { applySchema } from './schema';
import type { JournalWriter } from './journal';

/**
 * A log entry as stored. Local, never-hashed fields: `_row`, an insertion counter
 * for live updates; `_refKeys`, `type:id` of everything the entry references.
 */
export interface StoredEntry extends LogEntry {
  _row: number;
  _refKeys: string[];
}

/** A responder's own checklist template (built-in ones live in shared/seed). */
export interface StoredTemplate extends ChecklistTemplate {
  basedOn: { id: string; version: number } | null;
  updatedAt: string;
}

/** The last entry each device appended to an incident's log: detects removal of the newest entries. */
export interface ChainHeadRecord {
  incidentId: string;
  deviceId: string;
  seq: number;
  hash: string;
}

export interface DeviceRecord {
  id: 'device';
  deviceId: string;
  createdAt: string;
  publicKeyHex: string;
  fingerprint: string;
  /** Non-extractable Ed25519 private key; IndexedDB keeps the CryptoKey object itself. */
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

export interface ProfileRecord {
  id: 'self';
  name: string;
  role: string;
  organization: string;
  updatedAt: string;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export interface MetaRecord {
  key: string;
  value: number;
}

/**
 * A responder's own contact, or a shipped record they edited (same id, `kind: 'seed'`):
 * deleting the latter restores the original.
 */
export interface StoredContact extends Contact {
  updatedAt: string;
}

/** A directory contact the incident has engaged (or engaged and then released). */
export interface EngagementRecord {
  incidentId: string;
  contactId: string;
  engaged: boolean;
  changedAt: string;
}

/** A notification regime (APPI, GDPR …) the lead switched on for the incident. */
export interface RegimeRecord {
  incidentId: string;
  regimeId: string;
  enabledAt: string;
}

/** The latest recording of a deadline anchor; the decision entry that recorded it is `entryId`. */
export interface AnchorRecord {
  incidentId: string;
  anchor: AnchorType;
  at: string;
  entryId: string;
  /** Who took the decision, when not the responder who logged it. */
  decidedBy: string | null;
  recordedBy: Person;
}

/** A deadline marked as met by a log entry (a communication, a report submission …). */
export interface DeadlineMarkRecord {
  incidentId: string;
  ruleId: string;
  entryId: string;
  /** The event time of that entry. */
  metAt: string;
  markedAt: string;
}

/** The stored bytes of one evidence item (kept apart so listing items never loads files). */
export interface EvidenceBlobRecord {
  itemId: string;
  blob: Blob;
}

/** The last custody event of an item: detects removal of the newest events. */
export interface CustodyHeadRecord {
  itemId: string;
  seq: number;
  hash: string;
}

export const DEFAULT_DB_NAME = 'lantern';

export class LanternDB extends Dexie {
  incidents!: Table<Incident, string>;
  entries!: Table<StoredEntry, string>;
  chainHeads!: Table<ChainHeadRecord, [string, string]>;
  device!: Table<DeviceRecord, string>;
  profile!: Table<ProfileRecord, string>;
  settings!: Table<SettingRecord, string>;
  meta!: Table<MetaRecord, string>;
  templates!: Table<StoredTemplate, string>;
  checklistRuns!: Table<ChecklistRun, string>;
  systems!: Table<IncidentSystem, string>;
  contacts!: Table<StoredContact, string>;
  engagements!: Table<EngagementRecord, [string, string]>;
  regimes!: Table<RegimeRecord, [string, string]>;
  anchors!: Table<AnchorRecord, [string, string]>;
  deadlineMarks!: Table<DeadlineMarkRecord, [string, string]>;
  evidence!: Table<EvidenceItem, string>;
  evidenceBlobs!: Table<EvidenceBlobRecord, string>;
  custody!: Table<CustodyEvent, string>;
  custodyHeads!: Table<CustodyHeadRecord, string>;

  /** main's log journal, once attached (journal.ts); null where there is none (tests, a plain browser). */
  journal: JournalWriter | null = null;

  constructor(name = DEFAULT_DB_NAME, upToVersion?: number) {
    super(name, { chromeTransactionDurability: 'strict' });
    applySchema(this, upToVersion);
  }
}
