// Settings → Backups: when the last backup was written and how it went, whether anything
// changed since, the interval, "Back up now" with its progress, where backups are kept
// (Electron: main's folder, its backups and an optional second folder), and the restore.
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_INTERVALS, notebook, type BackupStatus } from '../../data';
import { backupAgent } from '../../backup';
import { TimeText } from '../../components/TimeText';
import { useErrorMessage } from '../../components/ErrorText';
import { formatBytes } from '../evidence/format';
import { BackupFolders } from './BackupFolders';
import { BackupProgressBar } from './BackupProgressBar';
import { intervalText, useBackupAgent } from './useBackupAgent';
import './backup.css';

// The restore brings the ZIP reader: loaded when the responder opens it, not with Settings.
const RestoreDialog = lazy(() => import('./RestoreDialog').then((m) => ({ default: m.RestoreDialog })));

/** A copy failure or a failed backup as the errors namespace words it. */
export const codedError = (code: string, details: Record<string, string>) => Object.assign(new Error(details.detail ?? code), { code, details });

function LastBackup({ status }: { status: BackupStatus }) {
  const { t, i18n } = useTranslation('backup');
  const message = useErrorMessage();
  return (
    <div className="backup-status">
      <span>
        <TimeText iso={status.at} zone={notebook.deviceZone()} /> · {t(`section.reason.${status.reason}`)}
      </span>
      {status.ok ? (
        <span className="backup-ok">{t('section.savedAs', { name: status.name, size: formatBytes(status.bytes, i18n.language) })}</span>
      ) : (
        <span className="error-text" role="alert">
          {t('section.failed', { message: message(codedError(status.code, { detail: status.detail })) })}
        </span>
      )}
      {status.ok && status.copy?.status === 'copied' && <span className="muted">{t('section.copied', { folder: status.copy.folder })}</span>}
      {status.ok && status.copy?.status === 'failed' && (
        <span className="backup-warn" role="alert">
          {t('section.copyFailed', { message: message(codedError(status.copy.code, { folder: status.copy.folder, detail: status.copy.detail })) })}
        </span>
      )}
    </div>
  );
}

export function BackupSection() {
  const { t, i18n } = useTranslation('backup');
  const agent = useBackupAgent();
  const [restoring, setRestoring] = useState(false);
  const folder = agent.target === 'folder';
  const running = agent.running;
  return (
    <section className="card" aria-labelledby="settings-backups">
      <h2 id="settings-backups">{t('section.heading')}</h2>
      <p>{t(folder ? 'section.introFolder' : 'section.introDownload', { interval: intervalText(agent.intervalMinutes, i18n.language) })}</p>
      <dl className="settings-facts">
        <dt>{t('section.last')}</dt>
        <dd>{agent.last ? <LastBackup status={agent.last} /> : t('section.never')}</dd>
        {agent.last && !agent.last.ok && agent.lastGoodAt && (
          <>
            <dt>{t('section.lastGood')}</dt>
            <dd>
              <TimeText iso={agent.lastGoodAt} zone={notebook.deviceZone()} />
            </dd>
          </>
        )}
      </dl>
      {agent.ready && (agent.pending || agent.lastGoodAt) && <p className="muted">{agent.pending ? t('section.pending') : t('section.upToDate')}</p>}
      <div className="row backup-actions">
        <label>
          {t(folder ? 'section.intervalFolder' : 'section.intervalDownload')}
          <select value={agent.intervalMinutes} onChange={(event) => void backupAgent().setIntervalMinutes(Number(event.target.value))}>
            {BACKUP_INTERVALS.map((minutes) => (
              <option key={minutes} value={minutes}>
                {intervalText(minutes, i18n.language)}
              </option>
            ))}
          </select>
        </label>
        <span className="spacer" />
        <button type="button" className="btn btn-primary" disabled={running !== null} onClick={() => void backupAgent().backUp('manual')}>
          {running ? t('section.running') : t('section.now')}
        </button>
      </div>
      {running && <BackupProgressBar label={t('section.progress')} bytes={running.progress.bytes} total={running.progress.total} language={i18n.language} />}
      {folder && <BackupFolders refreshKey={agent.last?.at ?? null} />}
      <div className="backup-folder">
        <h3>{t('section.restoreHeading')}</h3>
        <div className="row">
          <button type="button" className="btn" onClick={() => setRestoring(true)}>
            {t('section.restore')}
          </button>
        </div>
        <p className="field-hint">{t('section.restoreHint')}</p>
      </div>
      {restoring && (
        <Suspense fallback={null}>
          <RestoreDialog onClose={() => setRestoring(false)} />
        </Suspense>
      )}
    </section>
  );
}
