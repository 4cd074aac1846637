// The per-device hash chain. Each device keeps one chain per incident: entry n
// carries seq = n and prevHash = hash of entry n-1 (GENESIS_HASH for n = 1), and
// its own hash is SHA-256 over the RFC 8785 canonical JSON of every field except
// `hash` and local `_`-prefixed bookkeeping. A stored chain head (seq + hash of
// the last entry) makes removal of the newest entries detectable too.
import { canonicalJson } from './canonicalJson';
import { GENESIS_HASH, sha256HexOfText } from './sha256';

/** The fields the chain needs; log entries and custody events both have them. */
export interface Chained {
  id: string;
  deviceId: string;
  seq: number;
  prevHash: string;
  hash: string;
  recordedAt: string;
}

export interface ChainHead {
  deviceId: string;
  seq: number;
  hash: string;
}

/** The last entry a check has vouched for: a later check can continue from it. */
export interface ChainPoint {
  seq: number;
  hash: string;
  recordedAt: string;
}

export type ChainProblem =
  | 'content-altered'
  | 'broken-link'
  | 'sequence-gap'
  | 'foreign-device'
  | 'missing-tail'
  | 'beyond-head'
  | 'unknown-device';

export interface ChainFailure {
  ok: false;
  problem: ChainProblem;
  /** Position in the list that was checked (0-based), or the count when entries are missing at the end. */
  index: number;
  /** The first bad entry, or the last good one for `missing-tail`. */
  entryId: string | null;
  seq: number;
  deviceId: string;
}

export interface ChainSuccess {
  ok: true;
  head: ChainHead | null;
  /** The last entry checked, or the starting point when there was nothing new. */
  tip: ChainPoint | null;
  /** Entries whose recorded-at is earlier than their predecessor's: flagged, never reordered. */
  clockAnomalies: string[];
}

export type ChainVerdict = ChainSuccess | ChainFailure;

/** The content the hash covers: everything but `hash` and `_`-prefixed local fields. */
export function hashedContent(record: object): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key !== 'hash' && !key.startsWith('_')) content[key] = value;
  }
  return content;
}

export const computeRecordHash = (record: object): string => sha256HexOfText(canonicalJson(hashedContent(record)));

/**
 * Checks one device's chain, in the order given (the stored order). Names the
 * first entry that was altered, inserted, removed before, or moved. With `from`,
 * the entries are the ones after an already-verified point and continue its chain.
 */
export function verifyChain(deviceId: string, entries: readonly Chained[], head?: ChainHead | null, from?: ChainPoint): ChainVerdict {
  const clockAnomalies: string[] = [];
  const base = from?.seq ?? 0;
  let prevHash = from?.hash ?? GENESIS_HASH;
  let prevRecordedAt = from?.recordedAt ?? '';
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    const failure = (problem: ChainProblem): ChainFailure => ({ ok: false, problem, index, entryId: entry.id, seq: entry.seq, deviceId });
    if (entry.deviceId !== deviceId) return failure('foreign-device');
    if (computeRecordHash(entry) !== entry.hash) return failure('content-altered');
    if (entry.seq !== base + index + 1) return failure('sequence-gap');
    if (entry.prevHash !== prevHash) return failure('broken-link');
    if (entry.recordedAt < prevRecordedAt) clockAnomalies.push(entry.id);
    prevHash = entry.hash;
    prevRecordedAt = entry.recordedAt;
  }
  const last = entries.at(-1);
  const total = base + entries.length;
  if (head && head.seq < total) {
    const extra = entries[head.seq - base]!;
    return { ok: false, problem: 'beyond-head', index: head.seq - base, entryId: extra.id, seq: extra.seq, deviceId };
  }
  const lastHash = last?.hash ?? from?.hash;
  if (head && (head.seq > total || (head.seq === total && total > 0 && head.hash !== lastHash))) {
    return { ok: false, problem: 'missing-tail', index: entries.length, entryId: last?.id ?? null, seq: head.seq, deviceId };
  }
  const tip = last ? { seq: last.seq, hash: last.hash, recordedAt: last.recordedAt } : (from ?? null);
  return { ok: true, head: tip ? { deviceId, seq: tip.seq, hash: tip.hash } : null, tip, clockAnomalies };
}

export interface LogVerdict {
  ok: boolean;
  devices: number;
  entries: number;
  clockAnomalies: string[];
  failure: ChainFailure | null;
  /** Per device, the last entry vouched for: where an incremental check continues. */
  tips: Record<string, ChainPoint>;
}

/**
 * Verifies every device chain of one incident. Entries are grouped by device in
 * the order given; the heads are the ones stored when each entry was appended.
 * With `from`, the entries are only those after each device's verified tip.
 * A head that no entry (and no tip) reaches counts as entries removed.
 */
export function verifyLog(entries: readonly Chained[], heads: readonly ChainHead[], from: Readonly<Record<string, ChainPoint>> = {}): LogVerdict {
  const byDevice = new Map<string, Chained[]>();
  for (const entry of entries) {
    const list = byDevice.get(entry.deviceId);
    if (list) list.push(entry);
    else byDevice.set(entry.deviceId, [entry]);
  }
  const headByDevice = new Map(heads.map((h) => [h.deviceId, h]));
  const devices = new Set([...byDevice.keys(), ...heads.map((h) => h.deviceId)]);
  const verdict = (failure: ChainFailure | null, clockAnomalies: string[], tips: Record<string, ChainPoint>): LogVerdict => ({
    ok: failure === null,
    devices: devices.size,
    entries: entries.length,
    clockAnomalies,
    failure,
    tips,
  });
  const clockAnomalies: string[] = [];
  const tips: Record<string, ChainPoint> = {};
  for (const deviceId of devices) {
    const list = byDevice.get(deviceId) ?? [];
    const head = headByDevice.get(deviceId);
    if (!head) {
      const first = list[0]!;
      return verdict({ ok: false, problem: 'unknown-device', index: 0, entryId: first.id, seq: first.seq, deviceId }, clockAnomalies, tips);
    }
    const checked = verifyChain(deviceId, list, head, from[deviceId]);
    if (!checked.ok) return verdict(checked, clockAnomalies, tips);
    clockAnomalies.push(...checked.clockAnomalies);
    if (checked.tip) tips[deviceId] = checked.tip;
  }
  return verdict(null, clockAnomalies, tips);
}
