// One evidence item: the custody form's header, a safe preview, the custody
// timeline and the custody actions, and the log entries that cite it.
// Opened from the evidence locker; `onBack` returns there.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../../shared/domain/incident';
import { useCustody, useEvidenceItem } from '../../../data';
import { CitingEntries } from './CitingEntries';
import { CustodyActions } from './CustodyActions';
import { ChainBadge, LastVerification } from './CustodyStatus';
import { CustodyTimeline } from './CustodyTimeline';
import { EvidencePreview } from './EvidencePreview';
import { ItemDetails } from './ItemDetails';
import { firstLine } from '../../../lib/text';
import './item.css';

export interface EvidenceItemPageProps {
  incident: Incident;
  itemId: string;
  onBack(): void;
}

export function EvidenceItemPage({ incident, itemId, onBack }: EvidenceItemPageProps) {
  const { t } = useTranslation('evidence');
  const titleId = useId();
  const item = useEvidenceItem(itemId);
  const custody = useCustody(itemId);
  const zone = incident.timeZone;

  const back = (
    <button type="button" className="btn-link ev-back" onClick={onBack}>
      {t('item.back')}
    </button>
  );
  if (item === undefined || custody === undefined) return <p className="empty">{t('item.loading')}</p>;
  if (item === null || item.incidentId !== incident.id) {
    return (
      <div className="ev-item-page">
        {back}
        <p className="empty">{t('item.notFound')}</p>
      </div>
    );
  }
  const { events, verdict } = custody;
  const collected = events[0]?.action === 'collected' ? events[0].details : null;
  return (
    <article className="ev-item-page" aria-labelledby={titleId}>
      {back}
      <header className="ev-item-header">
        <h2 id={titleId}>
          #{item.itemNumber} {firstLine(item.description, 200)}
        </h2>
        <div className="row">
          <span className="badge">{t(`types.${item.type}`)}</span>
          <ChainBadge verdict={verdict} />
          <span className="small">
            {t('item.lastVerification')} <LastVerification events={events} zone={zone} />
          </span>
        </div>
      </header>
      <div className="ev-item-grid">
        <div className="ev-item-column">
          <ItemDetails item={item} zone={zone} collection={collected} />
          <EvidencePreview key={item.id} item={item} />
        </div>
        <div className="ev-item-column">
          <CustodyActions item={item} events={events} zone={zone} />
          <CustodyTimeline events={events} verdict={verdict} zone={zone} />
          <CitingEntries itemId={item.id} zone={zone} />
        </div>
      </div>
    </article>
  );
}
