// The bundle's readable copies of the log: data/timeline.csv (UTF-8 with BOM so Excel
// reads Japanese, RFC 4180 quoting, formula cells neutralised) and data/timeline.html
// (a plain escaped table, no script). Event-time order; every version of every entry.
import Papa from 'papaparse';
import type { Incident } from '../../shared/domain/incident';
import type { LogEntry } from '../../shared/domain/logEntry';
import { neutralise } from '../features/contacts/csv';

const COLUMNS = ['id', 'occurredAt', 'recordedAt', 'author', 'kind', 'text', 'revision'] as const;

const byEventTime = (a: LogEntry, b: LogEntry) =>
  a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0;

const author = (entry: LogEntry) => (entry.author.role ? `${entry.author.name} (${entry.author.role})` : entry.author.name);
const revision = (entry: LogEntry) => (entry.revision ? `${entry.revision.action} ${entry.revision.targetId}: ${entry.revision.reason}` : '');

function rows(entries: readonly LogEntry[]): string[][] {
  return [...entries].sort(byEventTime).map((entry) => [entry.id, entry.occurredAt, entry.recordedAt, author(entry), entry.kind, entry.text, revision(entry)]);
}

export function timelineCsv(entries: readonly LogEntry[]): string {
  const data = rows(entries).map((row) => row.map(neutralise));
  return `\uFEFF${Papa.unparse({ fields: [...COLUMNS], data }, { newline: '\r\n', quotes: true })}\r\n`;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/** Bilingual headings: the file is read outside the app, by whoever receives the bundle. */
const HEADINGS = ['ID', 'Event time (UTC) / 発生時刻', 'Recorded (UTC) / 記録時刻', 'Author / 記録者', 'Kind / 種別', 'Text / 内容', 'Revision / 訂正'];

export function timelineHtml(incident: Incident, entries: readonly LogEntry[], exportedAt: string): string {
  const title = escapeHtml(incident.code ? `${incident.code} — ${incident.title}` : incident.title);
  const head = HEADINGS.map((heading) => `<th>${escapeHtml(heading)}</th>`).join('');
  const body = rows(entries)
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell).replace(/\n/g, '<br>')}</td>`).join('')}</tr>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${title}</title>
<style>body{font-family:sans-serif;margin:1.5rem}table{border-collapse:collapse}th,td{border:1px solid #999;padding:4px 6px;text-align:left;vertical-align:top;font-size:13px}td:first-child{font-family:monospace;font-size:11px}</style>
</head>
<body>
<h1>${title}</h1>
<p>Exported / エクスポート: ${escapeHtml(exportedAt)}</p>
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</body>
</html>
`;
}
