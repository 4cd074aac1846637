// The BagIt layer of verification (RFC 8493): bagit.txt, the format version in
// bag-info.txt, the tag manifest, the Ed25519 signature over it, and the payload
// manifest against every file under data/. Each check throws a BundleFault naming the file.
import { sha256Hex } from '../crypto/sha256';
import { hexToBytes } from '@noble/hashes/utils.js';
import { BAGIT_TXT, BUNDLE_FORMAT_VERSION, BUNDLE_PATHS, SignatureFileSchema, TAG_FILES, parseManifest, type SignatureFile } from './format';
import { BundleFault, type BundleFailureCode } from './verifyTypes';
import { decodeUtf8, verifyEd25519 } from './webRuntime';
import type { BagFile } from './zipRead';

export type BagFiles = ReadonlyMap<string, BagFile>;

const FORMAT_LABEL = 'Lantern-Bundle-Format';
const OXUM_LABEL = 'Payload-Oxum';
const PAYLOAD_DIR = 'data/';

/** Files a bundle must carry in its payload, whatever else it holds. */
const REQUIRED_PAYLOAD = [
  BUNDLE_PATHS.timelineJson,
  BUNDLE_PATHS.timelineCsv,
  BUNDLE_PATHS.timelineHtml,
  BUNDLE_PATHS.custody,
  BUNDLE_PATHS.contactsEngaged,
  BUNDLE_PATHS.board,
];

/** Files at the bag's root that belong there; anything else is extra. */
const ROOT_FILES = new Set<string>([...TAG_FILES, BUNDLE_PATHS.tagManifest, BUNDLE_PATHS.signature]);

export function fileOf(files: BagFiles, path: string): BagFile {
  const file = files.get(path);
  if (!file) throw new BundleFault('missingFile', 'the file is not in the bundle', path);
  return file;
}

/** The text of a file read whole; `code` is what undecodable bytes mean for this file. */
export function textOf(files: BagFiles, path: string, code: BundleFailureCode): string {
  const bytes = fileOf(files, path).bytes;
  if (!bytes) throw new BundleFault(code, 'the file was not read', path);
  try {
    return decodeUtf8(bytes);
  } catch {
    throw new BundleFault(code, 'the file is not valid UTF-8', path);
  }
}

export function checkBagit(files: BagFiles): string {
  if (textOf(files, BUNDLE_PATHS.bagit, 'unknownFormat') !== BAGIT_TXT) {
    throw new BundleFault('unknownFormat', 'bagit.txt does not declare BagIt 1.0 in UTF-8', BUNDLE_PATHS.bagit);
  }
  return 'bagit.txt declares BagIt 1.0, UTF-8';
}

/** `Label: value` lines; a line starting with white space continues the previous value (RFC 8493 §2.2.2). */
export function parseBagInfo(text: string): { fields: Record<string, string>; counts: Map<string, number> } | null {
  const fields: Record<string, string> = {};
  const counts = new Map<string, number>();
  let last: string | null = null;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line === '') continue;
    if (/^[ \t]/.test(line)) {
      if (last === null) return null;
      if (counts.get(last) === 1) fields[last] += ` ${line.trim()}`;
      continue;
    }
    const match = /^([^:\s][^:]*?)\s*:\s*(.*)$/.exec(line);
    if (!match) return null;
    const label = match[1]!;
    last = label;
    counts.set(label, (counts.get(label) ?? 0) + 1);
    if (!(label in fields)) fields[label] = match[2]!.trim();
  }
  return { fields, counts };
}

export function checkFormat(files: BagFiles): { bagInfo: Record<string, string>; detail: string } {
  const parsed = parseBagInfo(textOf(files, BUNDLE_PATHS.bagInfo, 'unknownFormat'));
  if (!parsed) throw new BundleFault('unknownFormat', 'bag-info.txt is not a list of "Label: value" lines', BUNDLE_PATHS.bagInfo);
  const version = parsed.fields[FORMAT_LABEL];
  if (parsed.counts.get(FORMAT_LABEL) !== 1 || version !== String(BUNDLE_FORMAT_VERSION)) {
    const found = version === undefined ? 'no format version' : `format version "${version}"`;
    throw new BundleFault('unknownFormat', `bag-info.txt gives ${found}; this verifier reads ${FORMAT_LABEL}: ${BUNDLE_FORMAT_VERSION}`, BUNDLE_PATHS.bagInfo);
  }
  return { bagInfo: parsed.fields, detail: `bag-info.txt: ${FORMAT_LABEL} ${version}` };
}

