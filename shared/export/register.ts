// The clock-anchor and deadline register of a report: each anchor with who decided it
// and the decision entry, and each deadline of the enabled regimes with its due time
// and where it stood at the moment of export.
import type { Person } from '../domain/common';
import { ANCHOR_TYPES, type AnchorType, type DeadlineRule } from '../domain/deadline';
import type { LogEntry } from '../domain/logEntry';
import { deadlineStatus, type DeadlineState } from '../deadlines';
import { REGIMES, ruleById, type Regime } from '../seed/deadlines';
import type { TimelineSource } from './source';

export interface AnchorRow {
  anchor: AnchorType;
  at: string;
  /** Who took the decision, when someone other than the responder who recorded it. */
  decidedBy: string | null;
  recordedBy: Person | null;
  /** The decision entry (its text is the basis the responder wrote down). */
  entry: LogEntry | null;
}

export interface DeadlineRow {
  regime: Regime;
  rule: DeadlineRule;
  state: DeadlineState;
  due: string | null;
  /** Set when the due time waits for (or is only bounded by) an anchor not recorded yet. */
  missingAnchor: AnchorType | null;
  met: { at: string; entryId: string } | null;
}

export interface Register {
  anchors: AnchorRow[];
  deadlines: DeadlineRow[];
}

/** The incident's own two anchors, kept on the incident by notebooks older than the anchor table. */
const INCIDENT_ANCHORS: Partial<Record<AnchorType, { field: 'becameAwareAt' | 'detectedAt'; data: string }>> = {
  awareness: { field: 'becameAwareAt', data: 'became-aware' },
  discovery: { field: 'detectedAt', data: 'detected' },
};

export function buildRegister(source: TimelineSource): Register {
  const state = source.deadlines;
  // Only the few decision entries the anchor records name (not a map of 100,000 entries).
  const wanted = new Set(ANCHOR_TYPES.flatMap((anchor) => state?.anchorRecords[anchor]?.entryId ?? []));
  const byId = new Map<string, LogEntry>();
  if (wanted.size > 0) for (const entry of source.entries) if (wanted.has(entry.id)) byId.set(entry.id, entry);
  const anchors: AnchorRow[] = [];
  for (const anchor of ANCHOR_TYPES) {
    const record = state?.anchorRecords[anchor];
    if (record) {
      anchors.push({ anchor, at: record.at, decidedBy: record.decidedBy, recordedBy: record.recordedBy, entry: byId.get(record.entryId) ?? null });
      continue;
    }
    const own = INCIDENT_ANCHORS[anchor];
    const at = own ? source.incident[own.field] : null;
    if (!own || !at) continue;
    // The latest decision entry that recorded it, as the log shows.
    const entry = source.entries.filter((e) => e.data?.['anchor'] === own.data).sort((a, b) => (a.recordedAt < b.recordedAt ? 1 : -1))[0] ?? null;
    const decidedBy = typeof entry?.data?.['decidedBy'] === 'string' ? entry.data['decidedBy'] : null;
    anchors.push({ anchor, at, decidedBy, recordedBy: entry?.author ?? null, entry });
  }
  anchors.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

  const deadlines: DeadlineRow[] = [];
  if (state) {
    const now = new Date(source.exportedAt);
    for (const regime of REGIMES.filter((r) => state.regimeIds.includes(r.id))) {
      for (const rule of regime.ruleIds.map(ruleById)) {
        if (!rule) continue;
        const mark = state.marks[rule.id] ?? null;
        // Deadlines count in the incident's zone (calendar days, business days); the report shows them in the export zone.
        const status = deadlineStatus(rule, state.anchors, source.incident.timeZone, mark !== null, now);
        deadlines.push({
          regime,
          rule,
          state: status.state,
          due: status.due.due,
          missingAnchor: status.due.missingAnchor,
          met: mark ? { at: mark.metAt, entryId: mark.entryId } : null,
        });
      }
    }
  }
  return { anchors, deadlines };
}
