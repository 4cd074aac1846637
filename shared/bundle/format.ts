// The evidence bundle for legal and for handoff between responders: a ZIP laid out as a
// BagIt bag (RFC 8493) whose every file can be checked with `sha256sum` alone, plus an
// Ed25519 signature over the tag manifest by the exporting device's key. This module is
// the contract the writer (renderer), the verifier (CLI and app) and the importer share.
import { z } from '../zod';
import { HashSchema, IdSchema, InstantSchema } from '../domain/common';
import { IncidentSchema } from '../domain/incident';
import { LogEntrySchema } from '../domain/logEntry';
import { CustodyEventSchema, EvidenceItemSchema } from '../domain/evidence';
import { SystemSchema } from '../domain/system';
import { ChecklistRunSchema } from '../domain/checklistRun';
import { ContactSchema } from '../domain/contact';

/** `Lantern-Bundle-Format` in bag-info.txt; a reader refuses any other value. */
export const BUNDLE_FORMAT_VERSION = 1;

/** Paths inside the ZIP (which holds the bag's files at its root). */
export const BUNDLE_PATHS = {
  bagit: 'bagit.txt',
  bagInfo: 'bag-info.txt',
  manifest: 'manifest-sha256.txt',
  tagManifest: 'tagmanifest-sha256.txt',
  chainHeads: 'chain-heads.json',
  verifyGuide: 'VERIFY.txt',
  /** Not in the tag manifest: it signs it. */
  signature: 'signature.json',
  timelineJson: 'data/timeline.json',
  timelineCsv: 'data/timeline.csv',
  timelineHtml: 'data/timeline.html',
  custody: 'data/custody.json',
  contactsEngaged: 'data/contacts-engaged.json',
  /** Systems board and checklist runs, for handoff. */
  board: 'data/board.json',
  evidenceDir: 'data/evidence/',
} as const;

/** Tag files, in the order the tag manifest lists them. */
export const TAG_FILES = [BUNDLE_PATHS.bagit, BUNDLE_PATHS.bagInfo, BUNDLE_PATHS.manifest, BUNDLE_PATHS.chainHeads, BUNDLE_PATHS.verifyGuide] as const;

export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';

export const ChainHeadSchema = z.object({ incidentId: IdSchema, deviceId: IdSchema, seq: z.int().min(0), hash: HashSchema }).strict();
export const ChainHeadsFileSchema = z.object({ format: z.literal('lantern-chain-heads'), version: z.literal(1), heads: z.array(ChainHeadSchema) }).strict();
export type ChainHeadsFile = z.infer<typeof ChainHeadsFileSchema>;

/** data/timeline.json: the incident and its whole log (every version, retractions included). */
export const TimelineFileSchema = z
  .object({
    format: z.literal('lantern-timeline'),
    version: z.literal(1),
    exportedAt: InstantSchema,
    incident: IncidentSchema,
    entries: z.array(LogEntrySchema),
  })
  .strict();
export type TimelineFile = z.infer<typeof TimelineFileSchema>;

export const CustodyHeadSchema = z.object({ itemId: IdSchema, seq: z.int().min(1), hash: HashSchema }).strict();

/** data/custody.json: the evidence items' headers, custody events and each chain's head. */
export const CustodyFileSchema = z
  .object({
    format: z.literal('lantern-custody'),
    version: z.literal(1),
    /** `bundlePath` is null when the bundle was written without evidence files (custody records only). */
    items: z.array(EvidenceItemSchema.extend({ bundlePath: z.string().startsWith(BUNDLE_PATHS.evidenceDir).nullable() })),
    events: z.array(CustodyEventSchema),
    heads: z.array(CustodyHeadSchema),
  })
  .strict();
export type CustodyFile = z.infer<typeof CustodyFileSchema>;

/** data/contacts-engaged.json: the directory records the incident engaged, as they stood at export. */
export const ContactsEngagedFileSchema = z
  .object({ format: z.literal('lantern-contacts-engaged'), version: z.literal(1), contacts: z.array(ContactSchema) })
  .strict();

/** data/board.json: systems board and checklist runs, merged by id on handoff. */
export const BoardFileSchema = z
  .object({ format: z.literal('lantern-board'), version: z.literal(1), systems: z.array(SystemSchema), runs: z.array(ChecklistRunSchema) })
  .strict();

/** signature.json: Ed25519 over the exact bytes of tagmanifest-sha256.txt. */
export const SignatureFileSchema = z
  .object({
    format: z.literal('lantern-signature'),
    version: z.literal(1),
    algorithm: z.literal('Ed25519'),
    signedFile: z.literal(BUNDLE_PATHS.tagManifest),
    /** Raw 32-byte public key, hex. */
    publicKeyHex: z.string().regex(/^[0-9a-f]{64}$/),
    /** SHA-256 of the raw public key, hex: what Settings shows as the device fingerprint. */
    fingerprint: HashSchema,
    deviceId: IdSchema,
    signer: z.object({ name: z.string(), role: z.string().nullable() }).strict(),
    signatureHex: z.string().regex(/^[0-9a-f]{128}$/),
  })
  .strict();
export type SignatureFile = z.infer<typeof SignatureFileSchema>;

/** Limits a reader applies while inflating, before anything else is trusted. */
export const READ_LIMITS = {
  maxEntries: 100_000,
  /** Total uncompressed bytes (evidence included). */
  maxTotalBytes: 64 * 1024 ** 3,
  /** Any one text artefact (JSON, manifests): larger is refused. */
  maxTextBytes: 512 * 1024 ** 2,
  /** Uncompressed / compressed, for entries that are compressed at all. */
  maxRatio: 200,
} as const;

/** `manifest-sha256.txt` / `tagmanifest-sha256.txt` line: `<hex>  <path>` (two spaces, as sha256sum writes). */
export const manifestLine = (sha256: string, path: string): string => `${sha256}  ${path}\n`;

export function parseManifest(text: string): { sha256: string; path: string }[] | null {
  const lines = text.split('\n').filter((line) => line !== '');
  const rows = lines.map((line) => /^([0-9a-f]{64}) {2}(\S(?:.*\S)?)$/.exec(line));
  return rows.every((row) => row !== null) ? rows.map((row) => ({ sha256: row![1]!, path: row![2]! })) : null;
}
