// Markdown for a report or a ticket: readable in the UI language, user text shown as typed.
import { describe, expect, it } from 'vitest';
import { mdEscape, timelineMarkdown } from '../../../shared/export/markdown';
import { allOf } from '../../../shared/export/options';
import { dictionaryTranslator } from '../../../shared/export/texts';
import { buildTimelineModel } from '../../../shared/export/timelineModel';
import { ChainWriter, DEVICE_A, sampleSource, textsOf } from './fixtures';

const markdown = (language: 'en' | 'ja', source = sampleSource().source) =>
  timelineMarkdown(buildTimelineModel(source, allOf('Asia/Tokyo', language)), dictionaryTranslator(textsOf(language), language));

describe('timelineMarkdown', () => {
  it('has the incident, the register and one block per entry with times, author, text and hash', () => {
    const { source, ids } = sampleSource();
    const md = markdown('en', source);
    expect(md.startsWith('# Ransomware at Tokyo DC (IR-7)\n')).toBe(true);
    expect(md).toContain('## Clock anchors');
    expect(md).toContain('- Became aware: 2026-11-23T09:30:00+09:00 — decided by CISO Tanaka');
    expect(md).toContain('### ≈ 2026-11-23T11:00:00+09:00 · Action · Ben Carter (Forensics)');
    expect(md).toContain('> VPN gateway isolated');
    expect(md).toContain('**RETRACTED**');
    expect(md).toContain(source.entries.find((entry) => entry.id === ids.call)!.hash);
  });

  it('escapes markup in user text so that a renderer shows it as typed', () => {
    const log = new ChainWriter();
    log.add(DEVICE_A, { occurredAt: '2026-11-23T00:00:00.000Z', recordedAt: '2026-11-23T00:00:01.000Z', text: '<script>alert(1)</script> [click](javascript:alert(2)) **bold**\n# not a heading' });
    const md = markdown('en', { ...sampleSource().source, entries: log.entries, chainHeads: log.heads() });
    expect(md).toContain('> \\<script\\>alert(1)\\</script\\> \\[click\\](javascript:alert(2)) \\*\\*bold\\*\\*\n> \\# not a heading');
    expect(md).not.toContain('<script>');
    expect(mdEscape('1. item\n- dash\n+ plus')).toBe('1\\. item\n\\- dash\n\\+ plus');
  });

  it('is written in Japanese for a Japanese UI', () => {
    const md = markdown('ja');
    expect(md).toContain('## 起算点');
    expect(md).toContain('- 認知した時点：2026-11-23T09:30:00+09:00 — 判断者：CISO Tanaka');
    expect(md).toContain('**撤回済み**');
    expect(md).toContain('連絡先：警視庁');
  });
});
