// What a timeline export is built from: one incident's records, read in one go by the
// renderer (or the bundle writer) and handed to the pure builders of this folder.
import type { LogVerdict } from '../crypto/hashChain';
import type { Person } from '../domain/common';
import type { Contact } from '../domain/contact';
import type { AnchorType } from '../domain/deadline';
import type { CustodyEvent, EvidenceItem } from '../domain/evidence';
import type { Incident } from '../domain/incident';
import type { LogEntry } from '../domain/logEntry';
import type { IncidentSystem } from '../domain/system';
import type { Anchors } from '../deadlines';

/** The deadline clocks' inputs, as the notebook keeps them (renderer/data DeadlineState). */
export interface DeadlineSnapshot {
  regimeIds: readonly string[];
  anchorRecords: Partial<Record<AnchorType, { at: string; entryId: string; decidedBy: string | null; recordedBy: Person }>>;
  anchors: Anchors;
  marks: Partial<Record<string, { entryId: string; metAt: string; markedAt: string }>>;
}

export interface EngagedContact {
  contact: Contact;
  /** False once released. */
  engaged: boolean;
  changedAt: string;
}

export interface ChainHeadRecord {
  deviceId: string;
  seq: number;
  hash: string;
}

export interface TimelineSource {
  incident: Incident;
  /** Every entry of the incident, revisions included, in any order. */
  entries: readonly LogEntry[];
  systems: readonly Pick<IncidentSystem, 'id' | 'name'>[];
  evidence: readonly EvidenceItem[];
  /** Every custody event of those items, in any order. */
  custody: readonly CustodyEvent[];
  contacts: readonly EngagedContact[];
  deadlines: DeadlineSnapshot | null;
  chainHeads: readonly ChainHeadRecord[];
  /** The hash-chain check run for this export (reports show it); null when not run. */
  verification: LogVerdict | null;
  exporter: { name: string; role: string; organization: string } | null;
  device: { deviceId: string; fingerprint: string } | null;
  app: { name: string; version: string };
  exportedAt: string;
}
