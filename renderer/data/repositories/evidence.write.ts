// Evidence locker writes. Intake stores the file, its custody-form header, the first
// custody event ("collected") and an `evidence` log entry in one transaction, after the
// file was hashed: a cancelled, failed or refused intake leaves nothing behind. Every
// later custody event is appended to the item's own hash chain, with a log entry too.
import {
  CustodyEventContentSchema,
  EVIDENCE_SCHEMA_VERSION,
  EvidenceItemSchema,
  type CustodyAction,
  type CustodyDetails,
  type CustodyEvent,
  type DetectedType,
  type EvidenceDescription,
  type EvidenceItem,
} from '../../../shared/domain/evidence';
import { nextCustodyLink, sealCustodyEvent } from '../../../shared/evidence/custodyChain';
import type { EntryData } from '../../../shared/domain/logEntry';
import { CodedError } from '../../../shared/result';
import { hashBlob, type HashOptions } from '../../evidence/hashFile';
import type { DataContext } from '../context';
import type { LanternDB } from '../db';
import { validated } from './validated';
import { storageChecked } from './storageFull';
import { appendInTransaction, changeEntry, logTables } from './entries.write';

const evidenceTables = (db: LanternDB) => [db.incidents, db.systems, db.evidence, db.evidenceBlobs, db.custody, db.custodyHeads, ...logTables(db)];

export interface IntakeInput {
  incidentId: string;
  file: Blob;
  /** The name the file arrived with: data only, never a path. */
  originalName: string;
  /** SHA-256 of `file`, computed (hashBlob) before intake. */
  sha256: string;
  detectedType: DetectedType;
  description: EvidenceDescription;
  /** Custody form: where it was collected and why. */
  collection: { location: string; reason: string };
  /** The log entry's text in the UI language, given the item number assigned. */
  text(itemNumber: number): string;
}

type CustodyVariant = { [A in CustodyAction]: { action: A; details: CustodyDetails<A> } }[CustodyAction];
/** A custody event to append after intake; `at`/`zone`: when it happened. */
export type CustodyInput = Exclude<CustodyVariant, { action: 'collected' }> & { at: string; zone: string };

const entryData = (item: EvidenceItem, event: CustodyEvent): EntryData => ({
  evidence: { itemId: item.id, itemNumber: item.itemNumber, action: event.action, custodyEventId: event.id, custodySeq: event.seq },
});

/** Appends one custody event (and its log entry) inside the caller's transaction. */
async function appendCustodyInTransaction(ctx: DataContext, item: EvidenceItem, variant: CustodyVariant & { at: string; zone: string }, text: string): Promise<CustodyEvent> {
  const { db } = ctx;
  const [head, profile] = await Promise.all([db.custodyHeads.get(item.id), db.profile.get('self')]);
  if (!profile) throw new CodedError('identity.missing', 'no responder profile on this device yet');
  if (head) {
    const last = await db.custody.get({ itemId: item.id, seq: head.seq });
    if (last?.action === 'disposed') throw new CodedError('evidence.disposed', `item ${item.itemNumber} was disposed of`);
  }
  if ((variant.action === 'collected') !== !head) throw new CodedError('evidence.invalid', 'collected is the first custody event and only the first');
  const content = validated(
    CustodyEventContentSchema.safeParse({
      schemaVersion: EVIDENCE_SCHEMA_VERSION,
      id: ctx.newId(),
      itemId: item.id,
      incidentId: item.incidentId,
      ...nextCustodyLink(head ?? null),
      at: variant.at,
      zone: variant.zone,
      by: { name: profile.name, role: profile.role || null },
      action: variant.action,
      details: variant.details,
    }),
    'evidence.invalid',
  );
  const event = sealCustodyEvent(content);
  await db.custody.add(event);
  await db.custodyHeads.put({ itemId: item.id, seq: event.seq, hash: event.hash });
  await appendInTransaction(ctx, [
    {
      ...changeEntry(ctx, { incidentId: item.incidentId, kind: 'evidence', text, refs: [{ type: 'evidence', id: item.id }], data: entryData(item, event) }),
      occurredAt: event.at,
      occurredZone: event.zone,
    },
  ]);
  return event;
}

