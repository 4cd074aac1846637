// data/timeline.csv and data/timeline.html: the same builders as the timeline export
// (shared/export), over everything the bundle holds — every version of every entry,
// retractions shown and marked, event times in the incident's zone.
import { allOf, buildTimelineModel, dictionaryTranslator, timelineCsv, timelineHtml, type TextResources, type TimelineSource } from '../../shared/export';
import type { LogVerdict } from '../../shared/crypto/hashChain';
import type { BundleSource } from '../data/repositories/bundle.read';

export interface ReportSettings {
  /** `en` or `ja`: the report's labels and the language of names that have both. */
  language: string;
  /** The report namespaces (REPORT_NAMESPACES) in `language`. */
  texts: TextResources;
  /** The hash-chain check of this log, shown on the report; null when not run. */
  verification: LogVerdict | null;
  app: { name: string; version: string };
}

export function timelineSourceOf(source: BundleSource, exportedAt: string, report: ReportSettings): TimelineSource {
  return {
    incident: source.incident,
    entries: source.entries,
    systems: source.systems,
    evidence: source.evidence.map(({ item }) => item),
    custody: source.evidence.flatMap(({ events }) => events),
    contacts: source.engagements,
    deadlines: source.deadlines,
    chainHeads: source.chainHeads,
    verification: report.verification,
    exporter: { name: source.signer.name, role: source.signer.role ?? '', organization: source.signer.organization },
    device: { deviceId: source.device.deviceId, fingerprint: source.device.fingerprint },
    app: report.app,
    exportedAt,
  };
}

export function timelineFiles(source: BundleSource, exportedAt: string, report: ReportSettings): { csv: string; html: string } {
  const options = { ...allOf(source.incident.timeZone, report.language), history: 'full' as const };
  const model = buildTimelineModel(timelineSourceOf(source, exportedAt, report), options);
  return { csv: timelineCsv(model), html: timelineHtml(model, dictionaryTranslator(report.texts, report.language)) };
}
