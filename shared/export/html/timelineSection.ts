// The timeline table (event time, recorded time, the entry with its links and revision
// marks, its place in the hash chain), and the decisions and communications drawn from it.
import type { CommunicationDetails } from '../../domain/communication';
import { deviceShortId } from '../../domain/logEntry';
import type { TimelineRow } from '../timelineModel';
import { esc } from './escape';
import { table, type ReportContext } from './context';

function marks(ctx: ReportContext, row: TimelineRow): string {
  const { tx, model } = ctx;
  const out: string[] = [];
  if (row.retraction) out.push(`<span class="badge strong">${tx('report.mark.retracted')}</span>`);
  if (model.options.history === 'full') {
    const label =
      row.version === 'original' ? tx('report.mark.original') : row.version === 'amendment' ? tx('report.mark.correction', { n: row.versionNumber }) : tx('report.mark.retraction');
    out.push(`<span class="badge">${label}</span>`);
    if (!row.isCurrent && row.version !== 'retraction') out.push(`<span class="badge">${tx('report.mark.superseded')}</span>`);
  } else if (row.corrections > 0) {
    out.push(`<span class="badge">${tx('report.mark.corrected', { count: row.corrections })}</span>`);
  }
  if (row.orphan) out.push(`<span class="badge">${tx('report.mark.orphan')}</span>`);
  return out.join('');
}

function links(ctx: ReportContext, row: TimelineRow): string {
  const { tx, t } = ctx;
  const parts: string[] = [];
  const add = (label: string, values: readonly string[]) => {
    if (values.length) parts.push(tx('report.labelled', { label: t(label), value: values.join(t('report.listSeparator')) }));
  };
  add('report.timeline.tags', row.entry.tags.map((tag) => `#${tag}`));
  add('report.timeline.systems', row.systems.map((ref) => ref.name));
  add('report.timeline.evidence', row.evidence.map((ref) => (ref.itemNumber === null ? ref.id : t('report.evidenceNumber', { number: ref.itemNumber }))));
  add('report.timeline.contacts', row.contacts.map((ref) => ref.name));
  add('report.timeline.linked', row.entryRefs);
  return parts.map((part) => `<span class="meta">${part}</span>`).join('');
}

function revisionLines(ctx: ReportContext, row: TimelineRow): string {
  const { tx } = ctx;
  const lines: string[] = [];
  if (row.entry.revision) lines.push(tx('report.mark.reason', { reason: row.entry.revision.reason }));
  if (row.retraction && row.version !== 'retraction') {
    lines.push(tx('report.mark.retractedBecause', { name: row.retraction.by.name, at: ctx.utcText(row.retraction.recordedAt), reason: row.retraction.reason }));
  }
  return lines.map((line) => `<span class="meta">${line}</span>`).join('');
}

/** A device as the app's timeline rows name it (deviceShortId), which the full id in the chain-head table ends with. */
export const deviceTail = (deviceId: string): string => `…${deviceShortId(deviceId)}`;

function timelineRow(ctx: ReportContext, row: TimelineRow): string {
  const { entry } = row;
  const { tx } = ctx;
  const classes = [row.retraction ? 'retracted' : '', !row.isCurrent ? 'superseded' : '', row.version !== 'original' ? 'version' : ''].filter(Boolean).join(' ');
  return `<tr${classes ? ` class="${classes}"` : ''}>
<td class="time">${ctx.zoned(entry.occurredAt, entry.occurredPrecision)}</td>
<td class="time">${ctx.utc(entry.recordedAt)}</td>
<td>${marks(ctx, row)}<strong>${tx(`log:kind.${entry.kind}`)}</strong> · ${ctx.person(entry.author)}
<div class="text">${esc(entry.text)}</div>${links(ctx, row)}${revisionLines(ctx, row)}</td>
<td><span class="mono small">${tx('report.timeline.seq', { seq: entry.seq })} · ${esc(deviceTail(entry.deviceId))}</span><span class="hash">${esc(entry.hash)}</span></td>
</tr>`;
}

