// A timeline export file from the notebook: the incident read as the evidence bundle reads
// it (one transaction), the chains checked for the reports, then the shared builders.
// Runs in the log worker; in this thread where there are no workers (unit tests).
import { buildTimelineDocument, type DocumentPhase } from '../../../shared/export/document';
import type { ExportFormat, TimelineOptions } from '../../../shared/export/options';
import type { TextResources } from '../../../shared/export/texts';
import { timelineSourceOf } from '../../bundle/timelineFiles';
import type { LanternDB } from '../db';
import { gatherBundle } from './bundle.read';
import { verifyIncidentLog } from './entries.read';
import type { LogCache } from '../logCache';

export interface TimelineExportRequest {
  incidentId: string;
  format: ExportFormat;
  options: TimelineOptions;
  /** REPORT_NAMESPACES in `options.language` (reports and Markdown). */
  texts: TextResources;
  app: { name: string; version: string };
  exportedAt: string;
}

export type TimelineExportPhase = 'reading' | 'checking' | DocumentPhase;

export interface TimelineExportProgress {
  phase: TimelineExportPhase;
  done: number;
  total: number;
}

/** Reports say whether the log's hash chains verified at export; data files carry the hashes themselves. */
const REPORTS: readonly ExportFormat[] = ['pdf', 'html', 'markdown'];

/** With the log worker's `cache`, only what was appended since its last read is read, and checked. */
export async function buildTimelineExport(db: LanternDB, request: TimelineExportRequest, onProgress?: (progress: TimelineExportProgress) => void, cache?: LogCache): Promise<Iterable<string>> {
  const { incidentId } = request;
  onProgress?.({ phase: 'reading', done: 0, total: 0 });
  const source = await gatherBundle(db, incidentId, false, { readLog: cache?.read, storedEntries: true });
  let verification = null;
  if (REPORTS.includes(request.format)) {
    onProgress?.({ phase: 'checking', done: 0, total: source.entries.length });
    verification = await verifyIncidentLog(db, incidentId, cache?.lastCheck(incidentId), new Date(), cache?.reload);
    cache?.rememberCheck(incidentId, verification);
  }
  const timeline = timelineSourceOf(source, request.exportedAt, { language: request.options.language, texts: request.texts, verification, app: request.app });
  return buildTimelineDocument(timeline, { format: request.format, options: request.options, texts: request.texts }, (phase, done, total) =>
    onProgress?.({ phase, done, total }),
  );
}
