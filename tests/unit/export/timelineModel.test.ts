// The export options: which entries go in (kinds, responders, systems, time range,
// retracted), in which order, and how corrections and retractions appear.
import { describe, expect, it } from 'vitest';
import { allOf, type TimelineOptions } from '../../../shared/export/options';
import { buildTimelineModel } from '../../../shared/export/timelineModel';
import { SYSTEM_FS01, SYSTEM_VPN, sampleSource } from './fixtures';

const { source, ids } = sampleSource();
const build = (options: Partial<TimelineOptions> = {}) => buildTimelineModel(source, { ...allOf('Asia/Tokyo'), ...options });
const shownIds = (options: Partial<TimelineOptions> = {}) => build(options).rows.map((row) => row.entry.id);

describe('buildTimelineModel', () => {
  it('lists each entry once, as it now reads, in event-time order', () => {
    expect(shownIds()).toEqual([ids.aware, ids.corrected, ids.action, ids.wrong, ids.call, ids.evidence]);
    const model = build();
    expect(model.totals).toEqual({ threads: 6, entries: 8, shownThreads: 6 });
  });

  it('gives event times in the chosen zone with their offset, and keeps the UTC instant', () => {
    const tokyo = build().rows[0]!;
    expect(tokyo.eventTime).toBe('2026-11-23T09:30:00+09:00');
    const newYork = build({ zone: 'America/New_York' }).rows[0]!;
    expect(newYork.eventTime).toBe('2026-11-22T19:30:00-05:00');
    expect(newYork.entry.occurredAt).toBe('2026-11-23T00:30:00.000Z');
  });

  it('marks a corrected entry with its number of corrections', () => {
    const row = build().rows.find((r) => r.threadId === ids.note)!;
    expect(row).toMatchObject({ version: 'amendment', versionNumber: 1, isCurrent: true, corrections: 1 });
    expect(row.entry.text).toBe('FS01 and FS02 shares encrypted');
  });

  it('full history lists every version of a thread together: original, corrections, retraction', () => {
    const rows = build({ history: 'full' }).rows;
    expect(rows.map((row) => row.entry.id)).toEqual([ids.aware, ids.note, ids.corrected, ids.action, ids.wrong, ids.retraction, ids.call, ids.evidence]);
    const note = rows.filter((row) => row.threadId === ids.note);
    expect(note.map((row) => [row.version, row.versionNumber, row.isCurrent])).toEqual([['original', 0, false], ['amendment', 1, true]]);
    const retracted = rows.filter((row) => row.threadId === ids.wrong);
    expect(retracted.map((row) => row.version)).toEqual(['original', 'retraction']);
    expect(retracted.every((row) => row.retraction?.reason === 'backups were encrypted too')).toBe(true);
  });

  it('shows retracted entries marked, or leaves them out', () => {
    const shown = build().rows.find((row) => row.threadId === ids.wrong)!;
    expect(shown.retraction).toMatchObject({ entryId: ids.retraction, reason: 'backups were encrypted too', by: { name: 'Ben Carter' } });
    expect(shownIds({ retracted: 'hide' })).not.toContain(ids.wrong);
    expect(shownIds({ retracted: 'hide', history: 'full' })).not.toContain(ids.retraction);
  });

  it('filters by kind', () => {
    expect(shownIds({ kinds: ['decision', 'communication'] })).toEqual([ids.aware, ids.call]);
  });

  it('filters by responder', () => {
    expect(shownIds({ authors: ['Ben Carter'] })).toEqual([ids.action, ids.wrong]);
  });

  it('filters by the systems an entry (or any of its versions) mentions', () => {
    expect(shownIds({ systems: [SYSTEM_VPN] })).toEqual([ids.action]);
    expect(shownIds({ systems: [SYSTEM_FS01, SYSTEM_VPN] })).toEqual([ids.corrected, ids.action]);
  });

  it('filters by event-time range, both ends inclusive', () => {
    expect(shownIds({ from: '2026-11-23T01:00:00.000Z', to: '2026-11-23T03:00:00.000Z' })).toEqual([ids.corrected, ids.action, ids.wrong]);
    expect(shownIds({ from: '2026-11-23T04:00:00.000Z' })).toEqual([ids.call, ids.evidence]);
    expect(shownIds({ to: '2026-11-23T00:59:59.999Z' })).toEqual([ids.aware]);
  });

  it('resolves references to names and evidence numbers', () => {
    const rows = build().rows;
    expect(rows.find((r) => r.entry.id === ids.corrected)!.systems).toEqual([{ id: SYSTEM_FS01, name: 'FS01' }]);
    expect(rows.find((r) => r.entry.id === ids.evidence)!.evidence).toEqual([{ id: expect.any(String), itemNumber: 1, sha256: 'a'.repeat(64) }]);
    expect(rows.find((r) => r.entry.id === ids.call)!.contacts).toEqual([{ id: 'jp-npa-cyber', name: 'Tokyo Metropolitan Police' }]);
    expect(buildTimelineModel(source, { ...allOf('UTC', 'ja') }).rows.find((r) => r.entry.id === ids.call)!.contacts[0]!.name).toBe('警視庁');
  });

  it('keeps a correction whose original is missing, marked as an orphan', () => {
    const orphanSource = { ...source, entries: source.entries.filter((entry) => entry.id !== ids.note) };
    const orphan = buildTimelineModel(orphanSource, allOf('UTC')).rows.find((row) => row.entry.id === ids.corrected)!;
    expect(orphan).toMatchObject({ orphan: true, version: 'amendment' });
  });

  it('registers the anchors with who decided, and each deadline with its due time and status', () => {
    const { register } = build();
    expect(register.anchors).toEqual([expect.objectContaining({ anchor: 'awareness', at: '2026-11-23T00:30:00.000Z', decidedBy: 'CISO Tanaka' })]);
    expect(register.anchors[0]!.entry?.id).toBe(ids.aware);
    const gdpr = register.deadlines.find((row) => row.rule.id === 'eu-gdpr-33')!;
    // 72 h after awareness; the export is half an hour before that.
    expect(gdpr).toMatchObject({ due: '2026-11-26T00:30:00.000Z', state: 'due-soon', met: null });
    const later = buildTimelineModel({ ...source, exportedAt: '2026-11-27T00:00:00.000Z' }, allOf('UTC')).register.deadlines.find((row) => row.rule.id === 'eu-gdpr-33')!;
    expect(later.state).toBe('overdue');
  });
});
