// The hash-chain heads, the check run at export, and how a reader verifies the record
// without trusting the responder's laptop (sha256sum, lantern-verify).
import { esc } from './escape';
import { table, type ReportContext } from './context';

function verdict(ctx: ReportContext): string {
  const { model, tx, t } = ctx;
  const checked = model.source.verification;
  if (!checked) return `<p>${tx('report.integrity.notChecked')}</p>`;
  if (checked.ok) return `<p class="box">${tx('report.integrity.verifiedOk', { entries: checked.entries, devices: checked.devices })}</p>`;
  const failure = checked.failure!;
  return `<p class="box warn"><span class="badge strong">${tx('report.integrity.failed')}</span> ${tx('report.integrity.verifiedFail', {
    problem: t(`log:verify.problem.${failure.problem}`),
    seq: failure.seq,
    device: failure.deviceId,
  })}</p>`;
}

export function integritySection(ctx: ReportContext): string {
  const { model, tx } = ctx;
  const { device } = model.source;
  const rows = model.source.chainHeads.map(
    (head) =>
      `<tr><td class="mono small">${esc(head.deviceId)}${head.deviceId === device?.deviceId ? `<span class="meta">${tx('report.integrity.thisDevice', { fingerprint: device.fingerprint })}</span>` : ''}</td><td class="num">${head.seq}</td><td class="hash">${esc(head.hash)}</td></tr>`,
  );
  const heads = rows.length
    ? table([{ label: tx('report.integrity.device') }, { label: tx('report.integrity.entries'), className: 'col-count' }, { label: tx('report.integrity.head') }], rows)
    : `<p class="empty">${tx('report.integrity.noHeads')}</p>`;
  return `<section aria-labelledby="integrity"><h2 id="integrity">${tx('report.integrity.title')}</h2>
<p>${tx('report.integrity.intro')}</p>
${verdict(ctx)}
${heads}
<h3>${tx('report.integrity.howTitle')}</h3>
<p>${tx('report.integrity.how1')}</p>
<p>${tx('report.integrity.how2')}</p>
<pre class="steps">sha256sum -c manifest-sha256.txt
sha256sum -c tagmanifest-sha256.txt</pre>
<p>${tx('report.integrity.how3')}</p>
<pre class="steps">npx lantern-verify bundle.zip</pre>
<p>${tx('report.integrity.how4')}</p>
</section>`;
}
