// Entries read from IndexedDB come with fresh copies of every string in them: 100,000 entries
// of one incident carry 100,000 copies of its id, of the device's id, of "Asia/Tokyo", and of
// every "paragraph" and "normal" in their bodies. The open incident's log keeps them all, and
// each copy is one more object for every garbage collection to visit (the pauses that cost
// the timeline's scroll its long frames). A pool gives equal short strings one copy.
// Strings are immutable, so the entries read exactly as before.

/** Longer strings are texts, hashes and the like: seldom equal, not worth a lookup. */
const MAX_POOLED_LENGTH = 40;
/** Values that are unique to an entry (ids, instants): pooling them would only grow the pool. */
const UNIQUE_KEYS = new Set(['id', 'hash', 'prevHash', 'occurredAt', 'recordedAt', 'targetId', 'text']);

export class StringPool {
  private readonly pool = new Map<string, string>();

  /** How many distinct strings the pool holds. */
  get size(): number {
    return this.pool.size;
  }

  /** Gives every short string in `value` (objects and arrays, at any depth) the pool's copy, in place. */
  share<T>(value: T): T {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.pooled(value[i]);
    } else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) if (!UNIQUE_KEYS.has(key)) record[key] = this.pooled(record[key]);
    }
    return value;
  }

  private pooled(value: unknown): unknown {
    if (typeof value === 'string') {
      if (value.length > MAX_POOLED_LENGTH) return value;
      const copy = this.pool.get(value);
      if (copy !== undefined) return copy;
      this.pool.set(value, value);
      return value;
    }
    return typeof value === 'object' && value !== null ? this.share(value) : value;
  }
}

/** The parts of an entry SharedParts looks at. */
interface EntryParts {
  deviceId: string;
  hash: string;
  prevHash: string;
  text: string;
  body: unknown;
  author: unknown;
  tags: readonly unknown[];
  refs: readonly unknown[];
  _refKeys?: readonly unknown[];
}

/** The empty list every entry without tags (or references) holds: frozen, so a change throws. */
const NONE: readonly never[] = Object.freeze([]);

/**
 * What the entries of one log repeat beyond short strings, each kept once: an entry's
 * `prevHash` is its predecessor's `hash` (entries come in the order they were stored, which
 * follows each device's chain); a body that is plain text has the entry's `text` again in its
 * text node; one author writes thousands of entries; most have no tags or references. For the
 * bench's 100,000-entry log the heap snapshot then holds 2.31 million objects, not 2.89 million
 * (tools/oneoff/heapprobe.oneoff.ts, SNAPSHOT=1, with the string pool above in both).
 */
export class SharedParts {
  /** Each device's newest hash so far. */
  private readonly heads = new Map<string, string>();
  private readonly authors = new Map<string, unknown>();
  /** How many strings, objects and arrays were given the copy another entry holds. */
  shared = 0;

  /** Gives `entry` the copies already held, in place; its values read as before. */
  share<T extends EntryParts>(entry: T): T {
    const head = this.heads.get(entry.deviceId);
    if (head !== undefined && head === entry.prevHash) this.take(entry, 'prevHash', head);
    this.heads.set(entry.deviceId, entry.hash);
    this.shareBodyText(entry.body, entry.text);
    const author = entry.author as Record<string, unknown> | null;
    // A person is a name and a role, nothing more; JSON tells a null role from the text "null".
    if (author && typeof author === 'object' && Object.keys(author).length === 2 && 'name' in author && 'role' in author) {
      const key = JSON.stringify([author.name, author.role]);
      const known = this.authors.get(key);
      if (known === undefined) this.authors.set(key, author);
      else this.take(entry, 'author', known);
    }
    for (const list of ['tags', 'refs', '_refKeys'] as const) {
      const value = entry[list];
      if (Array.isArray(value) && value.length === 0) this.take(entry, list, NONE);
    }
    return entry;
  }

  /** Text nodes (at any depth) whose text is the whole of the entry's. */
  private shareBodyText(node: unknown, text: string): void {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      for (const child of node) this.shareBodyText(child, text);
      return;
    }
    const record = node as Record<string, unknown>;
    if (record.text === text) this.take(record, 'text', text);
    if ('root' in record) this.shareBodyText(record.root, text);
    if ('children' in record) this.shareBodyText(record.children, text);
  }

  private take(record: object, key: string, value: unknown): void {
    (record as Record<string, unknown>)[key] = value;
    this.shared++;
  }
}
