// The systems-board benchmark's data: 500 systems across every containment
// state and 50 checklist runs of a 20-item template with half their items done,
// each change a genuinely chained entry, as the app would have written them.
import { CONTAINMENT_STATES, type IncidentSystem } from '../shared/domain/system';
import type { ChecklistRun } from '../shared/domain/checklistRun';
import { builtInTemplate } from '../shared/seed/templates';
import { templateItems } from '../shared/domain/checklistTemplate';
import type { LogEntry } from '../shared/domain/logEntry';
import { chainEntries, type EntryBody, type SeedIdentity } from './seed';

const id = (kind: number, n: number) => `0190c${kind.toString(16).padStart(3, '0')}-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

export interface BoardSeed {
  systems: IncidentSystem[];
  runs: ChecklistRun[];
  entries: LogEntry[];
}

export function boardSeed(identity: SeedIdentity, systemCount = 500, runCount = 50, now = Date.now()): BoardSeed {
  const at = (i: number) => new Date(now - (systemCount + runCount * 20 - i) * 1000).toISOString();
  const template = builtInTemplate('ransomware-first-hour')!;
  const systems: IncidentSystem[] = Array.from({ length: systemCount }, (_, i) => ({
    id: id(1, i),
    incidentId: identity.incidentId,
    name: `HOST-${String(i).padStart(3, '0')}`,
    type: (['host', 'server', 'appliance', 'account'] as const)[i % 4],
    addresses: [`10.${i >> 8}.${i & 255}.10`],
    owner: ['Logistics', 'Finance', 'IT', 'Sales'][i % 4]!,
    location: ['Tokyo DC', 'Osaka', 'Cloud'][i % 3]!,
    criticality: (['low', 'medium', 'high', 'critical'] as const)[i % 4],
    notes: '',
    tags: i % 3 === 0 ? ['wms'] : [],
    state: CONTAINMENT_STATES[i % CONTAINMENT_STATES.length]!,
    poweredOff: i % 17 === 0,
    compromiseConfirmed: i % 5 === 0,
    createdAt: at(i),
    updatedAt: at(i),
  }));
  const bodies: EntryBody[] = systems.map((system, i) => ({
    kind: 'system', occurredAt: at(i), occurredZone: 'Asia/Tokyo', occurredPrecision: 'exact', recordedAt: at(i), recordedZone: 'Asia/Tokyo',
    body: null, text: `System added: ${system.name}`, tags: [], revision: null, refs: [{ type: 'system', id: system.id }],
    data: { system: { systemId: system.id, action: 'added', type: system.type } },
  }));
  const runs: ChecklistRun[] = Array.from({ length: runCount }, (_, r) => ({
    id: id(2, r), incidentId: identity.incidentId, template, systemId: systems[r * 7]!.id, startedAt: at(systemCount + r), startedBy: identity.author,
  }));
  for (const run of runs) {
    templateItems(template).slice(0, 10).forEach((item, k) => {
      const when = at(systemCount + runs.indexOf(run) * 10 + k);
      bodies.push({
        kind: 'checklist', occurredAt: when, occurredZone: 'Asia/Tokyo', occurredPrecision: 'exact', recordedAt: when, recordedZone: 'Asia/Tokyo',
        body: null, text: `Done: ${item.text.en}`, tags: [], revision: null,
        refs: [{ type: 'checklistRun', id: run.id }, { type: 'system', id: run.systemId! }],
        data: { checklist: { runId: run.id, itemId: item.id, action: 'done', from: 'open', to: 'done', reason: '', note: '' } },
      });
    });
  }
  return { systems, runs, entries: chainEntries(identity, bodies) };
}
