// "Verify now": re-hashes the stored file off the UI thread with progress and cancel,
// records the result as a custody event, and shows PASS or FAIL so it cannot be missed.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../../shared/domain/evidence';
import type { HashProgress } from '../../../evidence/hashFile';
import { notebook, type VerifyOutcome } from '../../../data';
import { ErrorText } from '../../../components/ErrorText';
import { useCustodyTexts } from './custodyTexts';
import { HashProgressBar } from '../HashProgressBar';

export function VerifyPanel({ item, disabled }: { item: EvidenceItem; disabled: boolean }) {
  const { t } = useTranslation('evidence');
  const texts = useCustodyTexts();
  const [progress, setProgress] = useState<HashProgress | null>(null);
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<VerifyOutcome | null>(null);
  const [error, setError] = useState<unknown>(null);
  const controller = useRef<AbortController | null>(null);
  // Leaving the page stops the hashing; nothing is recorded for an interrupted run.
  useEffect(() => () => controller.current?.abort(), []);

  const verify = async () => {
    const abort = new AbortController();
    controller.current = abort;
    setRunning(true);
    setOutcome(null);
    setError(null);
    setProgress({ bytes: 0, total: item.size, bytesPerSecond: 0, secondsLeft: null });
    try {
      const result = await notebook.verifyEvidence(item.id, (o) => texts.verified(o.item.itemNumber, o.result, o.computedSha256), {
        onProgress: setProgress,
        signal: abort.signal,
      });
      setOutcome(result);
    } catch (cause) {
      setError(cause);
    } finally {
      controller.current = null;
      setRunning(false);
      setProgress(null);
    }
  };

  return (
    <div className="ev-verify">
      <div className="row">
        <button type="button" className="btn" onClick={() => void verify()} disabled={disabled || running}>
          {t('custody.verify.button')}
        </button>
        {running && (
          <button type="button" className="btn btn-small" onClick={() => controller.current?.abort()}>
            {t('custody.verify.cancel')}
          </button>
        )}
      </div>
      {running && progress && (
        <HashProgressBar
          label={t('custody.verify.progressLabel', { number: item.itemNumber })}
          bytes={progress.bytes}
          total={progress.total}
          bytesPerSecond={progress.bytesPerSecond}
          secondsLeft={progress.secondsLeft}
        />
      )}
      {outcome && (
        <div className={outcome.result === 'pass' ? 'ev-verify-result ev-result-pass' : 'ev-verify-result ev-result-fail'} role="status">
          <strong>
            <span aria-hidden="true">{outcome.result === 'pass' ? '✓ ' : '✗ '}</span>
            {t(outcome.result === 'pass' ? 'custody.verify.pass' : 'custody.verify.fail')}
          </strong>
          {outcome.result === 'fail' && (
            <dl className="ev-event-details">
              <div className="ev-field">
                <dt>{t('custody.verify.expected')}</dt>
                <dd>
                  <code className="mono ev-hash">{item.sha256}</code>
                </dd>
              </div>
              <div className="ev-field">
                <dt>{t('custody.verify.computed')}</dt>
                <dd>
                  <code className="mono ev-hash">{outcome.computedSha256}</code>
                </dd>
              </div>
            </dl>
          )}
        </div>
      )}
      <ErrorText error={error} />
    </div>
  );
}
