// Verify all, above the locker list: item k of n with the bytes hashed so far and a
// Cancel while it runs; then a summary that names every item that failed, prominently.
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../components/ErrorText';
import { HashProgressBar } from './HashProgressBar';
import { isFailure, type VerifyAllState, type VerifyResult } from './useVerifyAll';

export interface VerifyAllPanelProps {
  state: VerifyAllState;
  skipped: number;
  onCancel(): void;
  onDismiss(): void;
}

export function VerifyAllPanel({ state, skipped, onCancel, onDismiss }: VerifyAllPanelProps) {
  const { t } = useTranslation('evidence');
  if (state.phase === 'idle') return null;
  if (state.phase === 'running') {
    return (
      <section className="ev-verify" aria-label={t('verifyAll.title')}>
        <div className="row">
          <p className="ev-verify-current" role="status">
            {state.current
              ? t('verifyAll.progress', { index: state.index + 1, count: state.count, number: state.current.itemNumber, description: state.current.description })
              : t('verifyAll.starting')}
          </p>
          <span className="spacer" />
          <button type="button" className="btn btn-small" onClick={onCancel}>
            {t('verifyAll.cancel')}
          </button>
        </div>
        <HashProgressBar label={t('verifyAll.title')} bytes={state.bytes} total={state.totalBytes} bytesPerSecond={state.bytesPerSecond} secondsLeft={state.secondsLeft} />
      </section>
    );
  }
  const failures = state.results.filter(isFailure);
  const verified = state.results.length;
  return (
    <section className={failures.length > 0 ? 'ev-verify ev-verify-failed' : 'ev-verify ev-verify-passed'} aria-label={t('verifyAll.title')}>
      {failures.length > 0 ? (
        <div role="alert">
          <h3>{t('verifyAll.failedTitle', { count: failures.length, total: verified })}</h3>
          <ul className="ev-verify-failures">
            {failures.map((result) => (
              <FailureLine key={result.item.id} result={result} />
            ))}
          </ul>
          <p className="small">{t('verifyAll.failedHint')}</p>
        </div>
      ) : (
        <p role="status">{verified > 0 ? t('verifyAll.allPassed', { count: verified }) : t('verifyAll.noneVerified')}</p>
      )}
      {state.phase === 'cancelled' && <p className="small">{t('verifyAll.cancelled', { done: verified, count: state.count })}</p>}
      {skipped > 0 && <p className="small muted">{t('verifyAll.skippedDisposed', { count: skipped })}</p>}
      <div className="row">
        <button type="button" className="btn btn-small" onClick={onDismiss}>
          {t('verifyAll.dismiss')}
        </button>
      </div>
    </section>
  );
}

function FailureLine({ result }: { result: VerifyResult }) {
  const { t } = useTranslation('evidence');
  const message = useErrorMessage();
  const reason =
    result.outcome === 'fail' ? t('verifyAll.reason.fail') : result.outcome === 'missing' ? t('verifyAll.reason.missing') : message(result.error);
  return (
    <li>
      <strong>
        #{result.item.itemNumber} {result.item.description}
      </strong>
      {t('verifyAll.reasonSeparator')}
      {reason}
    </li>
  );
}
