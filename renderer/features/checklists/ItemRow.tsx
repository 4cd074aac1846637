// One step of a run: the done box, its number and text, state, who and when,
// reason and note, the trade-off if it has one, and the actions its state allows.
// Space on the focused row marks it done, so a responder can work down the list.
import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { allowedActions, type ItemAction, type ItemStatus } from '../../../shared/domain/checklistRun';
import type { TemplateItem } from '../../../shared/domain/checklistTemplate';
import { ErrorText } from '../../components/ErrorText';
import { EvidenceBadges, ItemStatusLine, StateBadge } from './ItemStatusLine';
import { TradeOffCallout, type ConflictingItem } from './TradeOffCallout';
import { useChecklistTexts } from './checklistTexts';

export interface ItemRowProps {
  elementId: string;
  item: TemplateItem;
  number: number;
  status: ItemStatus;
  zone: string;
  conflicts: readonly ConflictingItem[];
  error: unknown;
  onAction(item: TemplateItem, action: ItemAction): void;
  onGoTo(itemId: string): void;
}

const SIDE_ACTIONS = ['not-applicable', 'blocked', 'reopen', 'note'] as const;

export function ItemRow({ elementId, item, number, status, zone, conflicts, error, onAction, onGoTo }: ItemRowProps) {
  const { t } = useTranslation('checklists');
  const texts = useChecklistTexts();
  const textId = useId();
  const allowed = allowedActions(status.state);
  const done = status.state === 'done';
  const canToggle = allowed.includes('done') || done;

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.key !== ' ' || event.target !== event.currentTarget) return;
    event.preventDefault();
    if (allowed.includes('done')) onAction(item, 'done');
  };

  return (
    <li id={elementId} className={`cl-item cl-item-${status.state}`} tabIndex={0} aria-labelledby={textId} onKeyDown={onKeyDown}>
      <button
        type="button"
        className="cl-done-toggle"
        aria-label={t('actions.done')}
        aria-pressed={done}
        title={done ? t('actions.undoneHint') : t('actions.doneHint')}
        disabled={!canToggle}
        onClick={() => onAction(item, done ? 'reopen' : 'done')}
      >
        <span className="cl-box" aria-hidden="true">
          {done ? '✓' : status.state === 'not-applicable' ? '–' : ''}
        </span>
      </button>
      <span className="cl-item-number" aria-hidden="true">
        {number}.
      </span>
      <div className="cl-item-main">
        <div className="cl-item-head">
          <span id={textId} className="cl-item-text">
            {texts.text(item.text)}
          </span>
          <StateBadge status={status} />
          <EvidenceBadges item={item} />
        </div>
        <ItemStatusLine status={status} zone={zone} />
        <TradeOffCallout tradeOff={item.tradeOff} conflicts={conflicts} onGoTo={onGoTo} />
        <ErrorText error={error} />
      </div>
      <div className="cl-item-actions">
        {SIDE_ACTIONS.filter((action) => allowed.includes(action)).map((action) => (
          <button key={action} type="button" className="btn btn-small" onClick={() => onAction(item, action)}>
            {t(`actions.${action}`)}
          </button>
        ))}
      </div>
    </li>
  );
}
