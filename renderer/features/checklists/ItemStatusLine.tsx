// Under an item's text: who changed it last and when, the reason for skipping,
// blocking or reopening it, and its note.
import { useTranslation } from 'react-i18next';
import type { ItemState, ItemStatus } from '../../../shared/domain/checklistRun';
import type { TemplateItem } from '../../../shared/domain/checklistTemplate';
import { TimeText } from '../../components/TimeText';

/** The state to show: an open item that was changed before has been reopened. */
export const shownState = (status: ItemStatus): ItemState | 'reopened' =>
  status.state === 'open' && status.changedBy ? 'reopened' : status.state;

const BADGE: Record<ItemState | 'reopened', string> = {
  open: 'badge',
  reopened: 'badge badge-warn',
  done: 'badge badge-ok',
  'not-applicable': 'badge cl-badge-na',
  blocked: 'badge badge-bad',
};

export function StateBadge({ status }: { status: ItemStatus }) {
  const { t } = useTranslation('checklists');
  const state = shownState(status);
  return <span className={`${BADGE[state]} cl-state`}>{t(`state.${state}`)}</span>;
}

export function EvidenceBadges({ item }: { item: TemplateItem }) {
  const { t } = useTranslation('checklists');
  return (
    <>
      {item.evidenceStatus !== 'sourced' && (
        <span className={`badge cl-evidence cl-evidence-${item.evidenceStatus}`} title={t(`item.${item.evidenceStatus}Hint`)}>
          {t(`item.${item.evidenceStatus}`)}
        </span>
      )}
      {item.sources.length > 0 && <span className="cl-sources">{t('item.sources', { ids: item.sources.join(', ') })}</span>}
    </>
  );
}

export function ItemStatusLine({ status, zone }: { status: ItemStatus; zone: string }) {
  const { t } = useTranslation('checklists');
  const entry = status.changedBy;
  if (!entry && !status.note) return null;
  return (
    <div className="cl-item-status small">
      {entry && (
        <span className="cl-changed-by">
          {t('item.changedBy', { state: t(`state.${shownState(status)}`), name: entry.author.name })} · <TimeText iso={entry.occurredAt} zone={zone} />
        </span>
      )}
      {status.reason && (
        <span className="cl-reason">
          <span className="muted">{t('item.reason')}</span> {status.reason}
        </span>
      )}
      {status.note && (
        <span className="cl-note">
          <span className="muted">{t('item.note')}</span> {status.note}
        </span>
      )}
    </div>
  );
}
