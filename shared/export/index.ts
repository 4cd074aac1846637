// Timeline export: pure builders from an incident's records to CSV, JSON, Markdown and the
// HTML report (printed to PDF by the app). Used by the export dialog and the evidence bundle.
export { allOf, exportFileName, isFiltered, EXPORT_FORMATS, FILE_EXTENSIONS, MIME_TYPES, type ExportFormat, type TimelineOptions } from './options';
export type { ChainHeadRecord, DeadlineSnapshot, EngagedContact, TimelineSource } from './source';
export { buildTimelineDocument, type DocumentPhase, type DocumentRequest } from './document';
export { buildTimelineModel, threadFilter, type BuildProgress, type TimelineModel, type TimelineRow } from './timelineModel';
export { timelineCsv, TIMELINE_CSV_COLUMNS } from './csv';
export { timelineJson, timelineJsonValue, TIMELINE_JSON_FORMAT, TIMELINE_JSON_VERSION, type TimelineJson, type TimelineJsonEntry } from './json';
export { timelineMarkdown } from './markdown';
export { timelineHtml, REPORT_CSP } from './html/report';
export { dictionaryTranslator, REPORT_NAMESPACES, type TextResources, type Translate } from './texts';
export { neutralise } from './csvCell';
