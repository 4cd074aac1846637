// The bundle's text files, built as strings (records are small; evidence bytes never
// pass through here): the JSON records, bag-info.txt and the file name of the bundle.
import type { z } from '../../shared/zod';
import {
  BUNDLE_FORMAT_VERSION,
  BUNDLE_PATHS,
  type BoardFileSchema,
  type ChainHeadsFile,
  type ContactsEngagedFileSchema,
  type CustodyFile,
  type SignatureFile,
  type TimelineFile,
} from '../../shared/bundle/format';
import { safeFileName } from '../../shared/evidence/fileName';
import type { EvidenceItem } from '../../shared/domain/evidence';
import { incidentShortId, type Incident } from '../../shared/domain/incident';
import { instantToZoned } from '../../shared/time/zonedTime';
import type { BundleSource } from '../data/repositories/bundle.read';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export const evidencePath = (item: EvidenceItem): string => `${BUNDLE_PATHS.evidenceDir}${safeFileName(item.originalName, item.itemNumber)}`;

/** `lantern-IR-2026-014-20261123-1005.zip`: ASCII only, the incident code when it has one, local time of export. */
export function bundleName(incident: Incident, exportedAt: string, zone: string): string {
  const code = incident.code.normalize('NFKD').replace(/[^A-Za-z0-9-]+/g, '-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '').slice(0, 40);
  const wall = instantToZoned(exportedAt, zone).wallTime;
  const stamp = `${wall.slice(0, 10).replaceAll('-', '')}-${wall.slice(11, 16).replace(':', '')}`;
  return `lantern-${code || incidentShortId(incident.id)}-${stamp}.zip`;
}

export function timelineJson(source: BundleSource, exportedAt: string): string {
  const file: TimelineFile = { format: 'lantern-timeline', version: 1, exportedAt, incident: source.incident, entries: source.entries };
  return json(file);
}

export function custodyJson(source: BundleSource, withFiles: boolean): string {
  const file: CustodyFile = {
    format: 'lantern-custody',
    version: 1,
    items: source.evidence.map(({ item }) => ({ ...item, bundlePath: withFiles ? evidencePath(item) : null })),
    events: source.evidence.flatMap(({ events }) => events),
    heads: source.evidence.flatMap(({ head }) => (head ? [{ itemId: head.itemId, seq: head.seq, hash: head.hash }] : [])),
  };
  return json(file);
}

export function contactsJson(source: BundleSource): string {
  const file: z.infer<typeof ContactsEngagedFileSchema> = { format: 'lantern-contacts-engaged', version: 1, contacts: source.contacts };
  return json(file);
}

export function boardJson(source: BundleSource): string {
  const file: z.infer<typeof BoardFileSchema> = { format: 'lantern-board', version: 1, systems: source.systems, runs: source.runs };
  return json(file);
}

export function chainHeadsJson(source: BundleSource): string {
  const heads = source.chainHeads.map(({ incidentId, deviceId, seq, hash }) => ({ incidentId, deviceId, seq, hash }));
  const file: ChainHeadsFile = { format: 'lantern-chain-heads', version: 1, heads };
  return json(file);
}

/** A tag value on one line (BagIt labels end at the line break); empty values are left out. */
const tagValue = (text: string) => text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();

export interface BagInfoFacts {
  source: Pick<BundleSource, 'incident' | 'signer' | 'device'>;
  exportedAt: string;
  zone: string;
  software: string;
  payloadBytes: number;
  payloadFiles: number;
}

export function bagInfo({ source, exportedAt, zone, software, payloadBytes, payloadFiles }: BagInfoFacts): string {
  const fields: [string, string][] = [
    ['Source-Organization', source.signer.organization],
    ['Contact-Name', source.signer.name],
    ['Bagging-Date', instantToZoned(exportedAt, zone).wallTime.slice(0, 10)],
    ['Payload-Oxum', `${payloadBytes}.${payloadFiles}`],
    ['External-Identifier', source.incident.id],
    ['Internal-Sender-Identifier', source.incident.code],
    ['Bag-Software-Agent', software],
    ['Lantern-Bundle-Format', String(BUNDLE_FORMAT_VERSION)],
    ['Lantern-Device-Id', source.device.deviceId],
    ['Lantern-Exported-At', exportedAt],
  ];
  return fields
    .map(([label, value]) => [label, tagValue(value)] as const)
    .filter(([, value]) => value !== '')
    .map(([label, value]) => `${label}: ${value}\n`)
    .join('');
}

export function signatureJson(source: Pick<BundleSource, 'signer' | 'device'>, signatureHex: string): string {
  const file: SignatureFile = {
    format: 'lantern-signature',
    version: 1,
    algorithm: 'Ed25519',
    signedFile: BUNDLE_PATHS.tagManifest,
    publicKeyHex: source.device.publicKeyHex,
    fingerprint: source.device.fingerprint,
    deviceId: source.device.deviceId,
    signer: { name: source.signer.name, role: source.signer.role },
    signatureHex,
  };
  return json(file);
}
