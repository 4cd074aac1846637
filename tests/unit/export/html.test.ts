// The HTML report: a complete, self-contained document (no script, nothing fetched) whose
// user text is escaped, with every section the legal pack needs, in the UI language.
import { describe, expect, it } from 'vitest';
import { timelineHtml } from '../../../shared/export/html/report';
import { allOf, type TimelineOptions } from '../../../shared/export/options';
import { dictionaryTranslator } from '../../../shared/export/texts';
import { buildTimelineModel } from '../../../shared/export/timelineModel';
import type { TimelineSource } from '../../../shared/export/source';
import { ChainWriter, DEVICE_A, DEVICE_B, sampleSource, textsOf } from './fixtures';

const report = (source: TimelineSource, language: 'en' | 'ja' = 'en', options: Partial<TimelineOptions> = {}) =>
  timelineHtml(buildTimelineModel(source, { ...allOf('Asia/Tokyo', language), ...options }), dictionaryTranslator(textsOf(language), language));

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '<a href="javascript:alert(3)">click</a>',
  'javascript:alert(4)',
  '"><iframe src="https://evil.example/"></iframe>',
  '</style><script>alert(5)</script>',
];

function hostileSource(): TimelineSource {
  const { source } = sampleSource();
  const log = new ChainWriter();
  HOSTILE.forEach((text, i) => log.add(DEVICE_A, { occurredAt: `2026-11-23T0${i}:00:00.000Z`, recordedAt: `2026-11-23T0${i}:00:01.000Z`, text, tags: [`t${i}`], refs: [{ type: 'system', id: 'x' }] }));
  return {
    ...source,
    incident: { ...source.incident, title: '</style><script>alert("title")</script>', code: 'IR-7"<b>' },
    entries: log.entries,
    chainHeads: log.heads(),
    systems: [{ id: 'x', name: '<svg onload=alert(6)>' }],
    exporter: { name: '<b>Mallory</b>', role: '"role"', organization: '<script>org</script>' },
  };
}

