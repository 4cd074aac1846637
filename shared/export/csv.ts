// The timeline as CSV for spreadsheets and other tools: UTF-8 with a BOM (Excel reads
// Japanese correctly), RFC 4180 quoting, CRLF, formula cells neutralised. Column names
// are stable (reference.md §5.1 names) and values are ids, not translated labels.
import { BOM, csvRecord } from './csvCell';
import type { BuildProgress, TimelineModel, TimelineRow } from './timelineModel';

export const TIMELINE_CSV_COLUMNS = [
  'entry_id',
  'incident_id',
  'thread_id',
  'version',
  'version_number',
  'is_current',
  'retracted',
  'retraction_reason',
  'corrections',
  'event_time',
  'event_time_utc',
  'time_precision',
  'entered_zone',
  'recorded_at',
  'recorded_zone',
  'author',
  'author_role',
  'device_id',
  'seq',
  'kind',
  'text',
  'tags',
  'systems',
  'evidence',
  'contacts',
  'linked_entries',
  'revises_entry',
  'revision_reason',
  'prev_hash',
  'entry_hash',
] as const;

const flag = (value: boolean) => (value ? 'yes' : 'no');

function cells(row: TimelineRow): string[] {
  const { entry } = row;
  return [
    entry.id,
    entry.incidentId,
    row.threadId,
    row.version,
    String(row.versionNumber),
    flag(row.isCurrent),
    flag(row.retraction !== null),
    row.retraction?.reason ?? '',
    String(row.corrections),
    row.eventTime,
    entry.occurredAt,
    entry.occurredPrecision,
    entry.occurredZone,
    entry.recordedAt,
    entry.recordedZone,
    entry.author.name,
    entry.author.role ?? '',
    entry.deviceId,
    String(entry.seq),
    entry.kind,
    entry.text,
    entry.tags.join(' '),
    row.systems.map((ref) => ref.name).join('; '),
    row.evidence.map((ref) => (ref.itemNumber === null ? ref.id : `#${ref.itemNumber}`)).join('; '),
    row.contacts.map((ref) => ref.name).join('; '),
    row.entryRefs.join(' '),
    entry.revision?.targetId ?? '',
    entry.revision?.reason ?? '',
    entry.prevHash,
    entry.hash,
  ];
}

/** The whole file as one string (a Blob takes it as is). */
export function timelineCsv(model: TimelineModel, onProgress?: BuildProgress): string {
  const lines: string[] = [BOM + csvRecord(TIMELINE_CSV_COLUMNS)];
  const total = model.rows.length;
  model.rows.forEach((row, index) => {
    lines.push(csvRecord(cells(row)));
    if (onProgress && (index + 1) % 5000 === 0) onProgress(index + 1, total);
  });
  return lines.join('');
}
