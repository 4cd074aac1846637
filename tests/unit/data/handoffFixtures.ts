// Handoff tests' bundles: what a verified bundle holds, read straight from a test notebook
// (the writer and the verifier are tested on their own), plus a second responder on another device.
import { Blob as NodeBlob } from 'node:buffer';
import { createHash } from 'node:crypto';
import { BUNDLE_PATHS, type CustodyFile, type SignatureFile } from '../../../shared/bundle/format';
import { ContactSchema, type Contact } from '../../../shared/domain/contact';
import type { EvidenceItem } from '../../../shared/domain/evidence';
import { safeFileName } from '../../../shared/evidence/fileName';
import { detectFileType } from '../../../shared/evidence/magic';
import { seedContact } from '../../../shared/seed/contacts';
import type { ImportableBundle } from '../../../renderer/data/repositories/handoff.write';
import { allEntries } from '../../../renderer/data/repositories/entries.read';
import { custodyOfIncident, evidenceBlob, evidenceOf } from '../../../renderer/data/repositories/evidence.read';
import { engagementsOf } from '../../../renderer/data/repositories/contacts.read';
import { systemsOf } from '../../../renderer/data/repositories/systems.read';
import { runsOf } from '../../../renderer/data/repositories/checklists.read';
import { addEvidence } from '../../../renderer/data/repositories/evidence.write';
import { saveProfile } from '../../../renderer/data/repositories/identity.write';
import type { StoredEntry } from '../../../renderer/data/db';
import { openTestNotebook, type TestNotebook } from './fixtures';

/** A verified bundle as the app holds it after verifyBundle: every artefact parsed, evidence files as Blobs. */
export type TestBundle = ImportableBundle & { bagInfo: Record<string, string>; signature: SignatureFile };

const local = ({ _row: _r, _refKeys: _k, ...entry }: StoredEntry) => entry;

export async function bundleOf(nb: TestNotebook, incidentId: string, options: { includeEvidence?: boolean } = {}): Promise<TestBundle> {
  const { db } = nb;
  const includeEvidence = options.includeEvidence ?? true;
  const [incident, entries, heads, items, events, systems, runs, engagements, device, profile] = await Promise.all([
    db.incidents.get(incidentId),
    allEntries(db, incidentId),
    db.chainHeads.where('incidentId').equals(incidentId).toArray(),
    evidenceOf(db, incidentId),
    custodyOfIncident(db, incidentId),
    systemsOf(db, incidentId),
    runsOf(db, incidentId),
    engagementsOf(db, incidentId),
    db.device.get('device'),
    db.profile.get('self'),
  ]);
  const pathOf = (item: EvidenceItem) => `${BUNDLE_PATHS.evidenceDir}${safeFileName(item.originalName, item.itemNumber)}`;
  const evidence = new Map<string, Blob>();
  if (includeEvidence) for (const item of items) evidence.set(pathOf(item), (await evidenceBlob(db, item.id))!);
  const custodyHeads = await db.custodyHeads.bulkGet(items.map((i) => i.id));
  const contacts = await Promise.all(engagements.map(async (e) => (await db.contacts.get(e.contactId)) ?? seedContact(e.contactId)!));
  const custody: CustodyFile = {
    format: 'lantern-custody',
    version: 1,
    items: items.map((item) => ({ ...item, bundlePath: includeEvidence ? pathOf(item) : null })),
    events: events.sort((a, b) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : a.seq - b.seq)),
    heads: custodyHeads.flatMap((h) => (h ? [{ itemId: h.itemId, seq: h.seq, hash: h.hash }] : [])),
  };
  return {
    bagInfo: { 'Lantern-Bundle-Format': '1', 'Source-Organization': profile!.organization },
    signature: {
      format: 'lantern-signature',
      version: 1,
      algorithm: 'Ed25519',
      signedFile: 'tagmanifest-sha256.txt',
      publicKeyHex: device!.publicKeyHex,
      fingerprint: device!.fingerprint,
      deviceId: device!.deviceId,
      signer: { name: profile!.name, role: profile!.role || null },
      signatureHex: '0'.repeat(128),
    },
    chainHeads: { format: 'lantern-chain-heads', version: 1, heads: heads.map(({ incidentId: id, deviceId, seq, hash }) => ({ incidentId: id, deviceId, seq, hash })) },
    timeline: { format: 'lantern-timeline', version: 1, exportedAt: nb.clock.now.toISOString(), incident: incident!, entries: entries.map(local) },
    custody,
    contactsEngaged: { contacts: contacts.map(({ updatedAt: _local, ...contact }: Contact & { updatedAt?: string }) => ContactSchema.parse(contact)) },
    board: { systems, runs },
    evidence,
  };
}

/** Another responder on their own laptop (own database, own device key). */
export async function secondResponder(): Promise<TestNotebook> {
  const nb = await openTestNotebook(false);
  await saveProfile(nb.ctx, { name: 'Ken Tanaka', role: 'Forensics', organization: 'Example KK' });
  return nb;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export async function takeInEvidence(nb: TestNotebook, incidentId: string, name: string, content: string) {
  const bytes = new TextEncoder().encode(content);
  return addEvidence(nb.ctx, {
    incidentId,
    // Node's Blob, not happy-dom's: fake-indexeddb stores it as IndexedDB stores a browser Blob.
    file: new NodeBlob([bytes]) as unknown as Blob,
    originalName: name,
    sha256: sha256(bytes),
    detectedType: detectFileType(bytes, bytes.length),
    description: {
      description: `Collected ${name}`,
      type: 'other',
      sourceSystemId: null,
      collectedBy: { name: 'Ken Tanaka', role: 'Forensics' },
      collectedAt: nb.clock.now.toISOString(),
      collectedZone: 'Asia/Tokyo',
      method: 'robocopy /COPY:DAT',
      toolVersion: '10.0',
    },
    collection: { location: 'Osaka DC', reason: 'handoff test' },
    text: (n) => `Evidence #${n} collected`,
  });
}

/** Everything a merge could touch, to show a refused import changed nothing. */
export async function snapshotOf(nb: TestNotebook) {
  const { db } = nb;
  const [entries, heads, items, blobs, custody, custodyHeads, systems, runs, contacts, engagements, incidents, meta] = await Promise.all([
    db.entries.toArray(),
    db.chainHeads.toArray(),
    db.evidence.toArray(),
    db.evidenceBlobs.count(),
    db.custody.toArray(),
    db.custodyHeads.toArray(),
    db.systems.toArray(),
    db.checklistRuns.toArray(),
    db.contacts.toArray(),
    db.engagements.toArray(),
    db.incidents.toArray(),
    db.meta.toArray(),
  ]);
  return {
    entries: entries.map((e) => `${e.id}:${e.hash}:${e._row}`).sort(),
    heads,
    items,
    blobs,
    custody: custody.map((e) => `${e.id}:${e.hash}`).sort(),
    custodyHeads,
    systems,
    runs,
    contacts,
    engagements,
    incidents,
    meta,
  };
}
