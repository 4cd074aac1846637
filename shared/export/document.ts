// One call from an incident's records to the text of an export file, whatever the format:
// what the log worker (and the evidence bundle) runs. PDF is the HTML report, printed.
import type { ExportFormat, TimelineOptions } from './options';
import type { TimelineSource } from './source';
import { buildTimelineModel } from './timelineModel';
import { timelineCsvParts } from './csv';
import { timelineJsonParts } from './json';
import { timelineMarkdown } from './markdown';
import { timelineHtml } from './html/report';
import { dictionaryTranslator, type TextResources } from './texts';

export type DocumentPhase = 'building' | 'writing';

export interface DocumentRequest {
  format: ExportFormat;
  options: TimelineOptions;
  /** The report texts in `options.language` (see REPORT_NAMESPACES); CSV and JSON need none. */
  texts: TextResources;
}

/**
 * The file's text in parts, in order. CSV and JSON make each part when it is asked for, so
 * 100,000 entries are never one flat string, nor all their parts at once (see renderer/data/encodedBlob.ts).
 */
export function buildTimelineDocument(source: TimelineSource, request: DocumentRequest, onProgress?: (phase: DocumentPhase, done: number, total: number) => void): Iterable<string> {
  const model = buildTimelineModel(source, request.options, onProgress && ((done, total) => onProgress('building', done, total)));
  const writing = onProgress && ((done: number, total: number) => onProgress('writing', done, total));
  const t = () => dictionaryTranslator(request.texts, request.options.language);
  switch (request.format) {
    case 'csv':
      return timelineCsvParts(model, writing);
    case 'json':
      return timelineJsonParts(model, writing);
    case 'markdown':
      return [timelineMarkdown(model, t(), writing)];
    case 'html':
    case 'pdf':
      return [timelineHtml(model, t())];
  }
}
