// A small incident's records, hash-chained as the notebook writes them, for the export
// builders' tests: two responders on two devices, a correction, a retraction, a decision
// that records an anchor, a communication, a system and an evidence item with custody.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeRecordHash, verifyLog } from '../../../shared/crypto/hashChain';
import { GENESIS_HASH } from '../../../shared/crypto/sha256';
import { sealCustodyEvent } from '../../../shared/evidence/custodyChain';
import type { CustodyEvent, CustodyEventContent, EvidenceItem } from '../../../shared/domain/evidence';
import type { Incident } from '../../../shared/domain/incident';
import type { LogEntry, LogEntryContent } from '../../../shared/domain/logEntry';
import { REPORT_NAMESPACES, type TextResources } from '../../../shared/export/texts';
import type { TimelineSource } from '../../../shared/export/source';

export const INCIDENT_ID = '01900000-0000-7000-8000-000000000001';
export const DEVICE_A = '01900000-0000-7000-8000-0000000000a1';
export const DEVICE_B = '01900000-0000-7000-8000-0000000000b2';
export const SYSTEM_FS01 = '01900000-0000-7000-8000-000000000051';
export const SYSTEM_VPN = '01900000-0000-7000-8000-000000000052';
export const ITEM_ID = '01900000-0000-7000-8000-000000000071';

let counter = 0x100;
export const nextId = () => `01900000-0000-7000-8000-${(counter++).toString(16).padStart(12, '0')}`;

export const incident: Incident = {
  id: INCIDENT_ID,
  title: 'Ransomware at Tokyo DC',
  code: 'IR-7',
  severity: 'high',
  status: 'open',
  timeZone: 'Asia/Tokyo',
  createdAt: '2026-11-23T00:00:00.000Z',
  createdBy: { name: 'Aiko Sato', role: 'Lead' },
  updatedAt: '2026-11-23T00:00:00.000Z',
  closedAt: null,
  detectedAt: null,
  becameAwareAt: '2026-11-23T00:30:00.000Z',
};

/** Appends entries to per-device chains, sealing each as the notebook does. */
export class ChainWriter {
  readonly entries: LogEntry[] = [];
  private readonly tips = new Map<string, { seq: number; hash: string }>();

  add(device: string, fields: Partial<LogEntryContent> & Pick<LogEntryContent, 'occurredAt' | 'recordedAt' | 'text'>): LogEntry {
    const tip = this.tips.get(device) ?? { seq: 0, hash: GENESIS_HASH };
    const content: LogEntryContent = {
      schemaVersion: 1,
      id: nextId(),
      incidentId: INCIDENT_ID,
      kind: 'note',
      occurredZone: 'Asia/Tokyo',
      occurredPrecision: 'exact',
      recordedZone: 'Asia/Tokyo',
      author: device === DEVICE_A ? { name: 'Aiko Sato', role: 'Lead' } : { name: 'Ben Carter', role: 'Forensics' },
      deviceId: device,
      body: null,
      tags: [],
      revision: null,
      refs: [],
      data: null,
      seq: tip.seq + 1,
      prevHash: tip.hash,
      ...fields,
    };
    const entry: LogEntry = { ...content, hash: computeRecordHash(content) };
    this.tips.set(device, { seq: entry.seq, hash: entry.hash });
    this.entries.push(entry);
    return entry;
  }

  heads() {
    return [...this.tips].map(([deviceId, tip]) => ({ deviceId, ...tip }));
  }
}

