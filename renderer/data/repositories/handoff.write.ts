// Handoff import: another responder's verified bundle merged into the notebook by id, in one
// strict-durable transaction (all of it or nothing). Nothing already here is changed: records
// that exist are kept as they are, and a record whose id exists with other content refuses the
// whole import. Hash chains (each device's log, each item's custody) only ever grow.
import type { ChainHeadsFile, CustodyFile, TimelineFile } from '../../../shared/bundle/format';
import { canonicalJson } from '../../../shared/crypto/canonicalJson';
import { GENESIS_HASH } from '../../../shared/crypto/sha256';
import type { ChecklistRun } from '../../../shared/domain/checklistRun';
import type { Contact } from '../../../shared/domain/contact';
import type { CustodyEvent, EvidenceItem } from '../../../shared/domain/evidence';
import { IncidentSchema } from '../../../shared/domain/incident';
import type { LogEntry } from '../../../shared/domain/logEntry';
import type { IncidentSystem } from '../../../shared/domain/system';
import { seedContact } from '../../../shared/seed/contacts';
import { CodedError } from '../../../shared/result';
import type { DataContext } from '../context';
import type { LanternDB } from '../db';
import { ROW_COUNTER, logTables, storedEntry } from './entries.write';
import { isQuotaError } from './storageFull';

/** What the merge reads of a verified bundle (shared/bundle/verify's BundleContents fits it). */
export interface ImportableBundle {
  chainHeads: ChainHeadsFile;
  timeline: TimelineFile;
  custody: CustodyFile;
  contactsEngaged: { contacts: readonly Contact[] };
  board: { systems: readonly IncidentSystem[]; runs: readonly ChecklistRun[] };
  /** Evidence files by their path in the bundle (`data/evidence/…`). */
  evidence: ReadonlyMap<string, Blob>;
}

export type ImportTarget = { incidentId: string } | { newIncident: true };

export interface AuthorCount {
  deviceId: string;
  name: string;
  role: string | null;
  added: number;
}

export interface ImportSummary {
  incidentId: string;
  /** The bundle's incident record was added: it was not on this device. */
  incidentAdded: boolean;
  entries: { added: number; present: number; byAuthor: AuthorCount[] };
  /** Item numbers added; `withoutFile`: items the bundle lists without their file (exported without evidence): not taken in. */
  evidence: { added: number[]; present: number; withoutFile: number[] };
  custody: { added: number; present: number };
  systems: { added: number; kept: number };
  runs: { added: number; kept: number };
  /** Own contacts added to the directory; shipped records and contacts already here are left alone. */
  contacts: { added: number; present: number };
  engagements: { added: number };
}

const importTables = (db: LanternDB) => [
  db.incidents,
  db.evidence,
  db.evidenceBlobs,
  db.custody,
  db.custodyHeads,
  db.systems,
  db.checklistRuns,
  db.contacts,
  db.engagements,
  ...logTables(db),
];

/** The verifier checked each file on its own; this checks that they all speak of one incident. */
function bundleIncidentId(bundle: ImportableBundle): string {
  const id = bundle.timeline.incident.id;
  const mismatch = (file: string) => new CodedError('bundle.incidentMismatch', `${file} holds records of another incident`, { file });
  if (bundle.timeline.entries.some((e) => e.incidentId !== id)) throw mismatch('data/timeline.json');
  if (bundle.chainHeads.heads.some((h) => h.incidentId !== id)) throw mismatch('chain-heads.json');
  if ([...bundle.custody.items, ...bundle.custody.events].some((r) => r.incidentId !== id)) throw mismatch('data/custody.json');
  if ([...bundle.board.systems, ...bundle.board.runs].some((r) => r.incidentId !== id)) throw mismatch('data/board.json');
  return id;
}

