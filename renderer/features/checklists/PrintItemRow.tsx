// One step on the paper form: a box to tick (pre-marked ✓ done, ✕ not applicable,
// ! blocked), its number and text with sources and trade-off, what was recorded
// (to the minute, so it fits its column), and an empty cell for handwriting.
import { useTranslation } from 'react-i18next';
import type { ItemState, ItemStatus } from '../../../shared/domain/checklistRun';
import type { TemplateItem } from '../../../shared/domain/checklistTemplate';
import { TimeText } from '../../components/TimeText';
import { shownState } from './ItemStatusLine';
import { useChecklistTexts } from './checklistTexts';

const MARK: Record<ItemState, string> = { open: '', done: '✓', 'not-applicable': '✕', blocked: '!' };

export interface PrintItemRowProps {
  item: TemplateItem;
  number: number;
  numbers: ReadonlyMap<string, number>;
  status: ItemStatus;
  zone: string;
}

export function PrintItemRow({ item, number, numbers, status, zone }: PrintItemRowProps) {
  const { t } = useTranslation('checklists');
  const texts = useChecklistTexts();
  const state = shownState(status);
  const see = item.conflictsWith.map((id) => numbers.get(id)).filter((n): n is number => n !== undefined);
  const extra = [item.sources.join(', '), item.evidenceStatus === 'sourced' ? '' : t(`item.${item.evidenceStatus}`)].filter(Boolean).join(' · ');
  return (
    <tr className={`print-item print-item-${status.state}`}>
      <td className="print-cell-box">
        <span className="print-box">{MARK[status.state]}</span>
      </td>
      <td className="print-number">{number}</td>
      <td>
        <span className="print-text">{texts.text(item.text)}</span>
        {extra && <span className="print-sources">{extra}</span>}
        {item.tradeOff && (
          <span className="print-tradeoff">
            <strong>{t('print.tradeOff')}</strong> {texts.text(item.tradeOff)}
            {see.length > 0 && ` (${t('print.see', { numbers: see.join(', #') })})`}
          </span>
        )}
      </td>
      <td>
        {state !== 'open' && <strong>{t(`state.${state}`)}</strong>}
        {status.changedBy && (
          <>
            <span className="print-who">{status.changedBy.author.name}</span>
            <TimeText className="print-when" iso={status.changedBy.occurredAt} zone={zone} precision="minute" />
          </>
        )}
      </td>
      <td>
        {status.reason && <span className="print-reason">{status.reason}</span>}
        {status.note && (
          <span className="print-note">
            {t('item.note')} {status.note}
          </span>
        )}
      </td>
      <td className="print-write" />
    </tr>
  );
}
