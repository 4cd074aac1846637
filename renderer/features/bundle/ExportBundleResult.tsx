// What an export did: the file saved, the key that signed it, which items' custody now
// records the export, which could not take the event (disposed, or a failed write), and
// any stored file that no longer matches the hash taken at intake.
import { useTranslation } from 'react-i18next';
import { formatFingerprint } from '../../../shared/domain/responder';
import { useErrorMessage } from '../../components/ErrorText';
import { formatBytes } from '../evidence/format';
import type { ExportOutcome } from './ExportBundleRun';

export function ExportBundleResult({ outcome }: { outcome: ExportOutcome }) {
  const { t, i18n } = useTranslation('bundle');
  const message = useErrorMessage();
  const { summary } = outcome;
  const numbers = (list: readonly number[]) => list.map((n) => `#${n}`).join(t('exportBundle.listSeparator'));
  const mismatched = summary.hashMismatches.map((m) => m.itemNumber);
  return (
    <>
      <p role="status">{t('exportBundle.saved', { name: outcome.fileName, count: summary.files, size: formatBytes(summary.payloadBytes, i18n.language) })}</p>
      <p>
        {t('exportBundle.signedBy')} <code className="mono">{formatFingerprint(summary.fingerprint)}</code>
      </p>
      <p className="field-hint">{t('exportBundle.fingerprintHint')}</p>
      {mismatched.length > 0 && (
        <p className="error-text" role="alert">
          {t('exportBundle.mismatch', { count: mismatched.length, numbers: numbers(mismatched) })}
        </p>
      )}
      {summary.items.length === 0 ? (
        <p>{t('exportBundle.noItems')}</p>
      ) : (
        outcome.recorded.length > 0 && <p>{t('exportBundle.recorded', { count: outcome.recorded.length, numbers: numbers(outcome.recorded) })}</p>
      )}
      {outcome.disposed.length > 0 && <p>{t('exportBundle.disposed', { count: outcome.disposed.length, numbers: numbers(outcome.disposed) })}</p>}
      {outcome.failed.map(({ itemNumber, error }) => (
        <p key={itemNumber} className="error-text" role="alert">
          {t('exportBundle.recordFailed', { number: itemNumber, error: message(error) })}
        </p>
      ))}
    </>
  );
}
