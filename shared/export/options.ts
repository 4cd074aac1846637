// What a timeline export includes and how it shows times: the options the export
// dialog sets, shared by every format (and by the evidence bundle's timeline files).
import { incidentShortId } from '../domain/incident';
import type { EntryKind } from '../domain/logEntry';

export const EXPORT_FORMATS = ['pdf', 'html', 'csv', 'json', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FILE_EXTENSIONS: Record<ExportFormat, string> = { pdf: 'pdf', html: 'html', csv: 'csv', json: 'json', markdown: 'md' };

export const MIME_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  html: 'text/html;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  markdown: 'text/markdown;charset=utf-8',
};

export interface TimelineOptions {
  /** IANA zone every event time is shown in (with its offset); recorded times stay UTC. */
  zone: string;
  /** `en` or `ja`: the language of names that have both (organisations, regimes) and of report labels. */
  language: string;
  /** Event times from this instant on (inclusive); null: from the start. */
  from: string | null;
  /** Event times up to this instant (inclusive); null: to the end. */
  to: string | null;
  /** Entry kinds to include; empty: all. */
  kinds: readonly EntryKind[];
  /** Responders (author names) to include; empty: all. */
  authors: readonly string[];
  /** Systems (ids) an entry must reference to be included; empty: no system filter. */
  systems: readonly string[];
  /** `current`: each entry as it now reads; `full`: every version (original, corrections, retraction). */
  history: 'current' | 'full';
  /** Retracted entries are always marked when shown. */
  retracted: 'show' | 'hide';
}

/** Everything, current versions, retracted entries shown (marked), in `zone`. */
export const allOf = (zone: string, language = 'en'): TimelineOptions => ({
  zone,
  language,
  from: null,
  to: null,
  kinds: [],
  authors: [],
  systems: [],
  history: 'current',
  retracted: 'show',
});

/** Whether the options leave anything out (the report then says so on its cover). */
export const isFiltered = (options: TimelineOptions): boolean =>
  options.from !== null || options.to !== null || options.kinds.length > 0 || options.authors.length > 0 || options.systems.length > 0 || options.retracted === 'hide';

/** `IR-7-timeline-2026-11-23.csv`: the incident's code (or id), the export day in `zone`. */
export function exportFileName(incident: { code: string; id: string }, format: ExportFormat, day: string): string {
  // Only characters every file system takes; a code like "IR 7/b" becomes "IR-7-b".
  const code = incident.code.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '').slice(0, 60) || incidentShortId(incident.id);
  return `${code}-timeline-${day}.${FILE_EXTENSIONS[format]}`;
}
