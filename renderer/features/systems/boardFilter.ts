// The board's filters (type, tag, criticality, text) and its grouping by
// containment state, as pure functions over the incident's systems.
import { CONTAINMENT_STATES, CRITICALITIES, type ContainmentState, type IncidentSystem } from '../../../shared/domain/system';

export interface BoardFilter {
  type: string;
  tag: string;
  criticality: string;
  query: string;
}

export const EMPTY_BOARD_FILTER: BoardFilter = { type: '', tag: '', criticality: '', query: '' };

export const isFilteringBoard = (f: BoardFilter) => f.type !== '' || f.tag !== '' || f.criticality !== '' || f.query.trim() !== '';

/** Text search looks at name, addresses, owner, location, tags and notes; every word must match. */
export function filterSystems(systems: readonly IncidentSystem[], filter: BoardFilter): IncidentSystem[] {
  const words = filter.query.trim().toLocaleLowerCase().split(/\s+/u).filter(Boolean);
  return systems.filter((system) => {
    if (filter.type && system.type !== filter.type) return false;
    if (filter.criticality && system.criticality !== filter.criticality) return false;
    if (filter.tag && !system.tags.includes(filter.tag)) return false;
    if (words.length === 0) return true;
    const haystack = [system.name, ...system.addresses, system.owner, system.location, ...system.tags, system.notes].join(' ').toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Most critical first, then by name as people read it (FS2 before FS10, case ignored). */
export const boardOrder = (a: IncidentSystem, b: IncidentSystem): number =>
  CRITICALITIES.indexOf(b.criticality) - CRITICALITIES.indexOf(a.criticality) || byName.compare(a.name, b.name);

/** One list per state, in the state machine's order, each in board order. */
export function groupByState(systems: readonly IncidentSystem[]): Map<ContainmentState, IncidentSystem[]> {
  const groups = new Map<ContainmentState, IncidentSystem[]>(CONTAINMENT_STATES.map((state) => [state, []]));
  for (const system of systems) groups.get(system.state)!.push(system);
  for (const list of groups.values()) list.sort(boardOrder);
  return groups;
}

export const tagsOf = (systems: readonly IncidentSystem[]): string[] => [...new Set(systems.flatMap((s) => s.tags))].sort();
