// What the deadline clocks of one incident are computed from: the regimes switched on, the
// anchors recorded (with who decided) and the rules marked as met.
import type { AnchorRecord, DeadlineMarkRecord, LanternDB } from '../db';
import type { AnchorType } from '../../../shared/domain/deadline';
import type { Anchors } from '../../../shared/deadlines';

export interface DeadlineState {
  regimeIds: string[];
  /** The latest recording of each anchor. */
  anchorRecords: Partial<Record<AnchorType, AnchorRecord>>;
  /** The instants dueTime() takes. */
  anchors: Anchors;
  marks: Partial<Record<string, DeadlineMarkRecord>>;
}

export async function deadlineStateOf(db: LanternDB, incidentId: string): Promise<DeadlineState | null> {
  const incident = await db.incidents.get(incidentId);
  if (!incident) return null;
  const [regimes, anchorRows, markRows] = await Promise.all([
    db.regimes.where('incidentId').equals(incidentId).toArray(),
    db.anchors.where('incidentId').equals(incidentId).toArray(),
    db.deadlineMarks.where('incidentId').equals(incidentId).toArray(),
  ]);
  const anchorRecords: DeadlineState['anchorRecords'] = Object.fromEntries(anchorRows.map((row) => [row.anchor, row]));
  const anchors: Anchors = Object.fromEntries(anchorRows.map((row) => [row.anchor, row.at]));
  // Incidents created before the anchor table kept their two anchors on the incident only.
  if (incident.becameAwareAt && !anchors.awareness) anchors.awareness = incident.becameAwareAt;
  if (incident.detectedAt && !anchors.discovery) anchors.discovery = incident.detectedAt;
  return {
    regimeIds: regimes.map((row) => row.regimeId),
    anchorRecords,
    anchors,
    marks: Object.fromEntries(markRows.map((row) => [row.ruleId, row])),
  };
}
