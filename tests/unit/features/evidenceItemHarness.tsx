// Evidence items for the item page tests: taken in through the real data layer with a
// Node SHA-256 and magic-byte detection, and the page rendered as the locker shows it.
import { Blob as NodeBlob } from 'node:buffer';
import { createHash } from 'node:crypto';
import { render } from '@testing-library/react';
import type { EvidenceDescription, EvidenceItem } from '../../../shared/domain/evidence';
import type { Incident } from '../../../shared/domain/incident';
import { detectFileType, DETECTION_BYTES } from '../../../shared/evidence/magic';
import { notebook } from '../../../renderer/data';
import type { OpenRef } from '../../../renderer/editor';
import { OpenRefContext } from '../../../renderer/features/systems/openRef';
import { EvidenceItemPage } from '../../../renderer/features/evidence/item/EvidenceItemPage';

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * A Blob the test database can store. fake-indexeddb clones values with Node's
 * structuredClone, which keeps Node's Blob but turns happy-dom's into a plain object
 * (Chromium's IndexedDB stores its own Blobs as they are).
 */
export const storableBlob = (bytes: Uint8Array, type = ''): Blob => new NodeBlob([bytes], { type }) as unknown as Blob;

export const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01,
  0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0,
  0x1f, 0x00, 0x05, 0x00, 0x01, 0xff, 0x89, 0x99, 0x3d, 0x1d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
]);
export const EICAR_TEXT = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

export interface IntakeOptions {
  name?: string;
  /** The type the file claims to be; the page must ignore it. */
  claimedType?: string;
  description?: Partial<EvidenceDescription>;
}

/** Takes `content` into the incident's locker as the next item. */
export async function addItem(incident: Incident, content: Uint8Array | string, options: IntakeOptions = {}): Promise<EvidenceItem> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return notebook.addEvidence({
    incidentId: incident.id,
    file: storableBlob(bytes, options.claimedType),
    originalName: options.name ?? 'evidence.bin',
    sha256: sha256(bytes),
    detectedType: detectFileType(bytes.subarray(0, DETECTION_BYTES), bytes.length),
    description: {
      description: 'Ransom note found on FS01',
      type: 'ransom-note',
      sourceSystemId: null,
      collectedBy: { name: 'Aiko Sato', role: 'Scribe' },
      collectedAt: '2026-11-23T00:40:00.000Z',
      collectedZone: 'Asia/Tokyo',
      method: 'robocopy /COPY:DAT',
      toolVersion: '10.0',
      ...options.description,
    },
    collection: { location: 'Tokyo DC rack 4', reason: 'for the police report' },
    text: (n) => `Evidence #${n} collected`,
  });
}

export function renderItemPage(incident: Incident, item: EvidenceItem, openRef?: OpenRef) {
  const onBack = () => {};
  return render(
    <OpenRefContext.Provider value={openRef}>
      <EvidenceItemPage incident={incident} itemId={item.id} onBack={onBack} />
    </OpenRefContext.Provider>,
  );
}
