// The backup agent's state for components (last result, changes, progress), kept current.
import { useSyncExternalStore } from 'react';
import { backupAgent, type BackupAgentSnapshot } from '../../backup';

export function useBackupAgent(): BackupAgentSnapshot {
  const agent = backupAgent();
  return useSyncExternalStore(agent.subscribe, agent.getSnapshot);
}

/** "30 minutes", "1 hour" / "30 分", "1 時間", in the UI language. */
export function intervalText(minutes: number, language: string): string {
  const hours = minutes >= 60 && minutes % 60 === 0;
  return new Intl.NumberFormat(language, { style: 'unit', unit: hours ? 'hour' : 'minute', unitDisplay: 'long' }).format(hours ? minutes / 60 : minutes);
}