/** Never merges two different incidents: the target must be the bundle's own incident. */
async function placeIncident(db: LanternDB, bundle: ImportableBundle, target: ImportTarget): Promise<boolean> {
  const incident = bundle.timeline.incident;
  const existing = await db.incidents.get(incident.id);
  if ('incidentId' in target) {
    if (target.incidentId !== incident.id) throw new CodedError('bundle.otherIncident', `the bundle is from incident ${incident.id}`, { title: incident.title });
    if (!existing) throw new CodedError('incident.missing', `no incident ${incident.id}`);
    // The incident record is state (title, status …): ours is kept.
    return false;
  }
  if (existing) throw new CodedError('bundle.incidentExists', `incident ${incident.id} is already here`, { title: existing.title });
  const record = IncidentSchema.safeParse(incident);
  if (!record.success) throw new CodedError('bundle.inconsistent', 'the incident record is not valid', { file: 'data/timeline.json' });
  await db.incidents.add(record.data);
  return true;
}

const byRecorded = (a: LogEntry, b: LogEntry) =>
  a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : a.seq - b.seq;

/**
 * Adds the entries this notebook lacks and moves each device's head forward. The bundle holds
 * every device's whole chain (verified), so a missing entry either continues our copy of that
 * chain or sits at a position we already hold with another entry: a fork (a device restored
 * from an old backup and written on again), which no merge can make verify — refused.
 * This holds for our own device too: its entries come back from a bundle after a restore.
 */
async function mergeEntries(db: LanternDB, incidentId: string, bundle: ImportableBundle): Promise<ImportSummary['entries']> {
  const { entries } = bundle.timeline;
  const ours = await db.entries.bulkGet(entries.map((e) => e.id));
  const fresh = entries.filter((entry, i) => {
    const mine = ours[i];
    if (mine && mine.hash !== entry.hash) throw new CodedError('bundle.conflict', `entry ${entry.id} differs from ours`, { entryId: entry.id });
    return !mine;
  });
  const heads = new Map((await db.chainHeads.where('incidentId').equals(incidentId).toArray()).map((h) => [h.deviceId, h]));
  const freshAt = new Map(fresh.map((e) => [`${e.deviceId}/${e.seq}`, e]));
  for (const entry of fresh) {
    const head = heads.get(entry.deviceId);
    if (head && entry.seq <= head.seq) throw new CodedError('bundle.forked', `entry ${entry.id} takes position ${entry.seq} of a chain we hold`, { entryId: entry.id });
    // The first added entry of a device must continue our last one (a check the above implies; kept because it is cheap).
    if (entry.seq === (head?.seq ?? 0) + 1 && entry.prevHash !== (head?.hash ?? GENESIS_HASH)) {
      throw new CodedError('bundle.forked', `entry ${entry.id} does not continue our chain`, { entryId: entry.id });
    }
  }
  const advanced = bundle.chainHeads.heads.filter((h) => h.seq > (heads.get(h.deviceId)?.seq ?? 0));
  for (const head of advanced) {
    const tip = freshAt.get(`${head.deviceId}/${head.seq}`);
    if (tip?.hash !== head.hash) throw new CodedError('bundle.inconsistent', `no entry at the head of device ${head.deviceId}`, { file: 'chain-heads.json' });
  }
  if (fresh.some((e) => e.seq > (advanced.find((h) => h.deviceId === e.deviceId)?.seq ?? 0))) {
    throw new CodedError('bundle.inconsistent', 'entries beyond their device head', { file: 'chain-heads.json' });
  }

  let row = (await db.meta.get(ROW_COUNTER))?.value ?? 0;
  await db.entries.bulkAdd(fresh.toSorted(byRecorded).map((entry) => storedEntry(entry, ++row)));
  await db.meta.put({ key: ROW_COUNTER, value: row });
  await db.chainHeads.bulkPut(advanced.map(({ deviceId, seq, hash }) => ({ incidentId, deviceId, seq, hash })));

  const byAuthor = new Map<string, AuthorCount>();
  for (const { deviceId, author } of fresh) {
    const key = `${deviceId}\n${author.name}`;
    const count = byAuthor.get(key) ?? { deviceId, name: author.name, role: author.role, added: 0 };
    count.added += 1;
    byAuthor.set(key, count);
  }
  return { added: fresh.length, present: entries.length - fresh.length, byAuthor: [...byAuthor.values()].sort((a, b) => b.added - a.added) };
}

