// The evidence index (each item's custody-form header and its chain of custody) and the
// contacts the incident engaged.
import type { CustodyEvent } from '../../domain/evidence';
import { contactLabel, evidenceIndex } from '../indexes';
import { esc } from './escape';
import { table, type ReportContext } from './context';

function custodyDetails(ctx: ReportContext, event: CustodyEvent): string {
  const { tx } = ctx;
  const line = (key: string, value: string) => (value ? `<span class="meta">${tx(key, { value })}</span>` : '');
  switch (event.action) {
    case 'collected':
      return line('report.custody.location', event.details.location) + line('report.custody.reason', event.details.reason) + line('report.custody.sha256', event.details.sha256);
    case 'transferred':
      return (
        line('report.custody.handover', `${event.details.releasedBy.name} → ${event.details.receivedBy.name}`) +
        line('report.custody.method', event.details.method) +
        line('report.custody.tracking', event.details.tracking) +
        line('report.custody.route', event.details.fromLocation || event.details.toLocation ? `${event.details.fromLocation || '—'} → ${event.details.toLocation || '—'}` : '') +
        line('report.custody.purpose', event.details.purpose)
      );
    case 'accessed':
      return line('report.custody.purpose', event.details.purpose);
    case 'exported':
      return line('report.custody.destination', event.details.destination) + line('report.custody.purpose', event.details.purpose);
    case 'verified':
      return line(event.details.result === 'pass' ? 'report.custody.verifiedPass' : 'report.custody.verifiedFail', event.details.computedSha256);
    case 'disposed':
      return line('report.custody.authority', event.details.authority) + line('report.custody.method', event.details.method);
  }
}

export function evidenceSection(ctx: ReportContext): string {
  const { model, tx } = ctx;
  const systems = new Map(model.source.systems.map((system) => [system.id, system.name]));
  const items = evidenceIndex(model.source).map(({ item, custody }) => {
    const fact = (key: string, value: string) => `<dt>${tx(key)}</dt><dd>${value}</dd>`;
    const events = custody.map(
      (event) =>
        `<tr><td class="num">${event.seq}</td><td class="time">${ctx.zoned(event.at)}</td><td>${tx(`evidence:locker.action.${event.action}`)}</td><td>${ctx.person(event.by)}</td><td>${custodyDetails(ctx, event)}<span class="hash">${esc(event.hash)}</span></td></tr>`,
    );
    return `<div class="box item">
<h3>${tx('report.evidence.item', { number: item.itemNumber, description: item.description })}</h3>
<dl class="facts">
${fact('report.evidence.type', tx(`evidence:types.${item.type}`))}
${fact('report.evidence.file', `<span class="mono">${esc(item.originalName)}</span>`)}
${fact('report.evidence.size', tx('report.evidence.bytes', { bytes: item.size.toLocaleString('en-US') }))}
${fact('report.evidence.sha256', `<span class="hash">${esc(item.sha256)}</span>`)}
${fact('report.evidence.collected', `${ctx.zoned(item.collectedAt)} · ${ctx.person(item.collectedBy)}`)}
${fact('report.evidence.method', esc([item.method, item.toolVersion].filter(Boolean).join(' ')))}
${item.sourceSystemId ? fact('report.evidence.source', esc(systems.get(item.sourceSystemId) ?? item.sourceSystemId)) : ''}
</dl>
<h3>${tx('report.evidence.custody')}</h3>
${table(
  [
    { label: tx('report.evidence.seq'), className: 'col-no' },
    { label: tx('report.evidence.at'), className: 'col-time' },
    { label: tx('report.evidence.action'), className: 'col-state' },
    { label: tx('report.evidence.by'), className: 'col-who' },
    { label: tx('report.evidence.details') },
  ],
  events,
)}
</div>`;
  });
  const body = items.length ? items.join('') : `<p class="empty">${tx('report.evidence.empty')}</p>`;
  return `<section aria-labelledby="evidence"><h2 id="evidence">${tx('report.evidence.title')}</h2><p>${tx('report.evidence.intro')}</p>${body}</section>`;
}

export function contactsSection(ctx: ReportContext): string {
  const { model, tx } = ctx;
  const rows = model.source.contacts.map(
    ({ contact, engaged, changedAt }) =>
      `<tr><td>${esc(contactLabel(contact, model.options.language))}</td><td>${tx(engaged ? 'report.contacts.engaged' : 'report.contacts.released')}</td><td class="time">${ctx.zoned(changedAt)}</td></tr>`,
  );
  const body = rows.length
    ? table([{ label: tx('report.contacts.name') }, { label: tx('report.contacts.state'), className: 'col-state' }, { label: tx('report.contacts.since'), className: 'col-time' }], rows)
    : `<p class="empty">${tx('report.contacts.empty')}</p>`;
  return `<section aria-labelledby="contacts"><h2 id="contacts">${tx('report.contacts.title')}</h2>${body}</section>`;
}
