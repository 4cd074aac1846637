// One timeline export: build the file off the main thread (with progress and Cancel),
// print it to PDF through main when that is the format, and save it where the user
// chooses. In a browser, a PDF is the report opened for the browser's print dialog.
import { useEffect, useRef, useState } from 'react';
import { MIME_TYPES, exportFileName, type ExportFormat, type TimelineOptions } from '../../../shared/export/options';
import type { Incident } from '../../../shared/domain/incident';
import { PDF_HTML_MAX_CHARS } from '../../../shared/ipc/contract';
import { notebook, type TimelineExportProgress } from '../../data';
import { appIdentity, platform } from '../../platform';
import { reportTexts } from '../../bundle';
import { errorCode, formError } from '../../components/ErrorText';
import { calendarDate } from '../../lib/time';

export type RunProgress = TimelineExportProgress | { phase: 'printing' | 'saving'; done: 0; total: 0 };

export type ExportState =
  | { step: 'options'; notice: 'saved' | 'notSaved' | 'cancelled' | null; savedName: string | null; error: unknown }
  | { step: 'running'; progress: RunProgress };

const READY: ExportState = { step: 'options', notice: null, savedName: null, error: null };

/** `onPrint` receives the report when the browser's print dialog has to make the PDF. */
export function useTimelineExport(incident: Incident, onPrint: (html: string) => void) {
  const [state, setState] = useState<ExportState>(READY);
  const controller = useRef<AbortController | null>(null);
  // Closing the dialog mid-export stops the worker; nothing is saved.
  useEffect(() => () => controller.current?.abort(), []);

  async function start(format: ExportFormat, options: TimelineOptions): Promise<void> {
    if (controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    const show = (progress: RunProgress) => setState((current) => (current.step === 'running' || progress.phase === 'reading' ? { step: 'running', progress } : current));
    show({ phase: 'reading', done: 0, total: 0 });
    try {
      const exportedAt = notebook.now().toISOString();
      const request = { incidentId: incident.id, format, options, texts: reportTexts(options.language), app: await appIdentity(), exportedAt };
      const built = await notebook.exportTimeline(request, { signal: abort.signal, onProgress: show });
      const suggestedName = exportFileName(incident, format, calendarDate(new Date(exportedAt), notebook.deviceZone()));
      let body: Blob = built;
      if (format === 'pdf') {
        const print = platform().printToPdf;
        if (!print) {
          onPrint(await built.text());
          setState(READY);
          return;
        }
        const html = await built.text();
        if (html.length > PDF_HTML_MAX_CHARS) throw formError('export.tooLargeForPdf');
        show({ phase: 'printing', done: 0, total: 0 });
        const pdf = await print(html);
        body = new Blob([pdf as Uint8Array<ArrayBuffer>], { type: MIME_TYPES.pdf });
      }
      if (abort.signal.aborted) throw new Error('cancelled');
      show({ phase: 'saving', done: 0, total: 0 });
      const saved = await platform().saveFile({ suggestedName, mime: MIME_TYPES[format], body });
      setState({ step: 'options', notice: saved.saved ? 'saved' : 'notSaved', savedName: saved.name, error: null });
    } catch (error) {
      const cancelled = abort.signal.aborted || errorCode(error) === 'export.cancelled';
      setState({ step: 'options', notice: cancelled ? 'cancelled' : null, savedName: null, error: cancelled ? null : error });
    } finally {
      controller.current = null;
    }
  }

  return { state, start, cancel: () => controller.current?.abort() };
}
