// Checklist runs by the system they target, with how far each has got.
import { progressOf, type ChecklistRun, type Progress } from '../../../shared/domain/checklistRun';
import { templateItems } from '../../../shared/domain/checklistTemplate';
import type { RunWithStatus } from '../../data';

export interface SystemRunProgress {
  run: ChecklistRun;
  progress: Progress;
}

export const runProgress = ({ run, statuses }: RunWithStatus): SystemRunProgress => ({
  run,
  progress: progressOf(templateItems(run.template).map((item) => item.id), statuses),
});

export function runsBySystem(runs: readonly RunWithStatus[] | undefined): Map<string, SystemRunProgress[]> {
  const bySystem = new Map<string, SystemRunProgress[]>();
  for (const entry of runs ?? []) {
    const systemId = entry.run.systemId;
    if (!systemId) continue;
    const list = bySystem.get(systemId) ?? [];
    list.push(runProgress(entry));
    bySystem.set(systemId, list);
  }
  return bySystem;
}
