// The clock-anchor register (each anchor, who decided it, on what basis) and the deadline
// register (each enabled rule, its due time and where it stood at export).
import { localized } from '../../domain/localized';
import { esc } from './escape';
import { table, type ReportContext } from './context';

export function anchorsSection(ctx: ReportContext): string {
  const { model, tx } = ctx;
  const rows = model.register.anchors.map(
    (row) => `<tr>
<td>${tx(`deadlines:anchor.${row.anchor}`)}</td>
<td class="time">${ctx.zoned(row.at, row.entry?.occurredPrecision)}</td>
<td>${row.decidedBy ? esc(row.decidedBy) : ctx.person(row.recordedBy)}${row.decidedBy ? `<span class="meta">${tx('report.anchors.recordedBy', { name: row.recordedBy?.name ?? '—' })}</span>` : ''}</td>
<td><span class="text">${row.entry ? esc(row.entry.text) : '—'}</span>${row.entry ? `<span class="meta">${tx('report.entryRef', { seq: row.entry.seq, id: row.entry.id })}</span>` : ''}</td>
</tr>`,
  );
  const body = rows.length
    ? table(
        [
          { label: tx('report.anchors.anchor'), className: 'col-state' },
          { label: tx('report.anchors.at'), className: 'col-time' },
          { label: tx('report.anchors.decidedBy'), className: 'col-who' },
          { label: tx('report.anchors.basis') },
        ],
        rows,
      )
    : `<p class="empty">${tx('report.anchors.empty')}</p>`;
  return `<section aria-labelledby="anchors"><h2 id="anchors">${tx('report.anchors.title')}</h2><p>${tx('report.anchors.intro')}</p>${body}</section>`;
}

export function deadlinesSection(ctx: ReportContext): string {
  const { model, tx, t } = ctx;
  const language = model.options.language;
  const rows = model.register.deadlines.map((row) => {
    const anchor = t(`deadlines:anchor.${row.rule.anchor}`);
    const status =
      row.state === 'waiting' && row.missingAnchor
        ? tx('deadlines:status.waiting', { anchor: t(`deadlines:anchor.${row.missingAnchor}`) })
        : tx(`deadlines:status.${row.state}`);
    const strong = row.state === 'overdue' ? ' strong' : '';
    const met = row.met ? `<span class="meta">${tx('report.deadlines.metAt')} ${ctx.zoned(row.met.at)}</span>` : '';
    const bound = row.due && row.missingAnchor ? `<span class="meta">${tx('report.deadlines.boundOnly', { anchor: t(`deadlines:anchor.${row.missingAnchor}`) })}</span>` : '';
    return `<tr>
<td>${esc(localized(row.regime.name, language))}</td>
<td>${esc(localized(row.rule.name, language))}<span class="meta">${esc(localized(row.rule.recipient, language))}</span></td>
<td>${esc(anchor)}</td>
<td class="time">${row.due ? ctx.zoned(row.due) : '—'}${bound}</td>
<td><span class="badge${strong}">${status}</span>${met}</td>
</tr>`;
  });
  const body = rows.length
    ? table(
        [
          { label: tx('report.deadlines.regime'), className: 'col-who' },
          { label: tx('report.deadlines.deadline') },
          { label: tx('report.deadlines.runsFrom'), className: 'col-state' },
          { label: tx('report.deadlines.due'), className: 'col-time' },
          { label: tx('report.deadlines.status'), className: 'col-time' },
        ],
        rows,
      )
    : `<p class="empty">${tx('report.deadlines.empty')}</p>`;
  const intro = tx('report.deadlines.intro', { zone: model.source.incident.timeZone, at: ctx.zonedText(model.source.exportedAt) });
  return `<section aria-labelledby="deadlines"><h2 id="deadlines">${tx('report.deadlines.title')}</h2><p>${intro}</p>${body}</section>`;
}
