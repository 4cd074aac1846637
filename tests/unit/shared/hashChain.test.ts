// The hash chain must name the first entry that was altered, removed, inserted or moved.
import { describe, expect, it } from 'vitest';
import { computeRecordHash, verifyChain, verifyLog, type Chained } from '../../../shared/crypto/hashChain';
import { canonicalJson } from '../../../shared/crypto/canonicalJson';
import { GENESIS_HASH } from '../../../shared/crypto/sha256';

const DEVICE = '0190a0b0-0000-7000-8000-000000000001';

function chain(n: number, deviceId = DEVICE): Chained[] {
  const out: Chained[] = [];
  let prevHash = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const recordedAt = new Date(Date.UTC(2026, 10, 23, 0, i)).toISOString();
    const content = { id: `e${i}`, deviceId, seq: i, prevHash, recordedAt, text: `entry ${i}` };
    const entry = { ...content, hash: computeRecordHash(content) };
    out.push(entry);
    prevHash = entry.hash;
  }
  return out;
}
const headOf = (entries: Chained[]) => ({ deviceId: DEVICE, seq: entries.at(-1)!.seq, hash: entries.at(-1)!.hash });

describe('canonical JSON (RFC 8785)', () => {
  it('sorts keys and formats numbers the same whatever the input order', () => {
    expect(canonicalJson({ b: 1, a: [1e21, 0.1, -0], c: 'é' })).toBe('{"a":[1e+21,0.1,0],"b":1,"c":"é"}');
    expect(canonicalJson({ z: { y: 2, x: 1 } })).toBe(canonicalJson({ z: { x: 1, y: 2 } }));
  });
  it('refuses values that have no canonical form', () => {
    expect(() => canonicalJson({ bad: '\ud800' })).toThrow();
    expect(() => canonicalJson({ n: Number.NaN })).toThrow();
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain and returns its head', () => {
    const entries = chain(5);
    const last = entries.at(-1)!;
    expect(verifyChain(DEVICE, entries, headOf(entries))).toEqual({
      ok: true,
      head: headOf(entries),
      tip: { seq: 5, hash: last.hash, recordedAt: last.recordedAt },
      clockAnomalies: [],
    });
  });

  it('names an altered entry', () => {
    const entries = chain(6);
    entries[3] = { ...entries[3]!, text: 'changed' } as Chained;
    expect(verifyChain(DEVICE, entries, headOf(chain(6)))).toMatchObject({ ok: false, problem: 'content-altered', index: 3, entryId: 'e4' });
  });

  it('names the entry after a removed one', () => {
    const entries = chain(6);
    const head = headOf(entries);
    entries.splice(2, 1);
    expect(verifyChain(DEVICE, entries, head)).toMatchObject({ ok: false, problem: 'sequence-gap', index: 2, entryId: 'e4' });
  });

  it('names an inserted entry, even one with a valid hash of its own', () => {
    const entries = chain(5);
    const forged = { id: 'forged', deviceId: DEVICE, seq: 3, prevHash: entries[1]!.hash, recordedAt: entries[1]!.recordedAt, text: 'x' };
    entries.splice(2, 0, { ...forged, hash: computeRecordHash(forged) });
    const verdict = verifyChain(DEVICE, entries, headOf(chain(5)));
    expect(verdict).toMatchObject({ ok: false, index: 3, entryId: 'e3' });
  });

  it('names the first of two reordered entries', () => {
    const entries = chain(5);
    [entries[1], entries[2]] = [entries[2]!, entries[1]!];
    expect(verifyChain(DEVICE, entries, headOf(chain(5)))).toMatchObject({ ok: false, problem: 'sequence-gap', index: 1, entryId: 'e3' });
  });

  it('detects the newest entries removed, thanks to the stored head', () => {
    const entries = chain(5);
    const head = headOf(entries);
    expect(verifyChain(DEVICE, entries.slice(0, 3), head)).toMatchObject({ ok: false, problem: 'missing-tail', index: 3, entryId: 'e3' });
  });

  it('detects entries appended without moving the head', () => {
    const entries = chain(5);
    expect(verifyChain(DEVICE, entries, headOf(entries.slice(0, 4)))).toMatchObject({ ok: false, problem: 'beyond-head', entryId: 'e5' });
  });

  it('flags a clock running backwards without failing or reordering', () => {
    const base = chain(2);
    const content = { id: 'e3', deviceId: DEVICE, seq: 3, prevHash: base[1]!.hash, recordedAt: '2026-11-22T00:00:00.000Z', text: 'late clock' };
    const entries = [...base, { ...content, hash: computeRecordHash(content) }];
    expect(verifyChain(DEVICE, entries, headOf(entries))).toMatchObject({ ok: true, clockAnomalies: ['e3'] });
  });

  it('ignores local underscore fields but not any other added field', () => {
    const entries = chain(2).map((e) => ({ ...e, _row: 99 }));
    expect(verifyChain(DEVICE, entries).ok).toBe(true);
    const added = chain(2).map((e, i) => (i === 1 ? { ...e, extra: true } : e));
    expect(verifyChain(DEVICE, added)).toMatchObject({ ok: false, problem: 'content-altered', index: 1 });
  });
});