describe('timelineHtml', () => {
  it('is a complete document with a strict CSP, inline CSS only, and no script or external resource', () => {
    const html = report(sampleSource().source);
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">/);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link\b|<iframe|<object|<embed|<img\b|@import|url\(/i);
    expect(html).not.toMatch(/\s(src|href)="(?!#)/i);
  });

  it('escapes user text: tags, attributes and javascript: links are shown as text', () => {
    const html = report(hostileSource());
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img|<iframe|<svg|<b>|<a href="javascript/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('&lt;a href=&quot;javascript:alert(3)&quot;&gt;click&lt;/a&gt;');
    expect(html).toContain('&lt;svg onload=alert(6)&gt;');
    expect(html).toContain('&lt;b&gt;Mallory&lt;/b&gt;');
    // The title also reaches the page footer, inside the stylesheet: it cannot close it.
    const style = html.slice(html.indexOf('<style>'), html.indexOf('</style>') + 8);
    expect(style.match(/<\/style>/g)).toHaveLength(1);
    expect(style).toContain('\\3c /style\\3e ');
    // Every attribute value is one we wrote.
    for (const [, name] of html.matchAll(/\s([a-z-]+)="/gi)) expect(['lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'aria-labelledby', 'aria-label', 'id', 'href', 'scope']).toContain(name);
  });

  it('has the cover, the register, the timeline, decisions, communications, evidence with custody and the chain heads', () => {
    const { source, ids } = sampleSource();
    const html = report(source);
    for (const heading of ['Clock anchors', 'Notification deadlines', 'Timeline', 'Decisions', 'Communications', 'Evidence index', 'Contacts engaged', 'Integrity: hash chains']) {
      expect(html).toContain(`>${heading}</h2>`);
    }
    expect(html).toContain('Ransomware at Tokyo DC');
    expect(html).toContain('Example KK');
    expect(html).toContain('Lantern 0.1.0');
    expect(html).toContain('Aiko Sato (Lead)');
    expect(html).toContain('Event times (when something happened) are shown in Asia/Tokyo');
    // Anchor with who decided, deadline with its due time in the zone.
    expect(html).toContain('Became aware');
    expect(html).toContain('CISO Tanaka');
    expect(html).toContain('<span class="nw">2026-11-26</span> <span class="nw">09:30:00 <span class="muted">+09:00</span></span>');
    expect(html).toContain('Due soon');
    // Timeline: event and recorded time, approximate marked, retraction marked with its reason.
    expect(html).toContain('<span class="nw">2026-11-23</span> <span class="nw">10:00:00 <span class="muted">+09:00</span></span>');
    expect(html).toContain('<td class="time"><span class="nw">2026-11-23</span> <span class="nw">01:10:00Z</span></td>');
    expect(html).toContain('<span class="nw">≈ 2026-11-23</span> <span class="nw">11:00 <span class="muted">+09:00</span></span>');
    expect(html).toContain('RETRACTED');
    expect(html).toContain('backups were encrypted too');
    expect(html).toContain('corrected');
    // Communications with reference number; evidence with custody; chain heads and how to verify.
    expect(html).toContain('R-123');
    expect(html).toContain('Item #1: Ransom note from FS01');
    expect(html).toContain('Released → received: Aiko Sato → Det. Ito');
    for (const head of source.chainHeads) expect(html).toContain(head.hash);
    expect(html).toContain('sha256sum -c manifest-sha256.txt');
    expect(html).toContain('npx lantern-verify bundle.zip');
    expect(html).toContain('Checked at export: all 8 entries from 2 device(s) were re-hashed');
    expect(html).toContain(source.entries.find((entry) => entry.id === ids.call)!.hash);
  });

  it('tells devices set up the same hour apart in the chain column, by the end of their ids as the app does', () => {
    // UUIDv7 ids begin with their creation time: these two share their first digits.
    expect(DEVICE_A.slice(0, 8)).toBe(DEVICE_B.slice(0, 8));
    const html = report(sampleSource().source);
    const timeline = html.slice(html.indexOf('<h2 id="timeline">'), html.indexOf('<h2 id="decisions">'));
    const rowOf = (text: string) => timeline.split('<tr').find((row) => row.includes(text))!;
    expect(rowOf('VPN gateway isolated')).toContain(`#1 · …${DEVICE_B.slice(-8)}</span>`);
    expect(rowOf('Became aware: ransom note on FS01')).toContain(`#1 · …${DEVICE_A.slice(-8)}</span>`);
    expect(timeline).not.toContain(DEVICE_A.slice(0, 8));
    // The chain-head table names each device in full, ending with the same digits.
    const heads = html.slice(html.indexOf('<h2 id="integrity">'));
    expect(heads).toContain(DEVICE_A);
    expect(heads).toContain(DEVICE_B);
  });

  it('prints on A4 with repeating table headers and rows kept whole', () => {
    const html = report(sampleSource().source);
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('tr { break-inside: avoid; }');
    expect(html).toContain('counter(page) " / " counter(pages)');
    // Full-width tables and boxes keep their right border on paper; a hash gets a line of its own.
    expect(html).toMatch(/@media print \{[\s\S]*?\.report \{ padding: 0 1pt 0 0;/);
    expect(html).toContain('span.hash { display: block; }');
  });

  it('labels every version in the full history and marks the superseded ones', () => {
    const html = report(sampleSource().source, 'en', { history: 'full' });
    expect(html).toContain('>Original</span>');
    expect(html).toContain('>Correction 1</span>');
    expect(html).toContain('>Retraction</span>');
    expect(html).toContain('>superseded</span>');
    expect(html).toContain('Reason: FS02 too');
  });

  it('is written in Japanese for a Japanese UI, leaving no translation key unresolved', () => {
    const html = report(sampleSource().source, 'ja');
    expect(html).toContain('<html lang="ja">');
    for (const heading of ['起算点', '報告・通知期限', 'タイムライン', '意思決定', '連絡記録', '証拠一覧', '関与した連絡先', '完全性：ハッシュチェーン']) {
      expect(html).toContain(`>${heading}</h2>`);
    }
    expect(html).toContain('認知した時点');
    expect(html).toContain('撤回済み');
    expect(html).toContain('時刻の表記方針');
    expect(html).toContain('警視庁');
    expect(html).not.toMatch(/\b(report|log|deadlines|evidence|common|communications)[:.][a-zA-Z]+\.[a-zA-Z]/);
  });

  it('says so when nothing matches and when the chain check failed', () => {
    const { source } = sampleSource();
    const failed = { ...source, verification: { ok: false, devices: 2, entries: 8, clockAnomalies: [], tips: {}, failure: { ok: false as const, problem: 'content-altered' as const, index: 2, entryId: 'x', seq: 3, deviceId: DEVICE_A } } };
    const html = report(failed, 'en', { kinds: ['checklist'] });
    expect(html).toContain('No entry matches the chosen options.');
    expect(html).toContain('content changed after saving at entry #3 of device');
  });
});
