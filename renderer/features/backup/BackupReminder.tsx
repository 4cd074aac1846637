// The top bar's word on backups. In a browser: a due backup as a one-click download (no
// automatic downloads). Anywhere: a failed automatic backup, or a failed copy to the second
// folder (a USB drive left out), stays visible until a backup succeeds, and opens Settings.
import { useTranslation } from 'react-i18next';
import { backupAgent } from '../../backup';
import { useBackupAgent } from './useBackupAgent';
import './backup.css';

export function BackupReminder({ onOpenSettings }: { onOpenSettings(): void }) {
  const { t } = useTranslation('backup');
  const agent = useBackupAgent();
  const last = agent.last;
  if (last && !last.ok && last.reason !== 'manual') {
    return (
      <button type="button" className="btn backup-reminder-bad" title={t('reminder.failedTitle')} onClick={onOpenSettings}>
        {t('reminder.failed')}
      </button>
    );
  }
  if (last?.ok && last.copy?.status === 'failed') {
    return (
      <button type="button" className="btn backup-reminder" title={t('reminder.copyFailedTitle')} onClick={onOpenSettings}>
        {t('reminder.copyFailed')}
      </button>
    );
  }
  if (agent.due) {
    return (
      <button type="button" className="btn backup-reminder" title={t('reminder.dueTitle')} disabled={agent.running !== null} onClick={() => void backupAgent().backUp('manual')}>
        {t('reminder.due')}
      </button>
    );
  }
  return null;
}
