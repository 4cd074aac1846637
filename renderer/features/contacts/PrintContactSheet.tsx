// Print mode for the paper go-bag: the contact sheet in the shared print overlay, the whole
// directory by default or only what the list shows under its filters.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notebook, type DirectoryContact } from '../../data';
import { PrintOverlay } from '../../components/PrintOverlay';
import { ContactSheet } from './ContactSheet';
import { isEmptySlot } from './contactNames';
import './contacts-print.css';

export interface PrintContactSheetProps {
  /** The whole directory. */
  contacts: readonly DirectoryContact[];
  /** The contacts the list shows under its filters, or null when it shows them all. */
  shown: readonly DirectoryContact[] | null;
  onClose(): void;
}

export function PrintContactSheet({ contacts, shown, onClose }: PrintContactSheetProps) {
  const { t } = useTranslation('contacts');
  const [printedAt] = useState(() => notebook.now().toISOString());
  // The whole directory by default: the go-bag copy must not depend on a search left in the box.
  const [onlyShown, setOnlyShown] = useState(false);

  const source = onlyShown && shown ? shown : contacts;
  // Empty vendor slots have nothing to dial; the sheet counts them instead, as a reminder to fill them in.
  const printed = source.filter((contact) => !isEmptySlot(contact));
  const emptySlots = source.length - printed.length;
  const options = shown && (
    <label className="inline">
      <input type="checkbox" checked={onlyShown} onChange={(e) => setOnlyShown(e.target.checked)} />
      {t('print.onlyShown', { count: shown.length })}
    </label>
  );

  return (
    <PrintOverlay label={t('print.region')} toolbarLabel={t('print.toolbar')} closeLabel={t('print.close')} options={options} onClose={onClose}>
      <ContactSheet contacts={printed} emptySlots={emptySlots} printedAt={printedAt} zone={notebook.deviceZone()} />
    </PrintOverlay>
  );
}
