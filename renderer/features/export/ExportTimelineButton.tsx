// "Export…" in the incident header: opens the timeline export dialog; in a browser, a PDF
// export ends in the report's print preview.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import { ExportTimelineDialog } from './ExportTimelineDialog';
import { ReportPrintOverlay } from './ReportPrintOverlay';

export function ExportTimelineButton({ incident, className = 'btn' }: { incident: Incident; className?: string }) {
  const { t } = useTranslation('export');
  const [open, setOpen] = useState(false);
  const [printing, setPrinting] = useState<string | null>(null);
  return (
    <>
      <button type="button" className={className} title={t('button.title')} onClick={() => setOpen(true)}>
        {t('button.label')}
      </button>
      {open && <ExportTimelineDialog incident={incident} onClose={() => setOpen(false)} onPrint={setPrinting} />}
      {printing !== null && <ReportPrintOverlay html={printing} onClose={() => setPrinting(null)} />}
    </>
  );
}
