// The custody actions on an item: transfer, access, export, dispose and verify. Each
// appends one event to the item's chain (and a log entry); after disposal none can.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustodyEvent, EvidenceItem } from '../../../../shared/domain/evidence';
import { TimeText } from '../../../components/TimeText';
import { AccessExportDialog } from './AccessExportDialog';
import { DisposeDialog } from './DisposeDialog';
import { TransferDialog } from './TransferDialog';
import { VerifyPanel } from './VerifyPanel';

type Open = 'transfer' | 'accessed' | 'exported' | 'dispose' | null;

export function CustodyActions({ item, events, zone }: { item: EvidenceItem; events: readonly CustodyEvent[]; zone: string }) {
  const { t } = useTranslation('evidence');
  const [open, setOpen] = useState<Open>(null);
  const disposal = events.find((event) => event.action === 'disposed');
  const closed = disposal !== undefined;
  const close = () => setOpen(null);
  const button = (key: Exclude<Open, null>, label: string, danger = false) => (
    <button type="button" className={danger ? 'btn btn-danger' : 'btn'} onClick={() => setOpen(key)} disabled={closed}>
      {label}
    </button>
  );

  return (
    <section className="ev-panel ev-actions" aria-label={t('custody.actions.title')}>
      {disposal && (
        <p className="ev-closed" role="note">
          {t('custody.actions.closed')} <TimeText iso={disposal.at} zone={zone} />
        </p>
      )}
      <div className="row">
        {button('transfer', t('custody.actions.transfer'))}
        {button('accessed', t('custody.actions.access'))}
        {button('exported', t('custody.actions.export'))}
        <span className="spacer" />
        {button('dispose', t('custody.actions.dispose'), true)}
      </div>
      <VerifyPanel item={item} disabled={closed} />
      {open === 'transfer' && <TransferDialog item={item} zone={zone} onClose={close} />}
      {(open === 'accessed' || open === 'exported') && <AccessExportDialog action={open} item={item} zone={zone} onClose={close} />}
      {open === 'dispose' && <DisposeDialog item={item} zone={zone} onClose={close} />}
    </section>
  );
}