describe('verifyLog', () => {
  it('checks each device separately and reports a device whose head has no entries', () => {
    const other = '0190a0b0-0000-7000-8000-000000000002';
    const a = chain(3);
    const b = chain(2, other);
    const heads = [headOf(a), { deviceId: other, seq: 2, hash: b[1]!.hash }];
    expect(verifyLog([...a, ...b], heads)).toMatchObject({ ok: true, devices: 2, entries: 5 });
    expect(verifyLog(a, heads)).toMatchObject({ ok: false, failure: { problem: 'missing-tail', deviceId: other } });
    expect(verifyLog([...a, ...b], [headOf(a)])).toMatchObject({ ok: false, failure: { problem: 'unknown-device', deviceId: other } });
  });
});

describe('incremental verification', () => {
  const tipOf = (entry: Chained) => ({ seq: entry.seq, hash: entry.hash, recordedAt: entry.recordedAt });

  it('continues from a verified tip and checks only what follows', () => {
    const entries = chain(8);
    const verdict = verifyLog(entries.slice(5), [headOf(entries)], { [DEVICE]: tipOf(entries[4]!) });
    expect(verdict).toMatchObject({ ok: true, entries: 3, tips: { [DEVICE]: tipOf(entries[7]!) } });
  });

  it('still names an altered or missing new entry, and a tip that does not link', () => {
    const entries = chain(8);
    const altered = entries.slice(5).map((e, i) => (i === 1 ? { ...e, text: 'changed' } : e));
    expect(verifyLog(altered, [headOf(entries)], { [DEVICE]: tipOf(entries[4]!) })).toMatchObject({ ok: false, failure: { problem: 'content-altered', entryId: 'e7' } });
    expect(verifyLog([entries[5]!, entries[7]!], [headOf(entries)], { [DEVICE]: tipOf(entries[4]!) })).toMatchObject({ ok: false, failure: { problem: 'sequence-gap', entryId: 'e8' } });
    expect(verifyLog(entries.slice(5), [headOf(entries)], { [DEVICE]: { ...tipOf(entries[4]!), hash: 'f'.repeat(64) } })).toMatchObject({ ok: false, failure: { problem: 'broken-link', entryId: 'e6' } });
  });

  it('passes when nothing is new and the head is still the tip, fails when the head moved with no entries', () => {
    const entries = chain(4);
    expect(verifyLog([], [headOf(entries)], { [DEVICE]: tipOf(entries[3]!) })).toMatchObject({ ok: true, entries: 0 });
    expect(verifyLog([], [headOf(entries)], { [DEVICE]: tipOf(entries[2]!) })).toMatchObject({ ok: false, failure: { problem: 'missing-tail' } });
  });
});

