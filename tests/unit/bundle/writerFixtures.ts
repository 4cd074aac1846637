// A notebook with a bit of everything a bundle holds (entries with an amendment, two
// evidence items with custody, an engaged contact, a system and a checklist run), and a
// reader that opens the written ZIP as the verifier would.
import { createHash, randomBytes } from 'node:crypto';
import { BlobReader, TextWriter, Uint8ArrayWriter, ZipReader, configure } from '@zip.js/zip.js';
import { detectFileType } from '../../../shared/evidence/magic';
import { SEED_CONTACTS } from '../../../shared/seed/contacts';
import { BUILT_IN_TEMPLATES } from '../../../shared/seed/templates';
import type { EvidenceItem } from '../../../shared/domain/evidence';
import { addEvidence, appendCustody } from '../../../renderer/data/repositories/evidence.write';
import { amendEntry, appendEntry } from '../../../renderer/data/repositories/entries.write';
import { setEngaged } from '../../../renderer/data/repositories/contacts.write';
import { addSystems } from '../../../renderer/data/repositories/systems.write';
import { startRun } from '../../../renderer/data/repositories/checklists.write';
import { newIncident, noteDraft, openTestNotebook, type TestNotebook } from '../data/fixtures';

configure({ useWebWorkers: false });

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

export async function intake(nb: TestNotebook, incidentId: string, originalName: string, bytes: Uint8Array): Promise<EvidenceItem> {
  return addEvidence(nb.ctx, {
    incidentId,
    file: new Blob([bytes as Uint8Array<ArrayBuffer>]),
    originalName,
    sha256: sha256(bytes),
    detectedType: detectFileType(bytes.subarray(0, 4096), bytes.length),
    description: {
      description: `Copy of ${originalName}`,
      type: 'other',
      sourceSystemId: null,
      collectedBy: { name: 'Aiko Sato', role: 'Scribe' },
      collectedAt: '2026-11-23T00:40:00.000Z',
      collectedZone: 'Asia/Tokyo',
      method: 'robocopy /COPY:DAT',
      toolVersion: '10.0',
    },
    collection: { location: 'FS01', reason: 'ransom note' },
    text: (n) => `Evidence #${n} collected`,
  });
}

export async function busyNotebook() {
  const nb = await openTestNotebook();
  const incident = await newIncident(nb);
  const first = await appendEntry(nb.ctx, noteDraft(incident.id, 'FS01 shows encrypted shares'));
  await appendEntry(nb.ctx, noteDraft(incident.id, '=HYPERLINK("http://evil") <script>alert(1)</script> 暗号化を確認'));
  await amendEntry(nb.ctx, { ...noteDraft(incident.id, 'FS01 and FS02 show encrypted shares'), targetId: first.id, reason: 'FS02 too' });
  const note = await intake(nb, incident.id, 'README_RESTORE.txt', new TextEncoder().encode('YOUR FILES ARE ENCRYPTED'));
  const image = await intake(nb, incident.id, 'メモリ イメージ.raw', new Uint8Array(randomBytes(3 * 1024 * 1024)));
  await appendCustody(nb.ctx, note.id, { action: 'accessed', details: { purpose: 'read the note' }, at: '2026-11-23T00:50:00.000Z', zone: 'Asia/Tokyo' }, 'accessed');
  const contact = SEED_CONTACTS[0]!;
  await setEngaged(nb.ctx, incident.id, contact.id, true, 'engaged');
  const [system] = await addSystems(nb.ctx, incident.id, [
    { details: { name: 'FS01', type: 'host', addresses: [], owner: '', location: '', criticality: 'high', notes: '', tags: [] }, text: 'added FS01' },
  ]);
  const run = await startRun(nb.ctx, { incidentId: incident.id, template: BUILT_IN_TEMPLATES[0]!, systemId: null, text: 'started' });
  return { nb, incident, note, image, contact, system: system!, run };
}

export interface OpenedZip {
  names: string[];
  bytes(name: string): Promise<Uint8Array>;
  text(name: string): Promise<string>;
}

export async function readZip(zip: Blob): Promise<OpenedZip> {
  const reader = new ZipReader(new BlobReader(zip));
  const entries = await reader.getEntries();
  const byName = new Map(entries.map((entry) => [entry.filename, entry]));
  const entry = (name: string) => {
    const found = byName.get(name);
    if (!found || found.directory) throw new Error(`${name} is not in the ZIP`);
    return found;
  };
  return {
    names: entries.map((e) => e.filename),
    bytes: (name) => entry(name).getData!(new Uint8ArrayWriter()),
    text: (name) => entry(name).getData!(new TextWriter()),
  };
}

/** Everything the body stream gives, as one Blob. */
export const collect = (body: ReadableStream<Uint8Array>) => new Response(body).blob();
