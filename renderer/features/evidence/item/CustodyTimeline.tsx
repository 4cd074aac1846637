// The item's custody log (reference.md §5.3 "custody log rows"): every event in chain
// order with who, when and its details, and the event where the chain breaks, marked.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustodyEvent } from '../../../../shared/domain/evidence';
import type { CustodyVerdict } from '../../../../shared/evidence/custodyChain';
import { TimeText } from '../../../components/TimeText';
import { CustodyEventDetails } from './CustodyEventDetails';
import { useCustodyTexts } from './custodyTexts';

export function CustodyTimeline({ events, verdict, zone }: { events: readonly CustodyEvent[]; verdict: CustodyVerdict; zone: string }) {
  const { t } = useTranslation('evidence');
  const { person } = useCustodyTexts();
  const titleId = useId();
  const brokenId = verdict.ok ? null : verdict.eventId;
  return (
    <section className="ev-panel" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('custody.timeline.title', { count: events.length })}</h3>
      {events.length === 0 ? (
        <p className="muted">{t('custody.timeline.empty')}</p>
      ) : (
        <ol className="ev-custody">
          {events.map((event) => {
            const broken = event.id === brokenId && !verdict.ok;
            return (
              <li key={event.id} className={broken ? 'ev-event ev-event-broken' : 'ev-event'} aria-current={broken ? 'true' : undefined}>
                <div className="row ev-event-head">
                  <span className="ev-event-seq">#{event.seq}</span>
                  <strong className={`ev-action ev-action-${event.action}`}>{t(`custody.action.${event.action}`)}</strong>
                  <TimeText iso={event.at} zone={zone} secondaryZone={event.zone} />
                  <span>{t('custody.timeline.by', { person: person(event.by) })}</span>
                  <span className="spacer" />
                  <code className="mono muted small" title={event.hash}>
                    {t('custody.timeline.hash', { hash: event.hash.slice(0, 12) })}
                  </code>
                </div>
                {broken && (
                  <p className="ev-broken-label" role="note">
                    <span aria-hidden="true">⚠ </span>
                    {t('custody.timeline.brokenHere', { problem: t(`custody.problem.${verdict.problem}`) })}
                  </p>
                )}
                <CustodyEventDetails event={event} />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
