// One computation of where every deadline of an incident stands, shared by the
// panel and the header button so their counts always agree.
import { useMemo } from 'react';
import type { AnchorType, DeadlineRule } from '../../../shared/domain/deadline';
import { ANCHOR_TYPES } from '../../../shared/domain/deadline';
import type { Incident } from '../../../shared/domain/incident';
import { deadlineStatus, type DeadlineStatus } from '../../../shared/deadlines';
import { REGIMES, ruleById, type Regime } from '../../../shared/seed/deadlines';
import { useDeadlineState, type DeadlineMarkRecord, type DeadlineState } from '../../data';

export interface DeadlineRow {
  rule: DeadlineRule;
  status: DeadlineStatus;
  mark: DeadlineMarkRecord | null;
}

export interface RegimeRows {
  regime: Regime;
  /** Dated rows by due time, then the ones without a due time in the seed's order. */
  rows: DeadlineRow[];
}

export interface DeadlineRows {
  /** undefined while loading; null when the incident does not exist. */
  state: DeadlineState | null | undefined;
  groups: RegimeRows[];
  overdue: number;
  dueSoon: number;
}

const byDue = (a: DeadlineRow, b: DeadlineRow): number => {
  const x = a.status.due.due;
  const y = b.status.due.due;
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  return x < y ? -1 : x > y ? 1 : 0;
};

/** The enabled regimes (in the app's order) with each rule's status at `now`. */
export function deadlineRowsOf(state: DeadlineState, zone: string, now: Date): Omit<DeadlineRows, 'state'> {
  const groups = REGIMES.filter((regime) => state.regimeIds.includes(regime.id)).map((regime) => ({
    regime,
    rows: regime.ruleIds
      .map((id) => ruleById(id))
      .filter((rule): rule is DeadlineRule => rule !== undefined)
      .map((rule) => {
        const mark = state.marks[rule.id] ?? null;
        return { rule, mark, status: deadlineStatus(rule, state.anchors, zone, mark !== null, now) };
      })
      .sort(byDue), // stable: undated rows keep the seed's order
  }));
  const all = groups.flatMap((group) => group.rows);
  return {
    groups,
    overdue: all.filter((row) => row.status.state === 'overdue').length,
    dueSoon: all.filter((row) => row.status.state === 'due-soon').length,
  };
}

export function useDeadlineRows(incident: Incident, now: Date): DeadlineRows {
  const state = useDeadlineState(incident.id);
  const zone = incident.timeZone;
  return useMemo(() => (state ? { state, ...deadlineRowsOf(state, zone, now) } : { state, groups: [], overdue: 0, dueSoon: 0 }), [state, zone, now]);
}

/** The anchors the enabled rules run from (their caps' too), in the domain's order. */
export function anchorsInUse(groups: readonly RegimeRows[]): AnchorType[] {
  const used = new Set<AnchorType>();
  for (const { rows } of groups) {
    for (const { rule } of rows) {
      used.add(rule.anchor);
      if (rule.cap) used.add(rule.cap.anchor);
    }
  }
  return ANCHOR_TYPES.filter((type) => used.has(type));
}
