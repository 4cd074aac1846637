// Whether the item's custody chain still verifies, and what the last verification of
// the stored file found: the two answers legal asks for first.
import { useTranslation } from 'react-i18next';
import type { CustodyEvent } from '../../../../shared/domain/evidence';
import type { CustodyVerdict } from '../../../../shared/evidence/custodyChain';
import { TimeText } from '../../../components/TimeText';

export function ChainBadge({ verdict }: { verdict: CustodyVerdict }) {
  const { t } = useTranslation('evidence');
  if (verdict.ok) {
    return (
      <span className="badge badge-ok">
        <span aria-hidden="true">✓ </span>
        {t('custody.chain.intact')}
      </span>
    );
  }
  return (
    <span className="badge badge-bad" role="status">
      <span aria-hidden="true">⚠ </span>
      {t('custody.chain.broken', { seq: verdict.seq, problem: t(`custody.problem.${verdict.problem}`) })}
    </span>
  );
}

export function LastVerification({ events, zone }: { events: readonly CustodyEvent[]; zone: string }) {
  const { t } = useTranslation('evidence');
  const last = events.findLast((event) => event.action === 'verified');
  if (!last || last.action !== 'verified') return <span className="muted small">{t('custody.lastVerified.never')}</span>;
  const pass = last.details.result === 'pass';
  return (
    <span className={pass ? 'ev-last-verified ev-result-pass' : 'ev-last-verified ev-result-fail'}>
      <span aria-hidden="true">{pass ? '✓ ' : '✗ '}</span>
      {t(pass ? 'custody.lastVerified.pass' : 'custody.lastVerified.fail')} <TimeText iso={last.at} zone={zone} />
    </span>
  );
}
