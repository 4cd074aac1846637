// The timeline as JSON for other tools. A stable, documented shape (`lantern-timeline-export`,
// version 1): additions bump nothing, a renamed or removed field bumps the version. Times are
// RFC 3339: event times in the export zone with their offset, plus the UTC instant; recorded
// times UTC. `entries[].hash` is the hash-chain value (SHA-256 over the entry's canonical JSON).
import type { Person } from '../domain/common';
import type { EntryKind, TimePrecision } from '../domain/logEntry';
import type { CustodyEvent, EvidenceItem } from '../domain/evidence';
import type { TimelineOptions } from './options';
import { contactLabel, evidenceIndex } from './indexes';
import type { BuildProgress, NamedRef, EvidenceRef, RowVersion, TimelineModel, TimelineRow } from './timelineModel';

export const TIMELINE_JSON_FORMAT = 'lantern-timeline-export';
export const TIMELINE_JSON_VERSION = 1;

export interface TimelineJsonEntry {
  entryId: string;
  incidentId: string;
  /** The original's id: all versions of one entry share it. */
  threadId: string;
  version: RowVersion;
  versionNumber: number;
  isCurrent: boolean;
  /** A correction or retraction whose original is not in the exporting notebook. */
  orphan: boolean;
  eventTime: string;
  eventTimeUtc: string;
  timePrecision: TimePrecision;
  /** The zone the responder entered the event time in. */
  enteredZone: string;
  recordedAt: string;
  recordedZone: string;
  author: Person;
  deviceId: string;
  seq: number;
  kind: EntryKind;
  text: string;
  tags: string[];
  refs: { systems: NamedRef[]; evidence: EvidenceRef[]; contacts: NamedRef[]; entries: string[]; other: { type: string; id: string }[] };
  /** What this version does to its original: null for an original. */
  revision: { action: 'amend' | 'retract'; targetId: string; reason: string } | null;
  corrections: number;
  retraction: { entryId: string; reason: string; by: Person; recordedAt: string } | null;
  /** Structured payload of machine-written entries (communication details, anchors …). */
  data: Record<string, unknown> | null;
  prevHash: string;
  hash: string;
}

export interface TimelineJson {
  format: typeof TIMELINE_JSON_FORMAT;
  version: typeof TIMELINE_JSON_VERSION;
  exportedAt: string;
  app: { name: string; version: string };
  exporter: { name: string; role: string; organization: string } | null;
  device: { deviceId: string; fingerprint: string } | null;
  incident: { id: string; code: string; title: string; severity: string; status: string; timeZone: string; createdAt: string; closedAt: string | null };
  options: TimelineOptions;
  totals: { threads: number; entries: number; shownThreads: number; rows: number };
  entries: TimelineJsonEntry[];
  clockAnchors: { anchor: string; at: string; atZoned: string; decidedBy: string | null; recordedBy: Person | null; entryId: string | null }[];
  deadlines: { regimeId: string; ruleId: string; state: string; due: string | null; dueZoned: string | null; missingAnchor: string | null; metAt: string | null; metEntryId: string | null }[];
  /** Evidence items with their custody events in chain order. */
  evidence: (Omit<EvidenceItem, 'schemaVersion'> & { custody: Omit<CustodyEvent, 'schemaVersion'>[] })[];
  contactsEngaged: { contactId: string; name: string; engaged: boolean; changedAt: string }[];
  chainHeads: { deviceId: string; seq: number; hash: string }[];
}

export function jsonEntry(row: TimelineRow): TimelineJsonEntry {
  const { entry } = row;
  return {
    entryId: entry.id,
    incidentId: entry.incidentId,
    threadId: row.threadId,
    version: row.version,
    versionNumber: row.versionNumber,
    isCurrent: row.isCurrent,
    orphan: row.orphan,
    eventTime: row.eventTime,
    eventTimeUtc: entry.occurredAt,
    timePrecision: entry.occurredPrecision,
    enteredZone: entry.occurredZone,
    recordedAt: entry.recordedAt,
    recordedZone: entry.recordedZone,
    author: entry.author,
    deviceId: entry.deviceId,
    seq: entry.seq,
    kind: entry.kind,
    text: entry.text,
    tags: entry.tags,
    refs: { systems: row.systems, evidence: row.evidence, contacts: row.contacts, entries: row.entryRefs, other: row.otherRefs },
    revision: entry.revision,
    corrections: row.corrections,
    retraction: row.retraction,
    data: entry.data,
    prevHash: entry.prevHash,
    hash: entry.hash,
  };
}

