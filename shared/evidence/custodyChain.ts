// The custody chain of one evidence item: event n carries seq = n and prevHash =
// hash of event n-1 (GENESIS_HASH for n = 1); its hash covers every other field,
// computed exactly as the log's (shared/crypto/hashChain.ts). Events of one item may
// come from several devices (a transfer is received elsewhere), so the chain is per item.
import { computeRecordHash } from '../crypto/hashChain';
import { GENESIS_HASH } from '../crypto/sha256';
import type { CustodyEvent, CustodyEventContent } from '../domain/evidence';

/** SHA-256 over the canonical JSON of the event without its hash. */
export const computeCustodyHash = (content: CustodyEventContent): string => computeRecordHash(content);

export const sealCustodyEvent = (content: CustodyEventContent): CustodyEvent => ({ ...content, hash: computeCustodyHash(content) }) as CustodyEvent;

/** Where the next event of an item goes, given the item's last event (null for the first). */
export const nextCustodyLink = (last: Pick<CustodyEvent, 'seq' | 'hash'> | null): { seq: number; prevHash: string } =>
  last ? { seq: last.seq + 1, prevHash: last.hash } : { seq: 1, prevHash: GENESIS_HASH };

export type CustodyProblem =
  /** The event belongs to another item or incident. */
  | 'foreign-item'
  /** Its content no longer matches its hash. */
  | 'content-altered'
  /** Its seq is not the next one: an event before it was removed, or events were reordered. */
  | 'sequence-gap'
  /** Its prevHash is not the previous event's hash: an event was inserted or replaced. */
  | 'broken-link'
  /** `collected` other than first, or anything after `disposed`. */
  | 'invalid-action'
  /** The known head is further on than the events: the newest events were removed. */
  | 'missing-tail'
  /** Events follow the known head: appended without going through the writer. */
  | 'beyond-head';

export type CustodyVerdict =
  | { ok: true; head: { seq: number; hash: string } | null }
  | {
      ok: false;
      problem: CustodyProblem;
      /** Position in the list checked (0-based); the count for `missing-tail`. */
      index: number;
      /** The first bad event, or the last one present for `missing-tail`. */
      eventId: string | null;
      seq: number;
    };

export interface CustodyExpectation {
  /** The item the events must belong to; the first event's item when omitted. */
  itemId?: string;
  incidentId?: string;
  /** The head stored when the last event was appended, to notice removal of the newest events. */
  head?: { seq: number; hash: string } | null;
}

/** Checks one item's events in stored order and names the first that was altered, removed, inserted, moved or misfiled. */
export function verifyCustodyChain(events: readonly CustodyEvent[], expected: CustodyExpectation = {}): CustodyVerdict {
  const itemId = expected.itemId ?? events[0]?.itemId;
  const incidentId = expected.incidentId ?? events[0]?.incidentId;
  let prevHash = GENESIS_HASH;
  let disposed = false;
  for (const [index, event] of events.entries()) {
    const bad = (problem: CustodyProblem): CustodyVerdict => ({ ok: false, problem, index, eventId: event.id, seq: event.seq });
    if (event.itemId !== itemId || event.incidentId !== incidentId) return bad('foreign-item');
    if (computeCustodyHash(event) !== event.hash) return bad('content-altered');
    if (event.seq !== index + 1) return bad('sequence-gap');
    if (event.prevHash !== prevHash) return bad('broken-link');
    if (disposed || (event.action === 'collected') !== (index === 0)) return bad('invalid-action');
    disposed = event.action === 'disposed';
    prevHash = event.hash;
  }
  const last = events.at(-1);
  const head = expected.head;
  if (head && head.seq < events.length) {
    const extra = events[head.seq]!;
    return { ok: false, problem: 'beyond-head', index: head.seq, eventId: extra.id, seq: extra.seq };
  }
  if (head && (head.seq > events.length || (head.seq === events.length && head.hash !== (last?.hash ?? GENESIS_HASH)))) {
    return { ok: false, problem: 'missing-tail', index: events.length, eventId: last?.id ?? null, seq: head.seq };
  }
  return { ok: true, head: last ? { seq: last.seq, hash: last.hash } : null };
}
