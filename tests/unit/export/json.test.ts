// JSON for other tools: a stable shape that round-trips entry ids, hashes and times.
import { describe, expect, it } from 'vitest';
import { computeRecordHash } from '../../../shared/crypto/hashChain';
import { timelineJson, type TimelineJson } from '../../../shared/export/json';
import { allOf } from '../../../shared/export/options';
import { buildTimelineModel } from '../../../shared/export/timelineModel';
import { sampleSource } from './fixtures';

describe('timelineJson', () => {
  const { source, ids } = sampleSource();
  const read = (history: 'current' | 'full' = 'full') => JSON.parse(timelineJson(buildTimelineModel(source, { ...allOf('Asia/Tokyo'), history }))) as TimelineJson;

  it('names its format and version', () => {
    const json = read();
    expect([json.format, json.version]).toEqual(['lantern-timeline-export', 1]);
    expect(json.incident).toMatchObject({ id: source.incident.id, code: 'IR-7', timeZone: 'Asia/Tokyo' });
    expect(json.options).toMatchObject({ zone: 'Asia/Tokyo', history: 'full', retracted: 'show' });
  });

  it('round-trips every entry id and hash of the full history', () => {
    const json = read('full');
    const byId = new Map(source.entries.map((entry) => [entry.id, entry]));
    expect(json.entries.map((entry) => entry.entryId).sort()).toEqual([...byId.keys()].sort());
    for (const exported of json.entries) {
      const original = byId.get(exported.entryId)!;
      expect(exported.hash).toBe(original.hash);
      expect(exported.prevHash).toBe(original.prevHash);
      expect([exported.deviceId, exported.seq, exported.recordedAt, exported.eventTimeUtc]).toEqual([original.deviceId, original.seq, original.recordedAt, original.occurredAt]);
    }
  });

  it('carries what a reader needs to recompute a hash from the exported fields', () => {
    const json = read('full');
    const exported = json.entries.find((entry) => entry.entryId === ids.call)!;
    const recomputed = computeRecordHash({
      schemaVersion: 1, id: exported.entryId, incidentId: exported.incidentId, kind: exported.kind, occurredAt: exported.eventTimeUtc,
      occurredZone: exported.enteredZone, occurredPrecision: exported.timePrecision, recordedAt: exported.recordedAt, recordedZone: exported.recordedZone,
      author: exported.author, deviceId: exported.deviceId, body: null, text: exported.text, tags: exported.tags, revision: exported.revision,
      refs: source.entries.find((e) => e.id === ids.call)!.refs, data: exported.data, seq: exported.seq, prevHash: exported.prevHash,
    });
    expect(recomputed).toBe(exported.hash);
  });

  it('lists the anchors, deadlines, evidence with custody, engaged contacts and chain heads', () => {
    const json = read();
    expect(json.clockAnchors).toEqual([expect.objectContaining({ anchor: 'awareness', atZoned: '2026-11-23T09:30:00+09:00', decidedBy: 'CISO Tanaka', entryId: ids.aware })]);
    expect(json.deadlines.map((row) => row.ruleId)).toContain('eu-gdpr-33');
    expect(json.evidence[0]!.custody.map((event) => event.seq)).toEqual([1, 2]);
    expect(json.contactsEngaged).toEqual([{ contactId: 'jp-npa-cyber', name: 'Tokyo Metropolitan Police', engaged: true, changedAt: '2026-11-23T03:59:00.000Z' }]);
    expect(json.chainHeads).toEqual(source.chainHeads);
  });
});
