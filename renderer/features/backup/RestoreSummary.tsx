// What a checked backup is (when, by which app and device, for whom, holding what) and, once
// restored, what the existing verifiers say of the result.
import { useTranslation } from 'react-i18next';
import { formatFingerprint } from '../../../shared/domain/responder';
import type { RestoreOutcome, VerifiedBackup } from '../../backup/restore';
import { notebook, useDeviceIdentity } from '../../data';
import { TimeText } from '../../components/TimeText';
import { formatBytes } from '../evidence/format';

export function BackupFacts({ verified, fileName }: { verified: VerifiedBackup<Blob>; fileName: string }) {
  const { t, i18n } = useTranslation('backup');
  const device = useDeviceIdentity();
  const { manifest } = verified;
  const ours = device?.deviceId === manifest.device.deviceId;
  return (
    <>
      <p className="settings-saved" role="status">
        {t('restore.verified', { name: fileName })}
      </p>
      <dl className="settings-facts">
        <dt>{t('restore.created')}</dt>
        <dd>
          <TimeText iso={manifest.createdAt} zone={notebook.deviceZone()} />
        </dd>
        <dt>{t('restore.app')}</dt>
        <dd>
          {manifest.app.name} {manifest.app.version}
        </dd>
        {manifest.responder && (
          <>
            <dt>{t('restore.responder')}</dt>
            <dd>{[manifest.responder.name, manifest.responder.role, manifest.responder.organization].filter(Boolean).join(' · ')}</dd>
          </>
        )}
        <dt>{t('restore.device')}</dt>
        <dd className="mono">{ours ? t('restore.thisDevice', { deviceId: manifest.device.deviceId }) : manifest.device.deviceId}</dd>
        <dt>{t('restore.fingerprint')}</dt>
        <dd className="mono" title={manifest.device.fingerprint}>
          {formatFingerprint(manifest.device.fingerprint)}
        </dd>
        <dt>{t('restore.holds')}</dt>
        <dd>
          {t('restore.holdsValue', {
            incidents: t('count.incidents', { count: manifest.counts.incidents }),
            entries: t('count.entries', { count: manifest.counts.entries }),
            evidence: t('count.evidence', { count: manifest.counts.evidenceItems }),
            size: formatBytes(manifest.counts.evidenceBytes, i18n.language),
          })}
        </dd>
      </dl>
      {verified.evidenceMismatches.map((mismatch) => (
        <p key={mismatch.itemId} className="backup-warn" role="alert">
          {t('restore.mismatch', { itemNumber: mismatch.itemNumber })}
        </p>
      ))}
    </>
  );
}

export function RestoreResult({ verified, outcome }: { verified: VerifiedBackup<Blob>; outcome: RestoreOutcome }) {
  const { t } = useTranslation('backup');
  const { logs, custody } = outcome.checks;
  const total = verified.manifest.evidence.length;
  return (
    <div role="status">
      <p className="settings-saved">
        <strong>{t('restore.doneTitle')}</strong>
      </p>
      <ul className="backup-checks">
        <li className={logs.failed.length > 0 ? 'fail' : undefined}>{t('restore.logs', { verified: logs.verified, total: logs.total })}</li>
        {logs.failed.length > 0 && <li className="fail">{t('restore.logsFailed', { titles: logs.failed.join(', ') })}</li>}
        <li className={custody.failed.length > 0 ? 'fail' : undefined}>{t('restore.custody', { verified: custody.verified, total: custody.total })}</li>
        {custody.failed.length > 0 && <li className="fail">{t('restore.custodyFailed', { items: custody.failed.map((n) => `#${n}`).join(', ') })}</li>}
        <li className={verified.evidenceMismatches.length > 0 ? 'fail' : undefined}>
          {t('restore.evidence', { matching: total - verified.evidenceMismatches.length, total })}
        </li>
      </ul>
      {outcome.renewedDevice && <p>{t('restore.renewedDevice', { from: outcome.renewedDevice.from, to: outcome.renewedDevice.to })}</p>}
      {outcome.safetyBackup && <p className="muted">{t('restore.safetySaved', { name: outcome.safetyBackup })}</p>}
    </div>
  );
}
