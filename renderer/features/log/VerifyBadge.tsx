// The log's integrity at a glance: verified, altered (naming the first bad entry) or checking.
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../components/ErrorText';
import type { VerificationState } from './useVerification';

export interface VerifyBadgeProps {
  state: VerificationState;
  /** Entries in the log now, to say how many arrived since the last check. */
  entryCount: number;
  onVerify(): void;
  onShowEntry(entryId: string): void;
}

export function VerifyBadge({ state, entryCount, onVerify, onShowEntry }: VerifyBadgeProps) {
  const { t } = useTranslation('log');
  const message = useErrorMessage();
  let badge;
  if (state.status === 'running' || state.status === 'idle') {
    badge = <span className="badge">{t('verify.running')}</span>;
  } else if (state.status === 'error') {
    badge = <span className="badge badge-bad">{message(state.error)}</span>;
  } else if (state.result.ok) {
    badge = (
      <span className="badge badge-ok" title={t('verify.okTitle', { full: state.result.fullCheckAt, last: state.result.checkedAt })}>
        {t('verify.ok', { count: state.result.entries, devices: state.result.devices })}
        {entryCount > state.result.entries && ` · ${t('verify.newSince', { count: entryCount - state.result.entries })}`}
      </span>
    );
  } else {
    const failure = state.result.failure!;
    const entry = state.result.failedEntry;
    badge = (
      <span className="badge badge-bad" role="alert">
        {t('verify.failed', {
          problem: t(`verify.problem.${failure.problem}`),
          seq: failure.seq,
          author: entry?.author.name ?? t('verify.unknownAuthor'),
        })}
        {entry && (
          <>
            {' '}
            <button type="button" className="btn-link" onClick={() => onShowEntry(entry.revision?.targetId ?? entry.id)}>
              {t('verify.showEntry')}
            </button>
          </>
        )}
      </span>
    );
  }
  return (
    <div className="verify" aria-live="polite">
      {badge}
      <button type="button" className="btn btn-small" onClick={onVerify} disabled={state.status === 'running'}>
        {t('verify.button')}
      </button>
    </div>
  );
}
