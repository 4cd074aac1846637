// Print mode: a paper form over the whole window, with a toolbar for the screen only. Mounted
// straight under <body>, beside the app's #root, so printOverlay.css can hide everything but
// the form when printing; the print dialog opens once the form is shown.
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import './printOverlay.css';

export interface PrintOverlayProps {
  /** The region's name ("Print view"). */
  label: string;
  /** The toolbar's name, saying what is printed. */
  toolbarLabel: string;
  /** The button back to where printing started ("Back to checklist"). */
  closeLabel: string;
  /** Choices about what is printed, shown in the toolbar between Print and Close. */
  options?: ReactNode;
  onClose(): void;
  /** The page itself. */
  children: ReactNode;
}

const openPrintDialog = () => {
  if (typeof window.print === 'function') window.print();
};

export function PrintOverlay({ label, toolbarLabel, closeLabel, options, onClose, children }: PrintOverlayProps) {
  const { t } = useTranslation('common');
  const opener = useRef<Element | null>(document.activeElement);

  useEffect(() => {
    // After the page has been laid out, not during the click that asked for it.
    const timer = window.setTimeout(openPrintDialog, 50);
    const back = opener.current;
    return () => {
      window.clearTimeout(timer);
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
  };

  return createPortal(
    <div className="print-overlay" role="region" aria-label={label} onKeyDown={onKeyDown}>
      <div className="print-overlay-toolbar" role="toolbar" aria-label={toolbarLabel}>
        <button type="button" className="btn btn-primary" onClick={openPrintDialog} autoFocus>
          {t('actions.print')}
        </button>
        {options}
        <span className="spacer" />
        <button type="button" className="btn" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
      {children}
    </div>,
    document.body,
  );
}
