// The timeline as Markdown, in the UI language: for pasting into a report or a ticket.
// User text is escaped so that a renderer shows it as typed: no raw HTML, no links or
// emphasis that the responder did not write as such.
import { localized } from '../domain/localized';
import type { Translate } from './texts';
import type { BuildProgress, TimelineModel, TimelineRow } from './timelineModel';

/**
 * Backslash-escapes what CommonMark would read as markup: raw HTML and autolinks (`<`),
 * links and images (`[`), emphasis, code, tables, entities, and block markers at a line's start.
 */
export const mdEscape = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');

/** A quoted block: every line of `text` behind `> `, so line breaks survive. */
const quote = (text: string): string => mdEscape(text).split('\n').map((line) => `> ${line}`.trimEnd()).join('\n');

function rowBlock(model: TimelineModel, t: Translate, row: TimelineRow): string {
  const { entry } = row;
  const { clock } = model;
  const time = entry.occurredPrecision === 'unknown' ? t('common:time.unknown') : `${entry.occurredPrecision === 'approximate' ? t('common:time.approximatePrefix') : ''}${row.eventTime}`;
  const author = entry.author.role ? t('report.person', { name: entry.author.name, role: entry.author.role }) : entry.author.name;
  const marks = [
    row.retraction ? `**${t('report.mark.retracted')}**` : '',
    model.options.history === 'full'
      ? row.version === 'original'
        ? t('report.mark.original')
        : row.version === 'amendment'
          ? t('report.mark.correction', { n: row.versionNumber })
          : t('report.mark.retraction')
      : row.corrections > 0
        ? t('report.mark.corrected', { count: row.corrections })
        : '',
  ].filter(Boolean);
  const meta = [
    t('report.labelled', { label: t('report.timeline.recorded'), value: entry.recordedAt }),
    t('report.timeline.seq', { seq: entry.seq }),
    `${t('report.integrity.device')} \`${entry.deviceId}\``,
    `\`${entry.hash}\``,
  ];
  const labelled = (label: string, values: readonly string[]) =>
    values.length ? mdEscape(t('report.labelled', { label: t(label), value: values.join(t('report.listSeparator')) })) : '';
  const links = [
    labelled('report.timeline.tags', entry.tags.map((tag) => `#${tag}`)),
    labelled('report.timeline.systems', row.systems.map((s) => s.name)),
    labelled('report.timeline.evidence', row.evidence.map((e) => (e.itemNumber === null ? e.id : t('report.evidenceNumber', { number: e.itemNumber })))),
    labelled('report.timeline.contacts', row.contacts.map((c) => c.name)),
    entry.revision ? mdEscape(t('report.mark.reason', { reason: entry.revision.reason })) : '',
    row.retraction && row.version !== 'retraction'
      ? mdEscape(t('report.mark.retractedBecause', { name: row.retraction.by.name, at: clock.rfc3339(row.retraction.recordedAt), reason: row.retraction.reason }))
      : '',
  ].filter(Boolean);
  return [
    `### ${mdEscape(time)} · ${t(`log:kind.${entry.kind}`)} · ${mdEscape(author)}${marks.length ? ` · ${marks.join(' · ')}` : ''}`,
    '',
    quote(entry.text || ' '),
    '',
    ...links.map((line) => `- ${line}`),
    `- ${meta.join(' · ')}`,
    '',
  ].join('\n');
}

export function timelineMarkdown(model: TimelineModel, t: Translate, onProgress?: BuildProgress): string {
  const { source, options, register, clock } = model;
  const { incident } = source;
  const language = options.language;
  const fact = (label: string, value: string) => mdEscape(t('report.labelled', { label, value }));
  const out: string[] = [
    `# ${mdEscape(incident.title)}${incident.code ? ` (${mdEscape(incident.code)})` : ''}`,
    '',
    `- ${fact(t('report.cover.exportedAt'), `${clock.rfc3339(source.exportedAt)} (${source.exportedAt})`)}`,
    `- ${fact(t('report.cover.exporter'), source.exporter ? [source.exporter.name, source.exporter.role, source.exporter.organization].filter(Boolean).join(t('report.listSeparator')) : '—')}`,
    `- ${fact(t('report.cover.app'), `${source.app.name} ${source.app.version}`)}`,
    `- ${mdEscape(t('report.policy.event', { zone: options.zone, example: clock.rfc3339(source.exportedAt) }))}`,
    `- ${mdEscape(t('report.policy.recorded'))}`,
    '',
    `## ${t('report.anchors.title')}`,
    '',
    ...(register.anchors.length
      ? register.anchors.map((row) => `- ${fact(t(`deadlines:anchor.${row.anchor}`), clock.rfc3339(row.at))}${row.decidedBy ? ` — ${mdEscape(t('report.decisions.decidedBy', { name: row.decidedBy }))}` : ''}`)
      : [t('report.anchors.empty')]),
    '',
    `## ${t('report.deadlines.title')}`,
    '',
    ...(register.deadlines.length
      ? register.deadlines.map(
          (row) =>
            `- ${fact(localized(row.rule.name, language), row.due ? clock.rfc3339(row.due) : '—')} — ${mdEscape(row.state === 'waiting' && row.missingAnchor ? t('deadlines:status.waiting', { anchor: t(`deadlines:anchor.${row.missingAnchor}`) }) : t(`deadlines:status.${row.state}`))}`,
        )
      : [t('report.deadlines.empty')]),
    '',
    `## ${t('report.timeline.title')}`,
    '',
  ];
  if (model.rows.length === 0) out.push(t('report.timeline.empty'), '');
  const total = model.rows.length;
  model.rows.forEach((row, index) => {
    out.push(rowBlock(model, t, row));
    if (onProgress && (index + 1) % 5000 === 0) onProgress(index + 1, total);
  });
  out.push(`## ${t('report.integrity.title')}`, '', ...source.chainHeads.map((head) => `- \`${head.deviceId}\` #${head.seq} \`${head.hash}\``), '');
  return out.join('\n');
}
