// What an evidence bundle holds, read in one transaction so that log, custody and files
// agree with each other: the incident, its whole log, chain heads, evidence items with
// custody and (as Blob handles, never bytes) their stored files, engaged contacts, board.
import type { Incident } from '../../../shared/domain/incident';
import type { LogEntry } from '../../../shared/domain/logEntry';
import type { Contact } from '../../../shared/domain/contact';
import type { CustodyEvent, EvidenceItem } from '../../../shared/domain/evidence';
import type { IncidentSystem } from '../../../shared/domain/system';
import type { ChecklistRun } from '../../../shared/domain/checklistRun';
import { CodedError } from '../../../shared/result';
import type { ChainHeadRecord, CustodyHeadRecord, LanternDB, StoredEntry } from '../db';
import { allEntries, type LogReader } from './entries.read';
import { custodyOf, evidenceOf } from './evidence.read';
import { engagementsOf, getContact } from './contacts.read';
import { systemsOf } from './systems.read';
import { runsOf } from './checklists.read';
import { deadlineStateOf, type DeadlineState } from './deadlines.read';

export interface BundleEvidence {
  item: EvidenceItem;
  /** Custody events in chain order. */
  events: CustodyEvent[];
  head: CustodyHeadRecord | null;
  /** The stored file; null when the bundle is gathered without files. */
  blob: Blob | null;
}

export interface BundleSource {
  incident: Incident;
  /** Every entry of every device, every version, in the order this notebook stored them. */
  entries: LogEntry[];
  chainHeads: ChainHeadRecord[];
  evidence: BundleEvidence[];
  /** Directory records of the contacts the incident has engaged now. */
  contacts: Contact[];
  /** Every engagement record (released ones too) with its contact, for the report's register. */
  engagements: { contact: Contact; engaged: boolean; changedAt: string }[];
  deadlines: DeadlineState | null;
  systems: IncidentSystem[];
  runs: ChecklistRun[];
  signer: { name: string; role: string | null; organization: string };
  device: { deviceId: string; publicKeyHex: string; fingerprint: string; privateKey: CryptoKey };
}

/** The stored entry without the local `_row` and `_refKeys`, which are never hashed or exported. */
export function exportedEntry(stored: StoredEntry): LogEntry {
  // Rest, not `delete`: deleting keys turns 100,000 objects into slow dictionaries for the export.
  const { _row: _r, _refKeys: _k, ...entry } = stored;
  return entry;
}

/** The directory record as the shared schema has it (no `edited`, no `updatedAt`). */
function contactRecord(contact: Contact & { edited?: boolean; updatedAt?: string | null }): Contact {
  const { edited: _edited, updatedAt: _updatedAt, ...record } = contact;
  return record;
}

export interface GatherOptions {
  /** Reads the whole log (default: from IndexedDB; the log worker passes its LogCache). */
  readLog?: LogReader;
  /**
   * Hands the stored entries on as they are, `_row` and `_refKeys` included: for timeline
   * exports, whose builders pick the fields they write, so 100,000 entries are not copied.
   */
  storedEntries?: boolean;
}

export async function gatherBundle(db: LanternDB, incidentId: string, withFiles: boolean, { readLog = allEntries, storedEntries = false }: GatherOptions = {}): Promise<BundleSource> {
  const tables = [db.incidents, db.entries, db.chainHeads, db.evidence, db.evidenceBlobs, db.custody, db.custodyHeads];
  const more = [db.engagements, db.contacts, db.systems, db.checklistRuns, db.profile, db.device, db.regimes, db.anchors, db.deadlineMarks];
  return db.transaction('r', [...tables, ...more], async () => {
    const [incident, profile, device] = await Promise.all([db.incidents.get(incidentId), db.profile.get('self'), db.device.get('device')]);
    if (!incident) throw new CodedError('incident.missing', `incident ${incidentId} does not exist`);
    if (!profile || !device) throw new CodedError('identity.missing', 'no responder profile or device key to sign with');
    const [stored, chainHeads, items, engagements, systems, runs, deadlines] = await Promise.all([
      readLog(db, incidentId),
      db.chainHeads.where('incidentId').equals(incidentId).toArray(),
      evidenceOf(db, incidentId),
      engagementsOf(db, incidentId),
      systemsOf(db, incidentId),
      runsOf(db, incidentId),
      deadlineStateOf(db, incidentId),
    ]);
    const evidence = await Promise.all(
      items.map(async (item): Promise<BundleEvidence> => {
        const [events, head, file] = await Promise.all([custodyOf(db, item.id), db.custodyHeads.get(item.id), withFiles ? db.evidenceBlobs.get(item.id) : undefined]);
        if (withFiles && !file) throw new CodedError('evidence.blobMissing', `item ${item.itemNumber} has no stored file`, { itemNumber: item.itemNumber });
        return { item, events, head: head ?? null, blob: file?.blob ?? null };
      }),
    );
    const sorted = [...engagements].sort((a, b) => (a.contactId < b.contactId ? -1 : a.contactId > b.contactId ? 1 : 0));
    const withContacts = await Promise.all(sorted.map(async (record) => ({ record, contact: await getContact(db, record.contactId) })));
    // A deleted own contact has no record left to export.
    const known = withContacts.flatMap(({ record, contact }) => (contact ? [{ contact: contactRecord(contact), engaged: record.engaged, changedAt: record.changedAt }] : []));
    return {
      incident,
      entries: storedEntries ? stored : stored.map(exportedEntry),
      chainHeads: [...chainHeads].sort((a, b) => (a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : 0)),
      evidence,
      contacts: known.filter((row) => row.engaged).map((row) => row.contact),
      engagements: known,
      deadlines,
      systems,
      runs,
      signer: { name: profile.name, role: profile.role || null, organization: profile.organization },
      device: { deviceId: device.deviceId, publicKeyHex: device.publicKeyHex, fingerprint: device.fingerprint, privateKey: device.privateKey },
    };
  });
}

export interface BundleEstimate {
  entries: number;
  evidenceItems: number;
  evidenceBytes: number;
}

/** Counts for the export dialog's size estimate: cheap (an index count and the items' headers). */
export async function bundleEstimate(db: LanternDB, incidentId: string): Promise<BundleEstimate> {
  const [entries, items] = await Promise.all([db.entries.where('[incidentId+_row]').between([incidentId, -Infinity], [incidentId, []]).count(), evidenceOf(db, incidentId)]);
  return { entries, evidenceItems: items.length, evidenceBytes: items.reduce((sum, item) => sum + item.size, 0) };
}
