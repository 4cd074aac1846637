// The trade-off next to items that pull against each other (power off vs keep
// memory), with links to the other items so both sides are read together.
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../shared/domain/localized';
import { useChecklistTexts } from './checklistTexts';

export interface ConflictingItem {
  id: string;
  number: number;
  text: LocalizedText;
}

export interface TradeOffCalloutProps {
  tradeOff: LocalizedText | null;
  conflicts: readonly ConflictingItem[];
  onGoTo(itemId: string): void;
}

export function TradeOffCallout({ tradeOff, conflicts, onGoTo }: TradeOffCalloutProps) {
  const { t } = useTranslation('checklists');
  const texts = useChecklistTexts();
  if (!tradeOff && conflicts.length === 0) return null;
  return (
    <div className="cl-tradeoff" role="note" aria-label={t('tradeOff.label')}>
      <strong className="cl-tradeoff-label">{t('tradeOff.label')}</strong>
      {tradeOff && <p className="cl-tradeoff-text">{texts.text(tradeOff)}</p>}
      {conflicts.length > 0 && (
        <ul className="cl-tradeoff-links">
          {conflicts.map((other) => (
            <li key={other.id}>
              <button type="button" className="btn-link" onClick={() => onGoTo(other.id)}>
                {t('tradeOff.goTo', { item: `${other.number}. ${texts.text(other.text)}` })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
