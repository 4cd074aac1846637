// "Export…" in the incident header: opens the timeline export dialog; in a browser, a PDF
// export ends in the report's print preview.
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import { lazyView } from '../../app/lazyView';
import { ReportPrintOverlay } from './ReportPrintOverlay';

// Loaded on first use: the incident's first screen does not wait for it.
const ExportTimelineDialog = lazyView(() => import('./ExportTimelineDialog').then((m) => m.ExportTimelineDialog));

export function ExportTimelineButton({ incident, className = 'btn' }: { incident: Incident; className?: string }) {
  const { t } = useTranslation('export');
  const [open, setOpen] = useState(false);
  const [printing, setPrinting] = useState<string | null>(null);
  return (
    <>
      <button type="button" className={className} title={t('button.title')} onClick={() => setOpen(true)}>
        {t('button.label')}
      </button>
      <Suspense fallback={null}>
        {open && <ExportTimelineDialog incident={incident} onClose={() => setOpen(false)} onPrint={setPrinting} />}
      </Suspense>
      {printing !== null && <ReportPrintOverlay html={printing} onClose={() => setPrinting(null)} />}
    </>
  );
}