export function sampleSource(): { source: TimelineSource; ids: Record<string, string> } {
  const log = new ChainWriter();
  const aware = log.add(DEVICE_A, {
    kind: 'decision', occurredAt: '2026-11-23T00:30:00.000Z', recordedAt: '2026-11-23T00:31:00.000Z',
    text: 'Became aware: ransom note on FS01', data: { anchor: 'became-aware', decidedBy: 'CISO Tanaka' },
  });
  const note = log.add(DEVICE_A, {
    occurredAt: '2026-11-23T01:00:00.000Z', recordedAt: '2026-11-23T01:02:00.000Z',
    text: 'FS01 shares encrypted, "README.txt" everywhere', tags: ['fs01'], refs: [{ type: 'system', id: SYSTEM_FS01 }],
  });
  const corrected = log.add(DEVICE_A, {
    occurredAt: '2026-11-23T01:00:00.000Z', recordedAt: '2026-11-23T01:10:00.000Z',
    text: 'FS01 and FS02 shares encrypted', tags: ['fs01'], refs: [{ type: 'system', id: SYSTEM_FS01 }],
    revision: { action: 'amend', targetId: note.id, reason: 'FS02 too' },
  });
  const action = log.add(DEVICE_B, {
    kind: 'action', occurredAt: '2026-11-23T02:00:00.000Z', occurredPrecision: 'approximate', recordedAt: '2026-11-23T02:05:00.000Z',
    text: 'VPN gateway isolated', refs: [{ type: 'system', id: SYSTEM_VPN }],
  });
  const wrong = log.add(DEVICE_B, { kind: 'observation', occurredAt: '2026-11-23T03:00:00.000Z', recordedAt: '2026-11-23T03:01:00.000Z', text: 'Backups look clean' });
  const retraction = log.add(DEVICE_B, {
    kind: 'observation', occurredAt: '2026-11-23T03:00:00.000Z', recordedAt: '2026-11-23T03:30:00.000Z', text: 'Retracted: backups were encrypted too',
    revision: { action: 'retract', targetId: wrong.id, reason: 'backups were encrypted too' },
  });
  const call = log.add(DEVICE_A, {
    kind: 'communication', occurredAt: '2026-11-23T04:00:00.000Z', occurredPrecision: 'minute', recordedAt: '2026-11-23T04:03:00.000Z',
    text: '警視庁サイバー犯罪対策課へ電話：被害届の受理番号 R-123', refs: [{ type: 'contact', id: 'jp-npa-cyber' }],
    data: { communication: { contactId: 'jp-npa-cyber', contactName: '警視庁', channel: 'call', direction: 'outbound', via: '03-0000-0000', outcome: 'Case opened', reference: 'R-123', followUp: '' } },
  });
  const evidence = log.add(DEVICE_A, {
    kind: 'evidence', occurredAt: '2026-11-23T05:00:00.000Z', recordedAt: '2026-11-23T05:00:10.000Z', text: 'Evidence #1 collected: ransom note', refs: [{ type: 'evidence', id: ITEM_ID }],
  });
  const item: EvidenceItem = {
    schemaVersion: 1, id: ITEM_ID, incidentId: INCIDENT_ID, itemNumber: 1, description: 'Ransom note from FS01', type: 'ransom-note', sourceSystemId: SYSTEM_FS01,
    collectedBy: { name: 'Aiko Sato', role: 'Lead' }, collectedAt: '2026-11-23T05:00:00.000Z', collectedZone: 'Asia/Tokyo', method: 'copy from share', toolVersion: '',
    originalName: 'README.txt', size: 1234, detectedType: { mime: 'text/plain', label: 'Plain text' }, sha256: 'a'.repeat(64), storedAt: '2026-11-23T05:00:10.000Z',
  };
  const collected = sealCustodyEvent({
    schemaVersion: 1, id: nextId(), itemId: ITEM_ID, incidentId: INCIDENT_ID, seq: 1, at: '2026-11-23T05:00:00.000Z', zone: 'Asia/Tokyo',
    by: { name: 'Aiko Sato', role: 'Lead' }, prevHash: GENESIS_HASH, action: 'collected', details: { location: 'FS01 \\\\share', reason: 'police report', sha256: 'a'.repeat(64) },
  } as CustodyEventContent);
  const transfer: CustodyEvent = sealCustodyEvent({
    schemaVersion: 1, id: nextId(), itemId: ITEM_ID, incidentId: INCIDENT_ID, seq: 2, at: '2026-11-23T06:00:00.000Z', zone: 'Asia/Tokyo',
    by: { name: 'Aiko Sato', role: 'Lead' }, prevHash: collected.hash, action: 'transferred',
    details: { releasedBy: { name: 'Aiko Sato', role: null }, receivedBy: { name: 'Det. Ito', role: 'Police' }, method: 'hand-over', tracking: '', fromLocation: 'Tokyo DC', toLocation: 'Police HQ', purpose: 'analysis' },
  } as CustodyEventContent);
  const source: TimelineSource = {
    incident,
    entries: log.entries,
    systems: [{ id: SYSTEM_FS01, name: 'FS01' }, { id: SYSTEM_VPN, name: 'VPN-GW' }],
    evidence: [item],
    custody: [transfer, collected],
    contacts: [{
      contact: {
        id: 'jp-npa-cyber', kind: 'seed', category: 'police', country: 'JP', organization: { en: 'Tokyo Metropolitan Police', ja: '警視庁' }, person: null, role: null,
        phones: [], emails: [], web: [], references: [], notes: { en: '', ja: '' }, lastVerified: null, sources: [], sourceSeen: null, checkBy: null,
      } as never,
      engaged: true,
      changedAt: '2026-11-23T03:59:00.000Z',
    }],
    deadlines: {
      regimeIds: ['eu-gdpr'],
      anchorRecords: { awareness: { at: '2026-11-23T00:30:00.000Z', entryId: aware.id, decidedBy: 'CISO Tanaka', recordedBy: { name: 'Aiko Sato', role: 'Lead' } } },
      anchors: { awareness: '2026-11-23T00:30:00.000Z' },
      marks: {},
    },
    chainHeads: log.heads(),
    verification: verifyLog([...log.entries].sort((a, b) => (a.deviceId === b.deviceId ? a.seq - b.seq : a.deviceId < b.deviceId ? -1 : 1)), log.heads()),
    exporter: { name: 'Aiko Sato', role: 'Lead', organization: 'Example KK' },
    device: { deviceId: DEVICE_A, fingerprint: 'f'.repeat(64) },
    app: { name: 'Lantern', version: '0.1.0' },
    exportedAt: '2026-11-26T00:00:00.000Z',
  };
  return { source, ids: { aware: aware.id, note: note.id, corrected: corrected.id, action: action.id, wrong: wrong.id, retraction: retraction.id, call: call.id, evidence: evidence.id } };
}

const LOCALES = join(import.meta.dirname, '../../../renderer/i18n/locales');

/** The report namespaces of one language, read from the app's translation files. */
export function textsOf(language: 'en' | 'ja'): TextResources {
  return Object.fromEntries(REPORT_NAMESPACES.map((ns) => [ns, JSON.parse(readFileSync(join(LOCALES, language, `${ns}.json`), 'utf8')) as unknown]));
}
