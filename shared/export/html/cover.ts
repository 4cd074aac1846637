// The report's cover: what incident, who exported it when with which app, how times are
// shown, and what the chosen options leave out.
import { isFiltered } from '../options';
import { esc } from './escape';
import type { ReportContext } from './context';

function filterLines(ctx: ReportContext): string[] {
  const { model, tx, t } = ctx;
  const { options, source } = model;
  const lines: string[] = [];
  if (!isFiltered(options)) lines.push(tx('report.filters.all'));
  if (options.from !== null || options.to !== null) {
    const from = options.from !== null ? ctx.zonedText(options.from) : t('report.filters.start');
    const to = options.to !== null ? ctx.zonedText(options.to) : t('report.filters.end');
    lines.push(tx('report.filters.range', { from, to }));
  }
  if (options.kinds.length > 0) lines.push(tx('report.filters.kinds', { list: options.kinds.map((kind) => t(`log:kind.${kind}`)).join(t('report.listSeparator')) }));
  if (options.authors.length > 0) lines.push(tx('report.filters.authors', { list: options.authors.join(t('report.listSeparator')) }));
  if (options.systems.length > 0) {
    const names = new Map(source.systems.map((system) => [system.id, system.name]));
    lines.push(tx('report.filters.systems', { list: options.systems.map((id) => names.get(id) ?? id).join(t('report.listSeparator')) }));
  }
  lines.push(tx(options.retracted === 'hide' ? 'report.filters.retractedHidden' : 'report.filters.retractedShown'));
  lines.push(tx(options.history === 'full' ? 'report.filters.historyFull' : 'report.filters.historyCurrent'));
  return lines;
}

export function coverSection(ctx: ReportContext): string {
  const { model, tx } = ctx;
  const { source, options, totals, clock } = model;
  const { incident, exporter, device, app } = source;
  const fact = (label: string, value: string) => `<dt>${tx(label)}</dt><dd>${value}</dd>`;
  const exampleAt = model.rows[0]?.entry.occurredAt ?? source.exportedAt;
  return `<section class="cover" aria-labelledby="cover-title">
<p class="kicker">${tx('report.kicker')}</p>
<h1 id="cover-title">${esc(incident.title)}</h1>
<p class="subtitle">${esc(incident.code)}</p>
<dl class="facts">
${fact('report.cover.severity', tx(`common:severity.${incident.severity}`))}
${fact('report.cover.status', tx(`common:status.${incident.status}`))}
${fact('report.cover.incidentZone', esc(incident.timeZone))}
${fact('report.cover.opened', ctx.zoned(incident.createdAt))}
${fact('report.cover.organisation', exporter?.organization ? esc(exporter.organization) : '—')}
${fact('report.cover.exporter', exporter ? ctx.person({ name: exporter.name, role: exporter.role || null }) : '—')}
${fact('report.cover.exportedAt', `${ctx.zoned(source.exportedAt)} <span class="muted">(${ctx.utc(source.exportedAt)})</span>`)}
${fact('report.cover.app', esc(`${app.name} ${app.version}`))}
${fact('report.cover.device', device ? `<span class="mono">${esc(device.deviceId)}</span><span class="meta">${tx('report.cover.fingerprint', { fingerprint: device.fingerprint })}</span>` : '—')}
${fact('report.cover.entries', tx('report.cover.entryCount', { shown: totals.shownThreads, total: totals.threads, rows: model.rows.length }))}
</dl>
<div class="box">
<h3>${tx('report.policy.title')}</h3>
<p>${tx('report.policy.event', { zone: options.zone, example: clock.rfc3339(exampleAt) })}</p>
<p>${tx('report.policy.recorded')}</p>
<p>${tx('report.policy.precision')}</p>
</div>
<div class="box">
<h3>${tx('report.filters.title')}</h3>
<ul class="tight">${filterLines(ctx).map((line) => `<li>${line}</li>`).join('')}</ul>
</div>
<nav aria-label="${tx('report.contents.title')}">
<h3>${tx('report.contents.title')}</h3>
<ol class="tight">${['anchors', 'deadlines', 'timeline', 'decisions', 'communications', 'evidence', 'contacts', 'integrity']
    .map((id) => `<li><a href="#${id}">${tx(`report.${id}.title`)}</a></li>`)
    .join('')}</ol>
</nav>
</section>`;
}
