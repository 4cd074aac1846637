// The browser's way to a PDF: the report shown over the whole window, with a toolbar for
// the screen only, and the print dialog opened once it is laid out ("Save as PDF"). The
// report's markup and stylesheet go into a shadow root, so its styles and the app's never
// mix; the app's CSP allows neither an inline <style> nor a frame, and a constructed
// stylesheet needs neither. The markup is the escaped report: no script, no handlers.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import './export-print.css';

const openPrintDialog = () => {
  if (typeof window.print === 'function') window.print();
};

/** Puts the report's <main> and its stylesheet into `host`'s shadow root. */
function mountReport(host: HTMLElement, html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const css = parsed.querySelector('style')?.textContent ?? '';
  if (typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype && 'adoptedStyleSheets' in root) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  }
  const report = parsed.querySelector('main');
  root.replaceChildren(...(report ? [document.importNode(report, true)] : []));
}

export function ReportPrintOverlay({ html, onClose }: { html: string; onClose(): void }) {
  const { t } = useTranslation('export');
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (host.current) mountReport(host.current, html);
    // After the report has been laid out, not during the click that asked for it.
    const timer = window.setTimeout(openPrintDialog, 50);
    return () => window.clearTimeout(timer);
  }, [html]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
  };

  return createPortal(
    <div className="report-print-root" role="region" aria-label={t('print.region')} onKeyDown={onKeyDown}>
      <div className="report-print-toolbar" role="toolbar" aria-label={t('print.toolbar')}>
        <button type="button" className="btn btn-primary" onClick={openPrintDialog} autoFocus>
          {t('print.print')}
        </button>
        <span className="report-print-hint">{t('print.hint')}</span>
        <span className="spacer" />
        <button type="button" className="btn" onClick={onClose}>
          {t('print.close')}
        </button>
      </div>
      <div ref={host} className="report-print-page" />
    </div>,
    document.body,
  );
}
