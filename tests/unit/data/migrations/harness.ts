// The migration test pattern: build a database at an older schema version, seed
// it, close it, open it with the current schema and compare every record.
import { expect } from 'vitest';
import { LanternDB } from '../../../../renderer/data/db';

export type Seed = Record<string, readonly object[]>;

export async function seedAtVersion(name: string, version: number, seed: Seed): Promise<void> {
  const old = new LanternDB(name, version);
  await old.open();
  expect(old.verno).toBe(version);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(seed)) await old.table(table).bulkAdd(rows as object[]);
  });
  old.close();
}

export async function openCurrent(name: string): Promise<LanternDB> {
  const db = new LanternDB(name);
  await db.open();
  return db;
}