export function timelineSection(ctx: ReportContext): string {
  const { model, tx } = ctx;
  const body = model.rows.length
    ? table(
        [
          { label: tx('report.timeline.eventTime'), className: 'col-time' },
          { label: tx('report.timeline.recorded'), className: 'col-recorded' },
          { label: tx('report.timeline.entry') },
          { label: tx('report.timeline.chain'), className: 'col-chain' },
        ],
        model.rows.map((row) => timelineRow(ctx, row)),
      )
    : `<p class="empty">${tx('report.timeline.empty')}</p>`;
  return `<section aria-labelledby="timeline"><h2 id="timeline">${tx('report.timeline.title')}</h2><p>${tx('report.timeline.intro', { count: model.rows.length })}</p>${body}</section>`;
}

/** The shown version of each decision (retracted ones marked). */
export function decisionsSection(ctx: ReportContext): string {
  const { model, tx } = ctx;
  const rows = model.rows
    .filter((row) => row.isCurrent && row.entry.kind === 'decision')
    .map((row) => {
      const decidedBy = typeof row.entry.data?.['decidedBy'] === 'string' ? row.entry.data['decidedBy'] : null;
      const who = decidedBy ? `${esc(decidedBy)}<span class="meta">${tx('report.anchors.recordedBy', { name: row.entry.author.name })}</span>` : ctx.person(row.entry.author);
      return `<tr${row.retraction ? ' class="retracted"' : ''}><td class="time">${ctx.zoned(row.entry.occurredAt, row.entry.occurredPrecision)}</td><td>${marks(ctx, row)}<div class="text">${esc(row.entry.text)}</div></td><td>${who}</td></tr>`;
    });
  const body = rows.length
    ? table([{ label: tx('report.timeline.eventTime'), className: 'col-time' }, { label: tx('report.decisions.decision') }, { label: tx('report.decisions.by'), className: 'col-who' }], rows)
    : `<p class="empty">${tx('report.decisions.empty')}</p>`;
  return `<section aria-labelledby="decisions"><h2 id="decisions">${tx('report.decisions.title')}</h2>${body}</section>`;
}

export function communicationsSection(ctx: ReportContext): string {
  const { model, tx } = ctx;
  const rows = model.rows
    .filter((row) => row.isCurrent && row.entry.kind === 'communication')
    .map((row) => {
      const details = row.entry.data?.['communication'] as CommunicationDetails | undefined;
      const contact = details?.contactName ?? row.contacts.map((ref) => ref.name).join(', ');
      const how = details ? `${tx(`communications:channel.${details.channel}`)} · ${tx(`communications:direction.${details.direction}`)}` : '';
      const via = details?.via ? `<span class="meta">${tx('report.communications.via', { via: details.via })}</span>` : '';
      const extra = [
        details?.outcome ? tx('report.communications.outcome', { text: details.outcome }) : '',
        details?.followUp ? tx('report.communications.followUp', { text: details.followUp }) : '',
      ].filter(Boolean).map((line) => `<span class="meta text">${line}</span>`).join('');
      return `<tr${row.retraction ? ' class="retracted"' : ''}><td class="time">${ctx.zoned(row.entry.occurredAt, row.entry.occurredPrecision)}</td>
<td>${esc(contact)}<span class="meta">${how}</span>${via}</td>
<td>${marks(ctx, row)}<div class="text">${esc(row.entry.text)}</div>${extra}<span class="meta">${ctx.person(row.entry.author)}</span></td>
<td class="mono small">${details?.reference ? esc(details.reference) : '—'}</td></tr>`;
    });
  const body = rows.length
    ? table(
        [
          { label: tx('report.timeline.eventTime'), className: 'col-time' },
          { label: tx('report.communications.with'), className: 'col-who' },
          { label: tx('report.communications.what') },
          { label: tx('report.communications.reference'), className: 'col-state' },
        ],
        rows,
      )
    : `<p class="empty">${tx('report.communications.empty')}</p>`;
  return `<section aria-labelledby="communications"><h2 id="communications">${tx('report.communications.title')}</h2>${body}</section>`;
}
