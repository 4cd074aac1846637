// Evidence locker reads: an incident's items in item-number order, one item's custody
// chain, its stored bytes, and whether the chain still verifies.
import type { CustodyEvent, EvidenceItem } from '../../../shared/domain/evidence';
import { verifyCustodyChain, type CustodyVerdict } from '../../../shared/evidence/custodyChain';
import type { LanternDB } from '../db';

export const evidenceOf = (db: LanternDB, incidentId: string): Promise<EvidenceItem[]> =>
  db.evidence.where('[incidentId+itemNumber]').between([incidentId, 0], [incidentId, Infinity]).toArray();

export const getEvidence = (db: LanternDB, id: string) => db.evidence.get(id);

export const custodyOf = (db: LanternDB, itemId: string): Promise<CustodyEvent[]> =>
  db.custody.where('[itemId+seq]').between([itemId, 0], [itemId, Infinity]).toArray();

/** Every custody event of an incident's items (small records, no files): the locker's last action and verification per item. */
export const custodyOfIncident = (db: LanternDB, incidentId: string): Promise<CustodyEvent[]> =>
  db.custody.where('incidentId').equals(incidentId).toArray();

/** The stored file, or undefined when its record is gone. */
export const evidenceBlob = async (db: LanternDB, itemId: string): Promise<Blob | undefined> => (await db.evidenceBlobs.get(itemId))?.blob;

/** Checks the item's custody chain against its stored head. */
export async function verifyItemCustody(db: LanternDB, itemId: string): Promise<CustodyVerdict> {
  const [item, events, head] = await Promise.all([db.evidence.get(itemId), custodyOf(db, itemId), db.custodyHeads.get(itemId)]);
  return verifyCustodyChain(events, { itemId, incidentId: item?.incidentId, head: head ? { seq: head.seq, hash: head.hash } : null });
}
