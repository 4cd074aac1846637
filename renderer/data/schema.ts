// Dated, append-only schema versions. Never edit a released block: add a new one
// with its upgrade in migrations/, and a test that seeds the previous version.
import type Dexie from 'dexie';
import { upgradeToV2 } from './migrations/v2-refKeys';

export interface SchemaVersion {
  version: number;
  /** The day the block was added, for readers of the history. */
  date: string;
  stores: Record<string, string | null>;
  upgrade?: Parameters<ReturnType<Dexie['version']>['upgrade']>[0];
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    date: '2026-11-23',
    stores: {
      incidents: 'id, status, updatedAt',
      // [incidentId+occurredAt]: the timeline's first screen without loading everything;
      // [incidentId+_row]: what arrived since the last look (live updates);
      // [incidentId+deviceId+seq]: one device's chain in order, for verification.
      entries: 'id, [incidentId+occurredAt], [incidentId+_row], [incidentId+deviceId+seq], revision.targetId',
      chainHeads: '[incidentId+deviceId], incidentId',
      device: 'id',
      profile: 'id',
      settings: 'key',
      meta: 'key',
    },
  },
  {
    version: 2,
    date: '2026-11-23',
    stores: {
      // *_refKeys: entries that reference a system, a checklist run, … (local, never hashed).
      entries: 'id, [incidentId+occurredAt], [incidentId+_row], [incidentId+deviceId+seq], revision.targetId, *_refKeys',
      templates: 'id',
      checklistRuns: 'id, incidentId, systemId',
      systems: 'id, incidentId',
    },
    upgrade: upgradeToV2,
  },
  {
    version: 3,
    date: '2026-11-23',
    stores: {
      // Own contacts and edited shipped records (the shipped ones live in shared/seed).
      contacts: 'id, kind, category',
      engagements: '[incidentId+contactId], incidentId, contactId',
      regimes: '[incidentId+regimeId], incidentId',
      anchors: '[incidentId+anchor], incidentId',
      deadlineMarks: '[incidentId+ruleId], incidentId',
    },
  },
  {
    version: 4,
    date: '2026-11-23',
    stores: {
      // [incidentId+itemNumber]: the next item number and the locker in custody-form order.
      evidence: 'id, incidentId, &[incidentId+itemNumber]',
      evidenceBlobs: 'itemId',
      // [itemId+seq]: one item's custody chain in order.
      custody: 'id, &[itemId+seq], incidentId',
      custodyHeads: 'itemId',
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS.at(-1)!.version;

export function applySchema(db: Dexie, upToVersion = LATEST_SCHEMA_VERSION): void {
  for (const block of SCHEMA_VERSIONS) {
    if (block.version > upToVersion) break;
    const version = db.version(block.version).stores(block.stores);
    if (block.upgrade) version.upgrade(block.upgrade);
  }
}
