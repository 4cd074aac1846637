// The open log's string pool: entries read the same after it, and it keeps only the short,
// repeated strings (a string's identity cannot be seen from JavaScript; the heap probe,
// tools/oneoff/heapprobe.oneoff.ts, measures what it saves).
import { describe, expect, it } from 'vitest';
import { StringPool } from '../../../renderer/data/stores/stringPool';

const entry = (n: number) => ({
  id: `0190a0b0-0000-7000-8000-${String(n).padStart(12, '0')}`,
  incidentId: '0190a0b0-0000-7000-8000-00000000000a',
  kind: 'note',
  occurredAt: `2026-11-23T01:00:0${n}.000Z`,
  occurredZone: 'Asia/Tokyo',
  author: { name: 'Aiko Sato', role: 'Scribe' },
  body: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: `entry ${n}`, mode: 'normal' }] }] } },
  text: `entry ${n}`,
  tags: ['vpn', 'fs01'],
  refs: [{ type: 'system', id: '0190a0b0-0000-7000-8000-0000000000s1' }],
  revision: null,
  seq: n,
  hash: 'a'.repeat(63) + String(n),
  prevHash: 'b'.repeat(63) + String(n),
  note: 'x'.repeat(41),
});

describe('StringPool', () => {
  it('leaves every entry equal to what was read', () => {
    const pool = new StringPool();
    const entries = [1, 2, 3].map(entry);
    for (const e of entries) expect(pool.share(structuredClone(e))).toEqual(e);
  });

  it('pools the repeated short strings, at any depth, and not ids, instants, texts or long strings', () => {
    const pool = new StringPool();
    for (const n of [1, 2, 3]) pool.share(entry(n));
    // The incident's id, note, Asia/Tokyo, Aiko Sato, Scribe, root, paragraph, text (a node's
    // type), normal, vpn, fs01, system: 12. Every `id` is left out, a reference's too.
    expect(pool.size).toBe(12);
    const more = new StringPool();
    more.share({ id: 'same', hash: 'same', text: 'same', occurredAt: 'same', recordedAt: 'same', prevHash: 'same', targetId: 'same', long: 'y'.repeat(41) });
    expect(more.size).toBe(0);
  });
});
