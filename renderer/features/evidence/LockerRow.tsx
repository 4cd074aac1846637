// One item in the locker list: the custody form's header in a line, and where its
// custody stands (last action, latest verification). A click or Enter opens the item.
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../shared/domain/evidence';
import { CopyButton } from '../../components/CopyButton';
import { TimeText } from '../../components/TimeText';
import type { CustodySummary } from './custodySummary';
import { FileNameText } from './FileNameText';
import { formatBytes, formatExactBytes, shortHash } from './format';

export interface LockerRowProps {
  item: EvidenceItem;
  summary: CustodySummary | undefined;
  /** Verify all found no stored file for this item (that is not recorded as a custody event). */
  blobMissing: boolean;
  zone: string;
  onOpen(id: string): void;
}

export function LockerRow({ item, summary, blobMissing, zone, onOpen }: LockerRowProps) {
  const { t, i18n } = useTranslation('evidence');
  // The row opens the item, except where the click was meant for a control inside it.
  const open = (event: MouseEvent) => {
    if (!(event.target as HTMLElement).closest('button, a, input, select, textarea')) onOpen(item.id);
  };
  const failed = blobMissing || summary?.verification?.result === 'fail';
  return (
    <tr className={failed ? 'ev-row ev-row-failed' : 'ev-row'} onClick={open}>
      <td className="ev-number">#{item.itemNumber}</td>
      <td className="ev-description">
        <button type="button" className="btn-link" onClick={() => onOpen(item.id)}>
          {item.description}
        </button>
      </td>
      <td>{t(`types.${item.type}`)}</td>
      <td className="ev-file">
        <FileNameText name={item.originalName} />
      </td>
      <td className="ev-size" title={t('locker.exactBytes', { bytes: formatExactBytes(item.size, i18n.language) })}>
        {formatBytes(item.size, i18n.language)}
      </td>
      <td className="ev-detected">{item.detectedType.label}</td>
      <td className="ev-hash">
        <code title={item.sha256}>{shortHash(item.sha256)}</code> <CopyButton value={item.sha256} label={t('locker.copyHash', { number: item.itemNumber })} />
      </td>
      <td className="ev-collected">
        <TimeText iso={item.collectedAt} zone={zone} />
        <span className="muted small">{item.collectedBy.role ? `${item.collectedBy.name} (${item.collectedBy.role})` : item.collectedBy.name}</span>
      </td>
      <td className="ev-custody">
        {summary && (
          <span className="small">
            {t(`locker.action.${summary.last.action}`)} · <TimeText iso={summary.last.at} zone={zone} />
          </span>
        )}
        <Verification summary={summary} blobMissing={blobMissing} />
      </td>
    </tr>
  );
}

function Verification({ summary, blobMissing }: { summary: CustodySummary | undefined; blobMissing: boolean }) {
  const { t } = useTranslation('evidence');
  if (blobMissing) return <span className="badge badge-bad">{t('locker.verification.missing')}</span>;
  const verification = summary?.verification;
  if (!verification) return <span className="muted small">{t('locker.verification.never')}</span>;
  return verification.result === 'pass' ? (
    <span className="badge badge-ok">{t('locker.verification.pass')}</span>
  ) : (
    <span className="badge badge-bad">{t('locker.verification.fail')}</span>
  );
}
