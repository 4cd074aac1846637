// v2 (2026-11-23): entries gain `_refKeys`, a local, unhashed list such as
// `system:<id>` or `checklistRun:<id>`, indexed multi-entry so a system page or
// a checklist run finds its entries without scanning the log. Filled here for
// every entry written under v1.
import type { Transaction } from 'dexie';
import type { EntryRef } from '../../../shared/domain/logEntry';

export const refKeysOf = (refs: readonly EntryRef[]): string[] => [...new Set(refs.map((ref) => `${ref.type}:${ref.id}`))];

export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('entries')
    .toCollection()
    .modify((entry: { refs?: EntryRef[]; _refKeys?: string[] }) => {
      entry._refKeys = refKeysOf(entry.refs ?? []);
    });
}
