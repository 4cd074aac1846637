// What "every record preserved" is measured by: per table, the sorted SHA-256 of each
// record's canonical JSON (RFC 8785). Values JSON cannot hold are described first:
// a Blob by its size, type and the SHA-256 of its bytes; a CryptoKey by its type,
// algorithm and usages, plus its bytes when it is public.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../../shared/crypto/canonicalJson';
import type { LanternDB } from '../../../../renderer/data/db';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

async function describe(value: unknown): Promise<unknown> {
  if (value instanceof Blob) return { $blob: { size: value.size, type: value.type, sha256: sha256(new Uint8Array(await value.arrayBuffer())) } };
  if (value instanceof CryptoKey) {
    const raw = value.type === 'public' ? sha256(new Uint8Array(await crypto.subtle.exportKey('raw', value))) : null;
    return { $cryptoKey: { type: value.type, algorithm: value.algorithm.name, extractable: value.extractable, usages: [...value.usages].sort(), raw } };
  }
  if (Array.isArray(value)) return Promise.all(value.map(describe));
  if (value && typeof value === 'object') {
    const entries = await Promise.all(Object.entries(value).map(async ([key, inner]) => [key, await describe(inner)] as const));
    return Object.fromEntries(entries);
  }
  return value;
}

export const recordHash = async (record: object): Promise<string> => sha256(canonicalJson(await describe(record)));

/** Sorted record hashes of each table; `names` defaults to every table of `db`. */
export async function tableDigests(db: LanternDB, names: readonly string[] = db.tables.map((t) => t.name)): Promise<Record<string, string[]>> {
  const digests: Record<string, string[]> = {};
  for (const name of names) digests[name] = (await Promise.all((await db.table(name).toArray()).map(recordHash))).sort();
  return digests;
}

/** Same as tableDigests, over records held in memory. */
export async function seedDigests(seed: Record<string, readonly object[]>): Promise<Record<string, string[]>> {
  const digests: Record<string, string[]> = {};
  for (const [name, rows] of Object.entries(seed)) digests[name] = (await Promise.all(rows.map(recordHash))).sort();
  return digests;
}
