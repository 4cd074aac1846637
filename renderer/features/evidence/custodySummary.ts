// Per item, the last custody event and the latest verification, from the incident's
// custody events: what the locker list shows without loading each item's chain.
import type { CustodyEvent } from '../../../shared/domain/evidence';

export interface CustodySummary {
  last: CustodyEvent;
  /** The latest `verified` event's result and time; null when never verified. */
  verification: { result: 'pass' | 'fail'; at: string; zone: string } | null;
}

export function summarizeCustody(events: readonly CustodyEvent[]): Map<string, CustodySummary> {
  const summaries = new Map<string, CustodySummary>();
  const verifiedSeq = new Map<string, number>();
  for (const event of events) {
    const summary = summaries.get(event.itemId);
    if (!summary || event.seq > summary.last.seq) summaries.set(event.itemId, { last: event, verification: summary?.verification ?? null });
    if (event.action === 'verified' && event.seq > (verifiedSeq.get(event.itemId) ?? 0)) {
      verifiedSeq.set(event.itemId, event.seq);
      summaries.get(event.itemId)!.verification = { result: event.details.result, at: event.at, zone: event.zone };
    }
  }
  return summaries;
}
