// Builds a large, genuinely chained log for one device in the test process, with
// the app's own hashing, so the benchmark opens a log that verifies.
import { computeRecordHash } from '../shared/crypto/hashChain';
import { GENESIS_HASH } from '../shared/crypto/sha256';
import { LOG_ENTRY_SCHEMA_VERSION, type LogEntry } from '../shared/domain/logEntry';

const WORDS = ['ransom', 'note', 'FS01', 'VPN', 'gateway', 'isolated', 'switch', 'port', 'EDR', 'alert', '脅迫文', '隔離', 'バックアップ', 'krbtgt', 'reset', 'call', 'police', 'insurer'];
const KINDS = ['note', 'action', 'decision', 'communication', 'observation'] as const;

export interface SeedIdentity {
  incidentId: string;
  deviceId: string;
  author: { name: string; role: string | null };
}

const uuid = (n: number) => {
  const hex = n.toString(16).padStart(12, '0');
  return `0190b000-0000-7000-8000-${hex}`;
};

export type EntryBody = Omit<LogEntry, 'schemaVersion' | 'id' | 'incidentId' | 'author' | 'deviceId' | 'seq' | 'prevHash' | 'hash'>;

/** Chains `bodies` for one device from seq `first` on (genesis unless `prevHash` is given). */
export function chainEntries(identity: SeedIdentity, bodies: readonly EntryBody[], first = 1, prevHash = GENESIS_HASH): LogEntry[] {
  return bodies.map((body, i) => {
    const content = {
      schemaVersion: LOG_ENTRY_SCHEMA_VERSION,
      id: uuid(0x100000 + first + i),
      incidentId: identity.incidentId,
      author: identity.author,
      deviceId: identity.deviceId,
      ...body,
      seq: first + i,
      prevHash,
    };
    const entry = { ...content, hash: computeRecordHash(content) } as LogEntry;
    prevHash = entry.hash;
    return entry;
  });
}

/**
 * `count` entries, seq 1…count, event times spread over the ten days before `end`. Entry ids are
 * global keys: a second seeded incident in one profile takes another `idSpace` (ids from idSpace × 2^28).
 */
export function seedEntries(identity: SeedIdentity, count: number, end = Date.now(), idSpace = 0): LogEntry[] {
  const entries: LogEntry[] = [];
  let prevHash = GENESIS_HASH;
  const start = end - 10 * 86_400_000;
  for (let i = 1; i <= count; i++) {
    const words = Array.from({ length: 6 + (i % 9) }, (_, k) => WORDS[(i * 7 + k * 13) % WORDS.length]).join(' ');
    const text = `#${i} ${words}`;
    const recordedAt = new Date(start + Math.floor(((end - start) * i) / count)).toISOString();
    const occurredAt = new Date(Date.parse(recordedAt) - (i % 17) * 60_000).toISOString();
    const content = {
      schemaVersion: LOG_ENTRY_SCHEMA_VERSION,
      id: uuid(idSpace * 0x10000000 + i),
      incidentId: identity.incidentId,
      kind: KINDS[i % KINDS.length]!,
      occurredAt,
      occurredZone: 'Asia/Tokyo',
      occurredPrecision: 'minute' as const,
      recordedAt,
      recordedZone: 'Asia/Tokyo',
      author: identity.author,
      deviceId: identity.deviceId,
      body: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text, format: i % 11 === 0 ? 1 : 0 }] }] } },
      text,
      tags: i % 5 === 0 ? ['fs01'] : [],
      revision: null,
      refs: [],
      data: null,
      seq: i,
      prevHash,
    };
    const entry = { ...content, hash: computeRecordHash(content) } as LogEntry;
    entries.push(entry);
    prevHash = entry.hash;
  }
  return entries;
}
