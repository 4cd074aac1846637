// The open log's string pool: entries read the same after it, and it keeps only the short,
// repeated strings (a string's identity cannot be seen from JavaScript; the heap probe,
// tools/oneoff/heapprobe.oneoff.ts, measures what it saves).
import { describe, expect, it } from 'vitest';
import { SharedParts, StringPool } from '../../../renderer/data/stores/stringPool';

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

describe('SharedParts', () => {
  // A device's chain: each entry's prevHash is the hash before it. Entry 2 has tags, entry 3 a
  // body whose text is not the entry's whole text, entry 4 another author.
  const chain = () => {
    const entries = [1, 2, 3, 4].map((n) => ({ ...entry(n), deviceId: 'device-a', tags: n === 2 ? ['vpn'] : [], refs: [], _refKeys: [] }));
    entries.forEach((e, i) => (e.prevHash = i === 0 ? '0'.repeat(64) : entries[i - 1]!.hash));
    entries[2]!.body.root.children[0]!.children[0]!.text = 'part of it';
    entries[3]!.author = { name: 'Ken Ito', role: null as unknown as string };
    return entries;
  };

  it('leaves every entry equal to what was read', () => {
    const parts = new SharedParts();
    for (const e of chain()) expect(parts.share(structuredClone(e))).toEqual(e);
  });

  it('shares each predecessor hash, the body text that is the whole text, one author object and the empty lists', () => {
    const parts = new SharedParts();
    const entries = chain().map((e) => parts.share(structuredClone(e)));
    // prevHash of 2, 3, 4; body text of 1, 2, 4; author of 2, 3; empty tags of 1, 3, 4
    // and refs and _refKeys of all four.
    expect(parts.shared).toBe(3 + 3 + 2 + 3 + 4 + 4);
    expect(entries[1]!.author).toBe(entries[0]!.author);
    expect(entries[3]!.author).not.toBe(entries[0]!.author);
    expect(entries[3]!.refs).toBe(entries[0]!.tags);
    expect(Object.isFrozen(entries[0]!.tags)).toBe(true);
    expect(entries[1]!.tags).toEqual(['vpn']);
    expect(() => (entries[0]!.tags as string[]).push('x')).toThrow(TypeError);
  });

  it('shares an author object only with the same name and role', () => {
    const parts = new SharedParts();
    const [a, b, c, d] = chain().map((e) => structuredClone(e));
    a!.author = { name: 'Ken Ito', role: null as unknown as string };
    b!.author = { name: 'Ken Ito', role: 'null' };
    c!.author = { name: 'Ken Ito', other: null } as unknown as typeof c.author;
    d!.author = { name: 'Ken Ito', role: null as unknown as string };
    const shared = [a, b, c, d].map((e) => parts.share({ ...e!, tags: ['x'], refs: ['y'], _refKeys: ['z'], body: null }).author);
    expect(shared[1]).not.toBe(shared[0]);
    expect(shared[2]).not.toBe(shared[0]);
    expect(shared[3]).toBe(shared[0]);
    expect(shared.map((author) => (author as { role?: unknown }).role)).toEqual([null, 'null', undefined, null]);
  });

  it('shares no hash across devices or across a gap in the chain', () => {
    const parts = new SharedParts();
    const [a, b] = chain();
    parts.share({ ...a!, tags: ['x'], refs: ['y'], _refKeys: ['z'], body: null });
    parts.share({ ...b!, deviceId: 'device-b', tags: ['x'], refs: ['y'], _refKeys: ['z'], body: null, author: { name: 'Other', role: null } });
    expect(parts.shared).toBe(0);
  });
});
