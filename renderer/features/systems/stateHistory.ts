// A system's state history read from its `system` log entries: when it was added,
// every transition (from → to, method, detail) and every flag change.
import type { LogEntry } from '../../../shared/domain/logEntry';
import {
  CONTAINMENT_METHODS,
  CONTAINMENT_STATES,
  SYSTEM_FLAGS,
  type ContainmentMethod,
  type ContainmentState,
  type SystemFlag,
} from '../../../shared/domain/system';

export type HistoryChange =
  | { action: 'added' }
  | { action: 'transition'; from: ContainmentState; to: ContainmentState; method: ContainmentMethod; detail: string }
  | { action: 'flag'; flag: SystemFlag; value: boolean; detail: string };

export interface HistoryRow {
  entry: LogEntry;
  change: HistoryChange;
}

const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T => values.includes(value as T);
const asText = (value: unknown) => (typeof value === 'string' ? value : '');

export function historyChange(entry: LogEntry, systemId: string): HistoryChange | null {
  if (entry.kind !== 'system' || entry.revision) return null;
  const data = entry.data?.system;
  if (!data || typeof data !== 'object' || Array.isArray(data) || data.systemId !== systemId) return null;
  if (data.action === 'added') return { action: 'added' };
  if (data.action === 'transition' && oneOf(CONTAINMENT_STATES, data.from) && oneOf(CONTAINMENT_STATES, data.to) && oneOf(CONTAINMENT_METHODS, data.method)) {
    return { action: 'transition', from: data.from, to: data.to, method: data.method, detail: asText(data.detail) };
  }
  if (data.action === 'flag' && oneOf(SYSTEM_FLAGS, data.flag) && typeof data.value === 'boolean') {
    return { action: 'flag', flag: data.flag, value: data.value, detail: asText(data.detail) };
  }
  return null;
}

/** Newest first: the current state is what a reader looks for. */
export function stateHistory(entries: readonly LogEntry[] | undefined, systemId: string): HistoryRow[] {
  const rows: HistoryRow[] = [];
  for (const entry of entries ?? []) {
    const change = historyChange(entry, systemId);
    if (change) rows.push({ entry, change });
  }
  return rows.reverse();
}
