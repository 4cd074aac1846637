// The built-in templates must be valid, complete copies of domain/reference.md §2.
import { describe, expect, it } from 'vitest';
import { ChecklistTemplateSchema, templateItems, type ChecklistTemplate } from '../../../shared/domain/checklistTemplate';
import { BUILT_IN_TEMPLATES, builtInTemplate } from '../../../shared/seed/templates';

/** Per template in reference.md order: item-id prefix, rows in its table, scope. */
const REFERENCE_TABLES = [
  { id: 'ransomware-first-hour', prefix: 'rfh', rows: 20, scope: 'either' },
  { id: 'vpn-remote-access-compromise', prefix: 'vpn', rows: 16, scope: 'either' },
  { id: 'ad-credentials-containment', prefix: 'ad', rows: 16, scope: 'incident' },
  { id: 'cloud-saas-tenant-containment', prefix: 'cloud', rows: 13, scope: 'either' },
  { id: 'evidence-preservation', prefix: 'ev', rows: 18, scope: 'either' },
  { id: 'supply-chain-partner-notification', prefix: 'sc', rows: 14, scope: 'incident' },
] as const;

/** The ids of reference.md §7's source register: S1–S52, which has no S6. */
const REGISTERED_SOURCES = new Set(Array.from({ length: 52 }, (_, i) => `S${i + 1}`).filter((id) => id !== 'S6'));

const template = (id: string): ChecklistTemplate => {
  const found = builtInTemplate(id);
  if (!found) throw new Error(`no built-in template ${id}`);
  return found;
};
const item = (templateId: string, itemId: string) => templateItems(template(templateId)).find((it) => it.id === itemId);

describe('built-in templates', () => {
  it('are the six of reference.md §2, in its order, each at version 1', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.id)).toEqual(REFERENCE_TABLES.map((t) => t.id));
    expect(BUILT_IN_TEMPLATES.every((t) => t.version === 1)).toBe(true);
  });

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s parses unchanged with ChecklistTemplateSchema', (_, t) => {
    const result = ChecklistTemplateSchema.safeParse(t);
    expect(result.error?.issues).toBeUndefined();
    expect(result.data).toEqual(t);
  });

  it.each(REFERENCE_TABLES)('$id has one item per table row, numbered $prefix-01 onwards, scope $scope', ({ id, prefix, rows, scope }) => {
    const numbered = Array.from({ length: rows }, (_, i) => `${prefix}-${String(i + 1).padStart(2, '0')}`);
    expect(templateItems(template(id)).map((it) => it.id)).toEqual(numbered);
    expect(template(id).scope).toBe(scope);
  });

  it('have text in both languages for every title, phase and item', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      const texts = [t.title, ...(t.description ? [t.description] : []), ...t.phases.map((p) => p.title), ...templateItems(t).map((it) => it.text)];
      for (const text of texts) {
        expect(text.en.trim(), `${t.id}: ${text.ja}`).not.toBe('');
        expect(text.ja.trim(), `${t.id}: ${text.en}`).not.toBe('');
      }
    }
  });

  it('group items into phases named by the English phase column', () => {
    expect(template('ransomware-first-hour').phases.map((p) => [p.id, p.title.en, p.title.ja, p.items.length])).toEqual([
      ['mobilize', 'Mobilize', '体制立ち上げ', 3],
      ['contain', 'Contain', '封じ込め', 4],
      ['preserve', 'Preserve', '保全', 5],
      ['assess', 'Assess', '状況把握', 3],
      ['notify', 'Notify', '連絡・通知', 5],
    ]);
    expect(template('supply-chain-partner-notification').phases.at(-1)?.id).toBe('follow-up');
  });

  it('cite only sources registered in reference.md §7', () => {
    const unknown = BUILT_IN_TEMPLATES.flatMap((t) => templateItems(t).flatMap((it) => it.sources.filter((s) => !REGISTERED_SOURCES.has(s)).map((s) => `${it.id}:${s}`)));
    expect(unknown).toEqual([]);
  });

  it('mark practice and verify items as the src column does', () => {
    expect(item('vpn-remote-access-compromise', 'vpn-12')).toMatchObject({ sources: [], evidenceStatus: 'practice' });
    expect(item('vpn-remote-access-compromise', 'vpn-04')).toMatchObject({ sources: ['S2'], evidenceStatus: 'practice' });
    expect(item('cloud-saas-tenant-containment', 'cloud-11')).toMatchObject({ sources: ['S50'], evidenceStatus: 'verify' });
    expect(item('supply-chain-partner-notification', 'sc-07')).toMatchObject({ sources: ['S47'], evidenceStatus: 'verify' });
    expect(item('ransomware-first-hour', 'rfh-16')).toMatchObject({ sources: ['S33', 'S34', 'S32'], evidenceStatus: 'sourced' });
    const unsourced = BUILT_IN_TEMPLATES.flatMap((t) => templateItems(t)).filter((it) => it.sources.length === 0);
    expect(unsourced.every((it) => it.evidenceStatus === 'practice')).toBe(true);
  });

  it('declare every conflict on both items, each with a trade-off to show', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      const items = new Map(templateItems(t).map((it) => [it.id, it]));
      for (const it of items.values()) {
        for (const other of it.conflictsWith) expect(items.get(other)?.conflictsWith, `${other} → ${it.id}`).toContain(it.id);
        if (it.conflictsWith.length > 0) expect(it.tradeOff, it.id).not.toBeNull();
      }
    }
  });

  it('surface the power-off, memory and reset-order trade-offs of the reference notes', () => {
    expect(item('ransomware-first-hour', 'rfh-07')?.conflictsWith).toEqual(['rfh-08']);
    expect(item('ad-credentials-containment', 'ad-07')?.conflictsWith).toEqual(['ad-15']);
    expect(item('evidence-preservation', 'ev-04')?.tradeOff?.en).toMatch(/memory/);
    const paired = BUILT_IN_TEMPLATES.flatMap((t) => templateItems(t)).filter((it) => it.conflictsWith.length > 0).map((it) => it.id);
    expect(paired).toEqual(['rfh-07', 'rfh-08', 'ad-07', 'ad-15']);
  });

  it('are found by id, and an unknown id finds nothing', () => {
    expect(builtInTemplate('evidence-preservation')?.title.en).toBe('Evidence preservation (order of volatility, RFC 3227)');
    expect(builtInTemplate('vpn-remote-access-compromise')?.title).toEqual({ en: 'VPN / remote-access compromise', ja: 'VPN・リモートアクセス侵害への対応' });
    expect(builtInTemplate('ransomware')).toBeUndefined();
  });
});
