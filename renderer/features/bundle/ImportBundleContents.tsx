// What a verified bundle holds, before anything is imported: its incident, who exported it
// from which device, the log entries per author and device, and the evidence items.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { BundleContents } from '../../../shared/bundle/verify';
import { deviceShortId } from '../../../shared/domain/logEntry';
import { formatFingerprint } from '../../../shared/domain/responder';
import { displayFileName } from '../../../shared/evidence/fileName';
import { TimeText } from '../../components/TimeText';

/**
 * How a device is named: ours, or by the end of its id as the timeline's rows name it (so the
 * summary's "device …0654b0ca" is found again in the merged log), the signer's marked as such.
 */
export function deviceLabel(t: TFunction, deviceId: string, signature: BundleContents['signature'], ourDeviceId: string | null): string {
  if (deviceId === ourDeviceId) return t('bundle:import.device.this');
  const short = deviceShortId(deviceId);
  return deviceId === signature.deviceId ? t('bundle:import.device.signer', { short }) : t('bundle:import.device.id', { short });
}

export function entriesByAuthor(entries: BundleContents['timeline']['entries']) {
  const counts = new Map<string, { deviceId: string; name: string; role: string | null; count: number }>();
  for (const { deviceId, author } of entries) {
    const key = `${deviceId}\n${author.name}`;
    const row = counts.get(key) ?? { deviceId, name: author.name, role: author.role, count: 0 };
    row.count += 1;
    counts.set(key, row);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}

export interface ImportBundleContentsProps {
  contents: BundleContents<Blob>;
  ourDeviceId: string | null;
}

export function ImportBundleContents({ contents, ourDeviceId }: ImportBundleContentsProps) {
  const { t } = useTranslation('bundle');
  const { incident, entries, exportedAt } = contents.timeline;
  const { signature, custody, board } = contents;
  const authors = useMemo(() => entriesByAuthor(entries), [entries]);
  return (
    <section className="vb-contents" aria-label={t('import.contents.label')}>
      <dl className="vb-facts">
        <dt>{t('import.contents.incident')}</dt>
        <dd>
          <strong>{incident.title}</strong>
          {incident.code && <span className="muted"> · {incident.code}</span>}
        </dd>
        <dt>{t('import.contents.exportedBy')}</dt>
        <dd>
          {signature.signer.role ? t('verify.report.person', { name: signature.signer.name, role: signature.signer.role }) : signature.signer.name}
          {' · '}
          <span className="mono" title={signature.fingerprint}>
            {formatFingerprint(signature.fingerprint)}
          </span>
        </dd>
        <dt>{t('import.contents.exportedAt')}</dt>
        <dd>
          <TimeText iso={exportedAt} zone={incident.timeZone} />
        </dd>
      </dl>
      <h3>{t('import.contents.entries', { count: entries.length })}</h3>
      {authors.length === 0 ? (
        <p className="muted">{t('import.contents.noEntries')}</p>
      ) : (
        <ul className="vb-list">
          {authors.map((row) => (
            <li key={`${row.deviceId}/${row.name}`}>
              {t('import.contents.authorLine', { count: row.count, name: row.name, device: deviceLabel(t, row.deviceId, signature, ourDeviceId) })}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('import.contents.evidence', { count: custody.items.length })}</h3>
      {custody.items.length === 0 ? (
        <p className="muted">{t('import.contents.noEvidence')}</p>
      ) : (
        <ul className="vb-list">
          {custody.items.map((item) => (
            <li key={item.id}>
              <span className="mono">#{item.itemNumber}</span> {displayFileName(item.originalName).text} — {item.description}
              {item.bundlePath === null && <span className="muted"> ({t('import.contents.withoutFile')})</span>}
            </li>
          ))}
        </ul>
      )}
      <p className="muted small">{t('import.contents.board', { systems: board.systems.length, runs: board.runs.length, contacts: contents.contactsEngaged.contacts.length })}</p>
    </section>
  );
}