const itemRecord = ({ bundlePath: _path, ...item }: CustodyFile['items'][number]): EvidenceItem => item;

/**
 * Evidence items with their files, custody events and custody heads, by the same rules as entries.
 * An item number already held by another item of the incident refuses the import: the number is
 * what the custody forms, the log texts ("evidence #3") and the bundle's file names cite, so
 * renumbering would make them disagree. Numbers are only unique when one notebook hands them
 * out: a responder handing off merges into the incident the bundle came from, and two laptops
 * that each took in evidence offline cannot be merged this way.
 */
async function mergeEvidence(db: LanternDB, bundle: ImportableBundle): Promise<Pick<ImportSummary, 'evidence' | 'custody'>> {
  const { items, events, heads } = bundle.custody;
  const ours = await db.evidence.bulkGet(items.map((i) => i.id));
  const known = new Map<string, EvidenceItem>();
  const added: EvidenceItem[] = [];
  const withoutFile: number[] = [];
  const numbers = new Set<number>();
  for (const [i, listed] of items.entries()) {
    const item = itemRecord(listed);
    const mine = ours[i];
    if (mine) {
      if (canonicalJson(mine) !== canonicalJson(item)) throw new CodedError('bundle.evidenceConflict', `item ${item.id} differs from ours`, { itemNumber: item.itemNumber });
      known.set(item.id, mine);
      continue;
    }
    const file = listed.bundlePath === null ? undefined : bundle.evidence.get(listed.bundlePath);
    if (!file) {
      withoutFile.push(item.itemNumber);
      continue;
    }
    if (file.size !== item.size) throw new CodedError('bundle.inconsistent', `${listed.bundlePath} has another size`, { file: listed.bundlePath! });
    const holder = await db.evidence.where('[incidentId+itemNumber]').equals([item.incidentId, item.itemNumber]).first();
    if (holder || numbers.has(item.itemNumber)) throw new CodedError('bundle.itemNumberTaken', `item number ${item.itemNumber} is taken`, { itemNumber: item.itemNumber });
    numbers.add(item.itemNumber);
    known.set(item.id, item);
    added.push(item);
    await db.evidence.add(item);
    await db.evidenceBlobs.add({ itemId: item.id, blob: file });
  }

  const ourEvents = await db.custody.bulkGet(events.map((e) => e.id));
  const fresh: CustodyEvent[] = [];
  for (const [i, event] of events.entries()) {
    const mine = ourEvents[i];
    const item = known.get(event.itemId);
    if (mine && mine.hash !== event.hash) throw new CodedError('bundle.evidenceConflict', `custody event ${event.id} differs from ours`, { itemNumber: item?.itemNumber ?? 0 });
    // Events of an item left out (no file) stay out with it.
    if (!mine && item) fresh.push(event);
  }
  const ourHeads = new Map((await db.custodyHeads.bulkGet([...known.keys()])).flatMap((h) => (h ? [[h.itemId, h] as const] : [])));
  for (const event of fresh) {
    const head = ourHeads.get(event.itemId);
    if (head && event.seq <= head.seq) throw new CodedError('bundle.custodyForked', `custody event ${event.id} takes a position we hold`, { itemNumber: known.get(event.itemId)!.itemNumber });
  }
  const advanced = heads.filter((h) => known.has(h.itemId) && h.seq > (ourHeads.get(h.itemId)?.seq ?? 0));
  for (const head of advanced) {
    if (!fresh.some((e) => e.itemId === head.itemId && e.seq === head.seq && e.hash === head.hash)) {
      throw new CodedError('bundle.inconsistent', `no custody event at the head of item ${head.itemId}`, { file: 'data/custody.json' });
    }
  }
  await db.custody.bulkAdd(fresh);
  await db.custodyHeads.bulkPut(advanced.map(({ itemId, seq, hash }) => ({ itemId, seq, hash })));
  return {
    evidence: { added: added.map((i) => i.itemNumber).sort((a, b) => a - b), present: items.length - added.length - withoutFile.length, withoutFile },
    custody: { added: fresh.length, present: events.length - fresh.length },
  };
}

