// What an import added ("Added 42 entries from Ken Tanaka (device ab12cd34…)"), what was
// already here and left unchanged, and whether every device's chain verifies afterwards.
import { useTranslation } from 'react-i18next';
import type { BundleContents } from '../../../shared/bundle/verify';
import type { ImportSummary, IncidentVerification } from '../../data';
import { ErrorText } from '../../components/ErrorText';
import { deviceLabel } from './ImportBundleContents';

export interface ImportSummaryViewProps {
  summary: ImportSummary;
  signature: BundleContents['signature'];
  ourDeviceId: string | null;
  /** The log check run after the merge: undefined while it runs. */
  check: IncidentVerification | undefined;
  checkError: unknown;
}

export function ImportSummaryView({ summary, signature, ourDeviceId, check, checkError }: ImportSummaryViewProps) {
  const { t } = useTranslation('bundle');
  const { entries, evidence, custody, systems, runs, contacts, engagements } = summary;
  const numbers = (list: readonly number[]) => list.map((n) => `#${n}`).join(t('import.summary.separator'));
  // "3 custody events", "1 system" …: kinds with none are left out.
  const counted = (kinds: readonly (readonly [key: string, count: number])[]) => kinds.filter(([, count]) => count > 0).map(([key, count]) => t(`import.summary.${key}`, { count }));
  const addedOther = counted([
    ['custody', custody.added],
    ['systems', systems.added],
    ['runs', runs.added],
    ['contacts', contacts.added],
    ['engagements', engagements.added],
  ]);
  // What was already here (a first import has nothing to list).
  const present = counted([
    ['presentEntries', entries.present],
    ['presentEvidence', evidence.present],
    ['custody', custody.present],
    ['systems', systems.kept],
    ['runs', runs.kept],
  ]);
  const nothing = entries.added === 0 && evidence.added.length === 0 && addedOther.length === 0 && !summary.incidentAdded;
  return (
    <section className="vb-summary" aria-label={t('import.summary.label')}>
      <ul className="vb-list" role="status">
        {summary.incidentAdded && <li>{t('import.summary.incidentAdded')}</li>}
        {entries.byAuthor.map((row) => (
          <li key={`${row.deviceId}/${row.name}`}>{t('import.summary.entries', { count: row.added, name: row.name, device: deviceLabel(t, row.deviceId, signature, ourDeviceId) })}</li>
        ))}
        {evidence.added.length > 0 && <li>{t('import.summary.evidence', { count: evidence.added.length, numbers: numbers(evidence.added) })}</li>}
        {addedOther.length > 0 && <li>{t('import.summary.also', { list: addedOther.join(t('import.summary.separator')) })}</li>}
        {nothing && <li>{t('import.summary.nothing')}</li>}
      </ul>
      {evidence.withoutFile.length > 0 && <p className="field-hint warn">{t('import.summary.withoutFile', { count: evidence.withoutFile.length, numbers: numbers(evidence.withoutFile) })}</p>}
      {present.length > 0 && (
        <p className="muted small">
          {t('import.summary.present', { list: present.join(t('import.summary.separator')) })}
          {systems.kept + runs.kept > 0 && ` ${t('import.summary.keptState')}`}
        </p>
      )}
      {check === undefined && !checkError && <p className="muted small">{t('import.summary.checking')}</p>}
      {check?.ok && <p className="vb-verdict-ok">{t('import.summary.chainsOk', { entries: check.entries, devices: check.devices })}</p>}
      {check && !check.ok && <p className="error-text" role="alert">{t('import.summary.chainsBad', { entryId: check.failure?.entryId ?? '—' })}</p>}
      <ErrorText error={checkError} />
    </section>
  );
}