/** Takes a hashed file into the locker as the incident's next item. */
export async function addEvidence(ctx: DataContext, input: IntakeInput): Promise<EvidenceItem> {
  const { db } = ctx;
  return storageChecked(() =>
    db.transaction('rw', evidenceTables(db), async () => {
      if (!(await db.incidents.get(input.incidentId))) throw new CodedError('incident.missing', `no incident ${input.incidentId}`);
      const system = input.description.sourceSystemId ? await db.systems.get(input.description.sourceSystemId) : null;
      if (system === undefined || (system && system.incidentId !== input.incidentId)) throw new CodedError('evidence.systemMissing', 'the source system is not on this board');
      const last = await db.evidence.where('[incidentId+itemNumber]').between([input.incidentId, 0], [input.incidentId, Infinity]).last();
      const item = validated(
        EvidenceItemSchema.safeParse({
          ...input.description,
          schemaVersion: EVIDENCE_SCHEMA_VERSION,
          id: ctx.newId(),
          incidentId: input.incidentId,
          itemNumber: (last?.itemNumber ?? 0) + 1,
          // Lone surrogates cannot be hashed as canonical JSON; the display shows them replaced.
          originalName: input.originalName.toWellFormed(),
          size: input.file.size,
          // What detection said, without its preview advice (which the viewer recomputes from the bytes).
          detectedType: { mime: input.detectedType.mime, label: input.detectedType.label },
          sha256: input.sha256,
          storedAt: ctx.now().toISOString(),
        }),
        'evidence.invalid',
      );
      await db.evidence.add(item);
      await db.evidenceBlobs.add({ itemId: item.id, blob: input.file });
      await appendCustodyInTransaction(
        ctx,
        item,
        { action: 'collected', details: { ...input.collection, sha256: item.sha256 }, at: item.collectedAt, zone: item.collectedZone },
        input.text(item.itemNumber),
      );
      return item;
    }),
    'evidence.quota',
  );
}

/** Appends a transfer, access, export, verification or disposal to the item's custody chain. */
export async function appendCustody(ctx: DataContext, itemId: string, input: CustodyInput, text: string): Promise<CustodyEvent> {
  const { db } = ctx;
  // A full disk refuses the event as storage.full: neither it nor its log entry is stored.
  return storageChecked(() =>
    db.transaction('rw', evidenceTables(db), async () => {
      const item = await db.evidence.get(itemId);
      if (!item) throw new CodedError('evidence.missing', `no evidence item ${itemId}`);
      return appendCustodyInTransaction(ctx, item, input, text);
    }),
  );
}

export interface VerifyOutcome {
  item: EvidenceItem;
  result: 'pass' | 'fail';
  computedSha256: string;
  event: CustodyEvent;
}

/**
 * Re-hashes the stored file and records the result as a `verified` custody event, pass or fail.
 * `text` gives the log entry's text for the outcome.
 */
export async function verifyEvidence(
  ctx: DataContext,
  itemId: string,
  text: (outcome: { item: EvidenceItem; result: 'pass' | 'fail'; computedSha256: string }) => string,
  options: HashOptions = {},
): Promise<VerifyOutcome> {
  const { db } = ctx;
  const item = await db.evidence.get(itemId);
  if (!item) throw new CodedError('evidence.missing', `no evidence item ${itemId}`);
  const stored = await db.evidenceBlobs.get(itemId);
  if (!stored) throw new CodedError('evidence.blobMissing', `the stored file of item ${item.itemNumber} is missing`, { itemNumber: item.itemNumber });
  const computedSha256 = await hashBlob(stored.blob, options);
  const result = computedSha256 === item.sha256 && stored.blob.size === item.size ? 'pass' : 'fail';
  const event = await appendCustody(ctx, itemId, { action: 'verified', details: { result, computedSha256 }, at: ctx.now().toISOString(), zone: ctx.zone() }, text({ item, result, computedSha256 }));
  return { item, result, computedSha256, event };
}
