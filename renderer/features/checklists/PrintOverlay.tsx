// Print mode: the run's paper form over the whole window, with a toolbar for the
// screen only. It is mounted straight under <body>, beside the app's #root, so
// print.css can hide everything but the form; the print dialog opens once shown.
import { useEffect, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import { notebook, type RunWithStatus } from '../../data';
import { PrintRun } from './PrintRun';
import type { SystemNames } from './checklistTexts';
import './print.css';

export interface PrintOverlayProps {
  incident: Incident;
  runWithStatus: RunWithStatus;
  names: SystemNames;
  onClose(): void;
}

const openPrintDialog = () => {
  if (typeof window.print === 'function') window.print();
};

export function PrintOverlay({ incident, runWithStatus, names, onClose }: PrintOverlayProps) {
  const { t } = useTranslation('checklists');
  const [printedAt] = useState(() => notebook.now().toISOString());
  const [blank, setBlank] = useState(false);

  useEffect(() => {
    // After the form has been laid out, not during the click that asked for it.
    const timer = window.setTimeout(openPrintDialog, 50);
    return () => window.clearTimeout(timer);
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
  };

  return createPortal(
    <div className="print-root" role="region" aria-label={t('print.region')} onKeyDown={onKeyDown}>
      <div className="print-toolbar" role="toolbar" aria-label={t('print.toolbar')}>
        <button type="button" className="btn btn-primary" onClick={openPrintDialog} autoFocus>
          {t('print.print')}
        </button>
        <label className="inline">
          <input type="checkbox" checked={blank} onChange={(e) => setBlank(e.target.checked)} />
          {t('print.blank')}
        </label>
        <span className="spacer" />
        <button type="button" className="btn" onClick={onClose}>
          {t('print.close')}
        </button>
      </div>
      <PrintRun incident={incident} runWithStatus={runWithStatus} names={names} printedAt={printedAt} blank={blank} />
    </div>,
    document.body,
  );
}