/** A manifest's rows by path; a malformed line or a path listed twice is `code`. */
function manifestRows(files: BagFiles, path: string, code: BundleFailureCode): Map<string, string> {
  const rows = parseManifest(textOf(files, path, code));
  if (!rows) throw new BundleFault(code, 'a line is not "<sha256>  <path>"', path);
  const byPath = new Map<string, string>();
  for (const row of rows) {
    if (byPath.has(row.path)) throw new BundleFault(code, `"${row.path}" is listed twice`, path);
    byPath.set(row.path, row.sha256);
  }
  return byPath;
}

export function checkTagManifest(files: BagFiles): string {
  const rows = manifestRows(files, BUNDLE_PATHS.tagManifest, 'tagManifestMismatch');
  const expected = new Set<string>(TAG_FILES);
  for (const path of rows.keys()) {
    if (!expected.has(path)) throw new BundleFault('tagManifestMismatch', 'the tag manifest lists a file that is not a tag file of this format', path);
  }
  for (const path of TAG_FILES) {
    const listed = rows.get(path);
    if (listed === undefined) throw new BundleFault('tagManifestMismatch', 'the tag file is not listed in the tag manifest', path);
    if (fileOf(files, path).sha256 !== listed) throw new BundleFault('tagManifestMismatch', "the file's SHA-256 differs from the tag manifest's", path);
  }
  return `${TAG_FILES.length} tag files match tagmanifest-sha256.txt`;
}

export async function checkSignature(files: BagFiles): Promise<{ signature: SignatureFile; detail: string }> {
  const path = BUNDLE_PATHS.signature;
  let signature: SignatureFile;
  try {
    signature = SignatureFileSchema.parse(JSON.parse(textOf(files, path, 'badSignature')));
  } catch (error) {
    if (error instanceof BundleFault) throw error;
    throw new BundleFault('badSignature', 'signature.json is not a Lantern signature file', path);
  }
  const publicKey = hexToBytes(signature.publicKeyHex);
  if (sha256Hex(publicKey) !== signature.fingerprint) throw new BundleFault('badSignature', 'the fingerprint is not the SHA-256 of the public key', path);
  const signed = fileOf(files, BUNDLE_PATHS.tagManifest).bytes!;
  if (!(await verifyEd25519(publicKey, hexToBytes(signature.signatureHex), signed))) {
    throw new BundleFault('badSignature', 'the Ed25519 signature does not match the tag manifest and public key', path);
  }
  const role = signature.signer.role ? ` (${signature.signer.role})` : '';
  return { signature, detail: `Ed25519 signature by ${signature.signer.name}${role}, device ${signature.deviceId}, fingerprint ${signature.fingerprint}` };
}

export function checkPayloadManifest(files: BagFiles): { payload: Map<string, string>; detail: string } {
  const rows = manifestRows(files, BUNDLE_PATHS.manifest, 'manifestMismatch');
  for (const [path, sha256] of rows) {
    if (!path.startsWith(PAYLOAD_DIR)) throw new BundleFault('manifestMismatch', 'the payload manifest lists a file outside data/', path);
    if (fileOf(files, path).sha256 !== sha256) throw new BundleFault('manifestMismatch', "the file's SHA-256 differs from the manifest's", path);
  }
  for (const path of files.keys()) {
    const covered = path.startsWith(PAYLOAD_DIR) ? rows.has(path) : ROOT_FILES.has(path);
    if (!covered) throw new BundleFault('extraFile', path.startsWith(PAYLOAD_DIR) ? 'the file is not in the payload manifest' : 'the file is not part of the bag', path);
  }
  for (const path of REQUIRED_PAYLOAD) fileOf(files, path);
  return { payload: rows, detail: `${rows.size} payload files match manifest-sha256.txt; none missing or extra` };
}

/** Payload-Oxum (`<octets>.<file count>`) is optional in BagIt; when given it must match. */
export function checkOxum(bagInfo: Record<string, string>, files: BagFiles, payload: ReadonlyMap<string, string>): string {
  const oxum = bagInfo[OXUM_LABEL];
  if (oxum === undefined) return 'Payload-Oxum not given';
  const octets = [...payload.keys()].reduce((sum, path) => sum + fileOf(files, path).size, 0);
  const actual = `${octets}.${payload.size}`;
  if (oxum !== actual) throw new BundleFault('manifestMismatch', `Payload-Oxum is ${oxum}, the payload is ${actual}`, BUNDLE_PATHS.bagInfo);
  return `Payload-Oxum ${oxum} matches`;
}