/**
 * Systems and checklist runs are state records (containment state, flags) whose history lives
 * in the log: absent ones are added, ours are kept as they are. Limitation: a system changed on
 * both laptops keeps our state; the other responder's changes show in the merged log.
 */
async function mergeBoard(db: LanternDB, bundle: ImportableBundle): Promise<Pick<ImportSummary, 'systems' | 'runs'>> {
  const { systems, runs } = bundle.board;
  const ourSystems = await db.systems.bulkGet(systems.map((s) => s.id));
  const newSystems = systems.filter((_, i) => !ourSystems[i]);
  const ourRuns = await db.checklistRuns.bulkGet(runs.map((r) => r.id));
  const newRuns = runs.filter((_, i) => !ourRuns[i]);
  await db.systems.bulkAdd(newSystems);
  await db.checklistRuns.bulkAdd(newRuns);
  return { systems: { added: newSystems.length, kept: systems.length - newSystems.length }, runs: { added: newRuns.length, kept: runs.length - newRuns.length } };
}

/** Whether the bundle's log last engaged or released the contact, and when. */
function engagementIn(entries: readonly LogEntry[], contactId: string): { engaged: boolean; changedAt: string } | null {
  let last: { engaged: boolean; changedAt: string } | null = null;
  for (const entry of entries) {
    const change = (entry.data as { contact?: { contactId?: unknown; action?: unknown } } | null)?.contact;
    if (entry.kind !== 'contact' || change?.contactId !== contactId) continue;
    if (!last || entry.recordedAt >= last.changedAt) last = { engaged: change.action !== 'released', changedAt: entry.recordedAt };
  }
  return last;
}

/**
 * The directory belongs to the device: the other responder's own contacts are added when absent
 * (ours are kept), shipped records are left alone. The incident's engagements are added when absent.
 */
async function mergeContacts(ctx: DataContext, incidentId: string, bundle: ImportableBundle): Promise<Pick<ImportSummary, 'contacts' | 'engagements'>> {
  const { db } = ctx;
  const { contacts } = bundle.contactsEngaged;
  const own = contacts.filter((c) => c.kind === 'own' && !seedContact(c.id));
  const ours = await db.contacts.bulkGet(own.map((c) => c.id));
  const updatedAt = ctx.now().toISOString();
  const newContacts = own.filter((_, i) => !ours[i]).map((contact) => ({ ...contact, updatedAt }));
  await db.contacts.bulkAdd(newContacts);
  const engagements = await db.engagements.bulkGet(contacts.map((c) => [incidentId, c.id] as [string, string]));
  const newEngagements = contacts
    .filter((_, i) => !engagements[i])
    .map((c) => ({ incidentId, contactId: c.id, ...(engagementIn(bundle.timeline.entries, c.id) ?? { engaged: true, changedAt: bundle.timeline.exportedAt }) }));
  await db.engagements.bulkAdd(newEngagements);
  return { contacts: { added: newContacts.length, present: own.length - newContacts.length }, engagements: { added: newEngagements.length } };
}

/**
 * Merges a bundle that `verifyBundle` passed into the notebook: into the bundle's own incident
 * (`target.incidentId`, which must be that incident) or as that incident when it is not here yet.
 */
export async function importBundle(ctx: DataContext, bundle: ImportableBundle, target: ImportTarget): Promise<ImportSummary> {
  const incidentId = bundleIncidentId(bundle);
  const { db } = ctx;
  try {
    return await db.transaction('rw', importTables(db), async () => {
      const incidentAdded = await placeIncident(db, bundle, target);
      const entries = await mergeEntries(db, incidentId, bundle);
      const evidence = await mergeEvidence(db, bundle);
      const board = await mergeBoard(db, bundle);
      const contacts = await mergeContacts(ctx, incidentId, bundle);
      return { incidentId, incidentAdded, entries, ...evidence, ...board, ...contacts };
    });
  } catch (error) {
    if (isQuotaError(error)) throw new CodedError('bundle.quota', 'the disk or the browser storage quota is full');
    throw error;
  }
}
