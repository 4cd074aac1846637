// The locker list: one row per item in item-number order, under column headings that
// follow the custody form (reference.md §5.3).
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../shared/domain/evidence';
import type { CustodySummary } from './custodySummary';
import { LockerRow } from './LockerRow';

export interface LockerTableProps {
  items: readonly EvidenceItem[];
  summaries: ReadonlyMap<string, CustodySummary>;
  missing: ReadonlySet<string>;
  zone: string;
  onOpen(id: string): void;
}

const COLUMNS = ['number', 'description', 'type', 'file', 'size', 'detected', 'sha256', 'collected', 'custody'] as const;

export function LockerTable({ items, summaries, missing, zone, onOpen }: LockerTableProps) {
  const { t } = useTranslation('evidence');
  return (
    <div className="ev-table-wrap">
      <table className="ev-table">
        <caption className="ev-visually-hidden">{t('locker.caption', { count: items.length })}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`locker.column.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <LockerRow key={item.id} item={item} summary={summaries.get(item.id)} blobMissing={missing.has(item.id)} zone={zone} onOpen={onOpen} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
