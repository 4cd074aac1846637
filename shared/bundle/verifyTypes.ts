// What verifying a bundle answers: the checks run (in order), the first failure with
// its code and the file or entry it names, and on success the parsed contents for import.
import type { z } from '../zod';
import type { BoardFileSchema, ChainHeadsFile, ContactsEngagedFileSchema, CustodyFile, SignatureFile, TimelineFile } from './format';
import type { AbortSignalLike, BlobLike } from './webRuntime';
import type { ReadLimits } from './zipSafety';

/** Each has its own translated message in the app: errors.json `bundle.<code>`. */
export const BUNDLE_FAILURE_CODES = [
  'notZip',
  'truncated',
  'unsafePath',
  'symlink',
  'duplicateName',
  'caseCollision',
  'tooLarge',
  'missingFile',
  'extraFile',
  'manifestMismatch',
  'tagManifestMismatch',
  'badSignature',
  'unknownFormat',
  'malformedJson',
  'chainBroken',
  'custodyBroken',
  'evidenceHashMismatch',
] as const;
export type BundleFailureCode = (typeof BUNDLE_FAILURE_CODES)[number];

/** The ZIP to verify: a File in the app, `fs.openAsBlob(path)` in Node. */
export type BundleSource = BlobLike;

export type BundleCheckId =
  | 'zip'
  | 'names'
  | 'inflate'
  | 'bagit'
  | 'format'
  | 'tagManifest'
  | 'signature'
  | 'manifest'
  | 'oxum'
  | 'json'
  | 'chains'
  | 'custody'
  | 'evidence';

/** One line of the report; `detail` is English, for the CLI and for logs (the app words its own by `id`). */
export interface BundleCheck {
  id: BundleCheckId;
  ok: boolean;
  detail: string;
}

export interface BundleFailure {
  code: BundleFailureCode;
  /** The path inside the ZIP the failure is about, when there is one. */
  file: string | null;
  /** The log entry, custody event or evidence item id, when the failure is about one. */
  entryId: string | null;
  message: string;
}

export type ContactsEngagedFile = z.infer<typeof ContactsEngagedFileSchema>;
export type BoardFile = z.infer<typeof BoardFileSchema>;

/** What slicing a B gives: a Blob for a File or a Blob, in whichever runtime. */
export type SliceOf<B extends BlobLike> = ReturnType<B['slice']>;

export interface BundleContents<B extends BlobLike = BlobLike> {
  bagInfo: Record<string, string>;
  signature: SignatureFile;
  chainHeads: ChainHeadsFile;
  timeline: TimelineFile;
  custody: CustodyFile;
  contactsEngaged: ContactsEngagedFile;
  board: BoardFile;
  /**
   * Evidence files by bundle path (`data/evidence/…`), only those the bundle includes.
   * Stored entries are slices of the source Blob, so nothing large is copied.
   */
  evidence: Map<string, SliceOf<B>>;
}

/** Counts for the closing line of a report. */
export interface BundleSummary {
  files: number;
  entries: number;
  devices: number;
  evidenceItems: number;
  evidenceFiles: number;
  fingerprint: string;
}

export interface BundleVerification<B extends BlobLike = BlobLike> {
  ok: boolean;
  checks: BundleCheck[];
  failure: BundleFailure | null;
  /** Only when ok. */
  contents: BundleContents<B> | null;
  /** Only when ok. */
  summary: BundleSummary | null;
}

export interface VerifyProgress {
  /** `reading`: inflating and hashing every entry; `checking`: manifests, signature, chains. */
  phase: 'reading' | 'checking';
  bytes: number;
  /** Uncompressed bytes the ZIP declares: for display only, never trusted as a limit. */
  total: number;
}

export interface VerifyOptions {
  onProgress?(progress: VerifyProgress): void;
  /** Aborting rejects with CodedError `bundle.cancelled`. */
  signal?: AbortSignalLike;
  /** Lower limits than READ_LIMITS (tests, or a caller with less room). */
  limits?: Partial<ReadLimits>;
}

/** Thrown by the stages of the verifier; turned into the result's `failure`. */
export class BundleFault extends Error {
  constructor(
    readonly code: BundleFailureCode,
    message: string,
    readonly file: string | null = null,
    readonly entryId: string | null = null,
  ) {
    super(message);
    this.name = 'BundleFault';
  }
}
