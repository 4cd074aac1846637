// Electron: main's rotating backups folder and what it holds, and the second folder every
// backup is also copied to (chosen in main's own folder dialog: this page never names a path).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupListing } from '../../../shared/ipc/contract';
import { notebook } from '../../data';
import { backupHost } from '../../platform/backupHost';
import { ErrorText, useErrorMessage } from '../../components/ErrorText';
import { TimeText } from '../../components/TimeText';
import { formatBytes, formatExactBytes } from '../evidence/format';

export function BackupFolders({ refreshKey }: { refreshKey: string | null }) {
  const { t, i18n } = useTranslation('backup');
  const message = useErrorMessage();
  const [listing, setListing] = useState<BackupListing | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [reload, setReload] = useState(0);
  const host = backupHost();

  useEffect(() => {
    if (!host) return;
    let live = true;
    host.list().then(
      (next) => live && (setListing(next), setError(null)),
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [host, refreshKey, reload]);

  const act = (work: () => Promise<unknown>) => () => {
    setError(null);
    work().then(
      () => setReload((n) => n + 1),
      (failure: unknown) => setError(failure),
    );
  };
  if (!host) return null;
  return (
    <>
      <div className="backup-folder">
        <h3>{t('section.folderHeading')}</h3>
        {listing && (
          <>
            <p className="backup-path">{listing.folder}</p>
            <p className="field-hint">{t('section.keep', { count: listing.keep })}</p>
            {listing.backups.length === 0 ? (
              <p className="muted">{t('section.listEmpty')}</p>
            ) : (
              <table className="backup-list">
                <caption>{t('section.listCaption', { count: listing.backups.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('section.written')}</th>
                    <th scope="col">{t('section.file')}</th>
                    <th scope="col" className="num">
                      {t('section.size')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {listing.backups.map((backup) => (
                    <tr key={backup.name}>
                      <td>
                        <TimeText iso={backup.createdAt} zone={notebook.deviceZone()} />
                      </td>
                      <td className="backup-path">{backup.name}</td>
                      <td className="num" title={formatExactBytes(backup.bytes, i18n.language)}>
                        {formatBytes(backup.bytes, i18n.language)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
        {error !== null && !listing && <p className="error-text" role="alert">{t('section.listFailed', { message: message(error) })}</p>}
      </div>
      <div className="backup-folder">
        <h3>{t('section.copyHeading')}</h3>
        {listing?.copyFolder ? <p className="backup-path">{listing.copyFolder}</p> : <p className="muted">{t('section.copyNone')}</p>}
        <p className="field-hint">{t('section.copyHint')}</p>
        <div className="row">
          <button type="button" className="btn" onClick={act(() => host.chooseFolder())}>
            {listing?.copyFolder ? t('section.changeFolder') : t('section.chooseFolder')}
          </button>
          {listing?.copyFolder && (
            <button type="button" className="btn" onClick={act(() => host.clearFolder())}>
              {t('section.stopCopying')}
            </button>
          )}
        </div>
        {listing && <ErrorText error={error} />}
      </div>
    </>
  );
}
