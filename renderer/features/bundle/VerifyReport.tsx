// The verification report, as `lantern-verify` prints it: every check in order (passed, failed,
// or not run after the first failure) with the verifier's own detail, the first failure named
// in the UI language, and for a good bundle the counts and the signer's device fingerprint.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { BundleCheckId, BundleFailure, BundleVerification } from '../../../shared/bundle/verify';
import { formatFingerprint } from '../../../shared/domain/responder';

const CHECK_ORDER: readonly BundleCheckId[] = ['zip', 'names', 'inflate', 'bagit', 'format', 'tagManifest', 'signature', 'manifest', 'oxum', 'json', 'chains', 'custody', 'evidence'];

/** The translated errors:bundle.<code> message, naming the file (the ZIP itself when none) and the entry. */
export function failureText(t: TFunction, failure: BundleFailure, bundleName: string): string {
  const file = failure.file ?? bundleName;
  const where = failure.entryId ? t('bundle:verify.where.entry', { file, entryId: failure.entryId }) : t('bundle:verify.where.file', { file });
  return t(`errors:bundle.${failure.code}`, { where, defaultValue: t('errors:unexpected', { detail: failure.message }) });
}

export interface VerifyReportProps {
  verification: BundleVerification<Blob>;
  fileName: string;
}

export function VerifyReport({ verification, fileName }: VerifyReportProps) {
  const { t } = useTranslation(['bundle', 'errors']);
  const ran = new Map(verification.checks.map((check) => [check.id, check]));
  const { failure, summary, contents } = verification;
  const signer = contents?.signature.signer;
  return (
    <section className="vb-report" aria-label={t('verify.report.label')}>
      <p className={verification.ok ? 'vb-verdict vb-verdict-ok' : 'vb-verdict vb-verdict-bad'}>
        <span aria-hidden="true">{verification.ok ? '✔ ' : '✘ '}</span>
        {verification.ok ? t('verify.report.passed', { name: fileName }) : t('verify.report.failed', { name: fileName })}
      </p>
      {failure && (
        <p className="error-text" role="alert">
          {failureText(t, failure, fileName)}
        </p>
      )}
      <ol className="vb-checks">
        {CHECK_ORDER.map((id) => {
          const check = ran.get(id);
          const state = check ? (check.ok ? 'ok' : 'failed') : 'notRun';
          return (
            <li key={id} className={`vb-check vb-check-${state}`} aria-label={`${t(`verify.checks.${id}`)}: ${t(`verify.state.${state}`)}`}>
              <span className="vb-mark" aria-hidden="true">
                {state === 'ok' ? '✔' : state === 'failed' ? '✘' : '–'}
              </span>
              <span className="vb-check-label">{t(`verify.checks.${id}`)}</span>
              {check ? (
                // The verifier's own words, as the command prints them.
                <span className="vb-check-detail mono small" lang="en">
                  {check.detail}
                </span>
              ) : (
                <span className="vb-check-detail muted small">{t('verify.state.notRun')}</span>
              )}
            </li>
          );
        })}
      </ol>
      {summary && contents && (
        <dl className="vb-facts">
          <dt>{t('verify.report.counts')}</dt>
          <dd>
            {t('verify.report.countsText', { files: summary.files, entries: summary.entries, devices: summary.devices, items: summary.evidenceItems, included: summary.evidenceFiles })}
          </dd>
          <dt>{t('verify.report.signedBy')}</dt>
          <dd>{signer?.role ? t('verify.report.person', { name: signer.name, role: signer.role }) : signer?.name}</dd>
          <dt>{t('verify.report.fingerprint')}</dt>
          <dd>
            <span className="mono vb-fingerprint">{formatFingerprint(summary.fingerprint)}</span>
            <span className="mono small muted vb-fingerprint-full">{summary.fingerprint}</span>
            <span className="field-hint">{t('verify.report.fingerprintHint')}</span>
          </dd>
        </dl>
      )}
    </section>
  );
}
