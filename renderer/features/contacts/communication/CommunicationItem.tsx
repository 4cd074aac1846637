// One logged communication on the contact page: its latest version, with the reference
// number up front, and markers when it was corrected or retracted in the log.
import { useTranslation } from 'react-i18next';
import type { CommunicationDetails } from '../../../../shared/domain/communication';
import type { EntryThread } from '../../../../shared/domain/revisions';
import { CopyButton } from '../../../components/CopyButton';
import { TimeText } from '../../../components/TimeText';
import { ChannelIcon } from './ChannelIcon';
import { referenceStands } from './communicationData';

export interface CommunicationItemProps {
  thread: EntryThread;
  details: CommunicationDetails;
  zone: string;
}

export function CommunicationItem({ thread, details, zone }: CommunicationItemProps) {
  const { t } = useTranslation('communications');
  const { current, original, retraction } = thread;
  const corrected = thread.amendments.length > 0;
  const channel = t(`channel.${details.channel}`);
  const direction = t(`direction.${details.direction}`);
  const author = original.author.role ? `${original.author.name} · ${original.author.role}` : original.author.name;
  const classes = ['comm-item', retraction ? 'comm-retracted' : ''].filter(Boolean).join(' ');
  return (
    <li className={classes} aria-label={t('item.label', { channel, direction })}>
      <div className="comm-item-head">
        <span className="comm-channel">
          <ChannelIcon channel={details.channel} />
          {channel}
        </span>
        <span className="badge">{direction}</span>
        <TimeText className="comm-when" iso={current.occurredAt} zone={zone} precision={current.occurredPrecision} />
        {corrected && <span className="badge badge-warn">{t('item.corrected')}</span>}
        {retraction && <span className="badge badge-bad">{t('item.retracted')}</span>}
        <span className="spacer" />
        <span className="muted small">{author}</span>
      </div>
      {details.via && <div className="muted small">{t('item.via', { via: details.via })}</div>}
      {referenceStands(thread, details) && (
        <div className="comm-reference">
          <span className="comm-reference-label">{t('item.reference')}</span>
          <code className="mono comm-reference-value">{details.reference}</code>
          <CopyButton value={details.reference} label={t('copy.label', { value: details.reference })} />
        </div>
      )}
      {corrected ? (
        // The structured fields are those first logged; after a correction the log's text is what stands.
        <div className="comm-corrected">
          <p className="muted small">{t('item.correctedNote')}</p>
          <p className="comm-text">{current.text}</p>
        </div>
      ) : (
        <Fields details={details} />
      )}
      {retraction?.revision && <p className="retraction-reason small">{t('item.retractedBecause', { reason: retraction.revision.reason, author: retraction.author.name })}</p>}
    </li>
  );
}

function Fields({ details }: { details: CommunicationDetails }) {
  const { t } = useTranslation('communications');
  if (!details.outcome && !details.followUp) return null;
  return (
    <dl className="comm-fields">
      {details.outcome && (
        <>
          <dt>{t('item.outcome')}</dt>
          <dd>{details.outcome}</dd>
        </>
      )}
      {details.followUp && (
        <>
          <dt>{t('item.followUp')}</dt>
          <dd>{details.followUp}</dd>
        </>
      )}
    </dl>
  );
}
