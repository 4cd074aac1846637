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
  const addedOther = [
    custody.added > 0 && t('import.summary.custody', { count: custody.added }),
    systems.added > 0 && t('import.summary.systems', { count: systems.added }),
    runs.added > 0 && t('import.summary.runs', { count: runs.added }),
    contacts.added > 0 && t('import.summary.contacts', { count: contacts.added }),
    engagements.added > 0 && t('import.summary.engagements', { count: engagements.added }),
  ].filter((text): text is string => Boolean(text));
  // What was already here, kinds with none left out (a first import has nothing to list).
  const present = [
    entries.present > 0 && t('import.summary.presentEntries', { count: entries.present }),
    evidence.present > 0 && t('import.summary.presentEvidence', { count: evidence.present }),
    custody.present > 0 && t('import.summary.custody', { count: custody.present }),
    systems.kept > 0 && t('import.summary.systems', { count: systems.kept }),
    runs.kept > 0 && t('import.summary.runs', { count: runs.kept }),
  ].filter((text): text is string => Boolean(text));
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
