// Where a deadline stands at a given moment: met, overdue, due soon, pending, waiting for an
// anchor, or a duty with no computable due time.
import type { DeadlineRule } from '../domain/deadline';
import { anchorInstant, dueTime, type Anchors, type DueTime } from './dueTime';

export const DEADLINE_STATES = ['met', 'overdue', 'due-soon', 'pending', 'waiting', 'undated'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

export interface DeadlineStatus {
  state: DeadlineState;
  due: DueTime;
  /** Milliseconds from `now` to the due time (negative once overdue); null without a due time. */
  remainingMs: number | null;
}

const HOUR = 3_600_000;

/**
 * How long before the due time a deadline counts as "due soon": a quarter of its whole span,
 * at least one hour and at most three days (GDPR's 72 h: the last 18 h; DORA's 4 h: the last hour;
 * APPI's 30 days: the last 3 days).
 */
export function dueSoonWindow(spanMs: number): number {
  return Math.min(72 * HOUR, Math.max(HOUR, spanMs / 4));
}

/** `met`: whether an entry has been marked as meeting the rule. */
export function deadlineStatus(rule: DeadlineRule, anchors: Anchors, zone: string, met: boolean, now: Date): DeadlineStatus {
  const due = dueTime(rule, anchors, zone);
  const remainingMs = due.due === null ? null : Date.parse(due.due) - now.getTime();
  if (met) return { state: 'met', due, remainingMs };
  if (due.due === null || remainingMs === null) {
    // No fixed offset ("promptly", by contract) or past the calendar's years: nothing to count down.
    const dated = rule.offset !== null && rule.offset.kind !== 'prompt' && due.outsideCalendar === null;
    return { state: dated && due.missingAnchor !== null ? 'waiting' : 'undated', due, remainingMs };
  }
  if (remainingMs < 0) return { state: 'overdue', due, remainingMs };
  // Derived anchors count too: without them a clock from the end of the year had a span of 0 and a 1 h window.
  const started = [anchorInstant(rule.anchor, anchors, zone), rule.cap ? anchorInstant(rule.cap.anchor, anchors, zone) : undefined]
    .filter((at): at is string => at !== undefined)
    .map((at) => Date.parse(at));
  const span = started.length ? Date.parse(due.due) - Math.min(...started) : 0;
  const soonFrom = due.soon !== null ? Math.min(Date.parse(due.soon), Date.parse(due.due) - dueSoonWindow(span)) : Date.parse(due.due) - dueSoonWindow(span);
  return { state: now.getTime() >= soonFrom ? 'due-soon' : 'pending', due, remainingMs };
}