export function timelineJsonValue(model: TimelineModel, onProgress?: BuildProgress): TimelineJson {
  const total = model.rows.length;
  const entries = model.rows.map((row, index) => {
    if (onProgress && (index + 1) % 5000 === 0) onProgress(index + 1, total);
    return jsonEntry(row);
  });
  return { ...jsonHeader(model), entries };
}

/** Everything but the entries, in the file's order (`entries` stands where they go). */
function jsonHeader(model: TimelineModel): TimelineJson {
  const { source, clock, register } = model;
  const { incident } = source;
  const total = model.rows.length;
  return {
    format: TIMELINE_JSON_FORMAT,
    version: TIMELINE_JSON_VERSION,
    exportedAt: source.exportedAt,
    app: source.app,
    exporter: source.exporter,
    device: source.device,
    incident: {
      id: incident.id,
      code: incident.code,
      title: incident.title,
      severity: incident.severity,
      status: incident.status,
      timeZone: incident.timeZone,
      createdAt: incident.createdAt,
      closedAt: incident.closedAt,
    },
    options: model.options,
    totals: { ...model.totals, rows: total },
    entries: [],
    clockAnchors: register.anchors.map((row) => ({
      anchor: row.anchor,
      at: row.at,
      atZoned: clock.rfc3339(row.at),
      decidedBy: row.decidedBy,
      recordedBy: row.recordedBy,
      entryId: row.entry?.id ?? null,
    })),
    deadlines: register.deadlines.map((row) => ({
      regimeId: row.regime.id,
      ruleId: row.rule.id,
      state: row.state,
      due: row.due,
      dueZoned: row.due ? clock.rfc3339(row.due) : null,
      missingAnchor: row.missingAnchor,
      metAt: row.met?.at ?? null,
      metEntryId: row.met?.entryId ?? null,
    })),
    evidence: evidenceIndex(source).map(({ item, custody }) => {
      const { schemaVersion: _item, ...header } = item;
      return { ...header, custody: custody.map(({ schemaVersion: _event, ...event }) => event) };
    }),
    contactsEngaged: source.contacts.map(({ contact, engaged, changedAt }) => ({ contactId: contact.id, name: contactLabel(contact, model.options.language), engaged, changedAt })),
    chainHeads: source.chainHeads.map(({ deviceId, seq, hash }) => ({ deviceId, seq, hash })),
  };
}

const ENTRIES_MARK = '\u0000entries\u0000';

/** Entries joined per part, as in the CSV: the file is never one flat 90 MB string. */
const ENTRIES_PER_PART = 200;

/**
 * Indented with two spaces, except each entry, which is one line: readable, diffable, and
 * about twice as fast to write for 100,000 entries as indenting every field. In parts, in
 * order, each made when it is asked for (see renderer/data/encodedBlob.ts).
 */
export function* timelineJsonParts(model: TimelineModel, onProgress?: BuildProgress): Generator<string, void, undefined> {
  const { rows } = model;
  const head = JSON.stringify({ ...jsonHeader(model), entries: ENTRIES_MARK }, null, 2);
  const at = head.indexOf(JSON.stringify(ENTRIES_MARK));
  const before = head.slice(0, at);
  const after = `${head.slice(at + JSON.stringify(ENTRIES_MARK).length)}\n`;
  if (rows.length === 0) {
    yield `${before}[]${after}`;
    return;
  }
  yield `${before}[\n    `;
  // Each entry is written as soon as it is made, so 100,000 of them never live at once.
  for (let start = 0; start < rows.length; start += ENTRIES_PER_PART) {
    const end = Math.min(start + ENTRIES_PER_PART, rows.length);
    const lines: string[] = [];
    for (let index = start; index < end; index++) lines.push(JSON.stringify(jsonEntry(rows[index]!)));
    // The separator is a part of its own: `sep + joined` would be a cons string, which
    // encoding to UTF-8 walks several times slower than the flat string join returns.
    if (start > 0) yield ',\n    ';
    yield lines.join(',\n    ');
    if (onProgress && Math.floor(end / 5000) > Math.floor(start / 5000)) onProgress(end, rows.length);
  }
  yield `\n  ]${after}`;
}

/** The whole file as one string. */
export const timelineJson = (model: TimelineModel, onProgress?: BuildProgress): string => [...timelineJsonParts(model, onProgress)].join('');
