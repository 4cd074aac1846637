// The built-in deadline rules and business-day calendars of domain/reference.md §3.
import type { DeadlineRule } from '../../domain/deadline';
import { DEADLINE_RULES } from './rules';

export { DEADLINE_RULES } from './rules';
export { CALENDARS } from './calendars';

/** The built-in rule with this id, if there is one. */
export function ruleById(id: string): DeadlineRule | undefined {
  return DEADLINE_RULES.find((rule) => rule.id === id);
}
export { REGIMES, SUBMISSION_ANCHORS, regimeById, type Regime } from './regimes';
