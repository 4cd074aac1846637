// Print mode for the paper go-bag: the contact sheet over the whole window with a toolbar for the
// screen only. Mounted straight under <body>, beside the app's #root, so contacts-print.css can
// hide everything but the sheet; the print dialog opens once the sheet is shown.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { notebook, type DirectoryContact } from '../../data';
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

const openPrintDialog = () => {
  if (typeof window.print === 'function') window.print();
};

export function PrintContactSheet({ contacts, shown, onClose }: PrintContactSheetProps) {
  const { t } = useTranslation('contacts');
  const [printedAt] = useState(() => notebook.now().toISOString());
  // The whole directory by default: the go-bag copy must not depend on a search left in the box.
  const [onlyShown, setOnlyShown] = useState(false);
  const opener = useRef<Element | null>(document.activeElement);

  useEffect(() => {
    // After the sheet has been laid out, not during the click that asked for it.
    const timer = window.setTimeout(openPrintDialog, 50);
    const back = opener.current;
    return () => {
      window.clearTimeout(timer);
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    };
  }, []);

  const source = onlyShown && shown ? shown : contacts;
  // Empty vendor slots have nothing to dial; the sheet counts them instead, as a reminder to fill them in.
  const printed = source.filter((contact) => !isEmptySlot(contact));
  const emptySlots = source.length - printed.length;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
  };

  return createPortal(
    <div className="contacts-print-root" role="region" aria-label={t('print.region')} onKeyDown={onKeyDown}>
      <div className="contacts-print-toolbar" role="toolbar" aria-label={t('print.toolbar')}>
        <button type="button" className="btn btn-primary" onClick={openPrintDialog} autoFocus>
          {t('print.print')}
        </button>
        {shown && (
          <label className="inline">
            <input type="checkbox" checked={onlyShown} onChange={(e) => setOnlyShown(e.target.checked)} />
            {t('print.onlyShown', { count: shown.length })}
          </label>
        )}
        <span className="spacer" />
        <button type="button" className="btn" onClick={onClose}>
          {t('print.close')}
        </button>
      </div>
      <ContactSheet contacts={printed} emptySlots={emptySlots} printedAt={printedAt} zone={notebook.deviceZone()} />
    </div>,
    document.body,
  );
}
