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
