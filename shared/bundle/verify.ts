// Verifies an evidence bundle without trusting the laptop that wrote it: the ZIP's
// structure and limits, the bag's manifests, the signature, every hash chain and custody
// chain and every evidence file, in that order, stopping at the first failure. The same
// function serves the app (Verify bundle, import) and the `lantern-verify` command.
import { BUNDLE_PATHS, READ_LIMITS, TAG_FILES } from './format';
import { checkBagit, checkFormat, checkOxum, checkPayloadManifest, checkSignature, checkTagManifest } from './verifyBag';
import { checkChains, checkCustody, checkEvidence, checkJson } from './verifyRecords';
import {
  BundleFault,
  type BundleCheck,
  type BundleCheckId,
  type BundleVerification,
  type SliceOf,
  type VerifyOptions,
} from './verifyTypes';
import type { BlobLike } from './webRuntime';
import { cancelledError, readBundleZip, type Keep, type ReadZip } from './zipRead';
import type { ReadLimits } from './zipSafety';

export * from './verifyTypes';
export type { BlobLike, AbortSignalLike } from './webRuntime';
export type { ReadLimits } from './zipSafety';

const PARSED = new Set<string>([
  ...TAG_FILES,
  BUNDLE_PATHS.tagManifest,
  BUNDLE_PATHS.signature,
  BUNDLE_PATHS.timelineJson,
  BUNDLE_PATHS.custody,
  BUNDLE_PATHS.contactsEngaged,
  BUNDLE_PATHS.board,
]);

const keep = (name: string): Keep => (PARSED.has(name) ? 'bytes' : name.startsWith(BUNDLE_PATHS.evidenceDir) ? 'blob' : 'none');

const PROGRESS_INTERVAL_MS = 100;

const gib = (bytes: number): string => `${+(bytes / 1024 ** 3).toFixed(2)} GiB`;

/**
 * Never throws for a bad bundle: the answer names the first failure. Rejects only when
 * `signal` aborts (CodedError `bundle.cancelled`) or on a fault of the runtime itself.
 */
export async function verifyBundle<B extends BlobLike>(source: B, options: VerifyOptions = {}): Promise<BundleVerification<B>> {
  const { onProgress, signal } = options;
  const limits: ReadLimits = { ...READ_LIMITS, ...options.limits };
  const checks: BundleCheck[] = [];
  let lastReport = -Infinity;
  let current: BundleCheckId = 'zip';
  const pass = (id: BundleCheckId, detail: string) => checks.push({ id, ok: true, detail });
  const step = <T>(id: BundleCheckId, run: () => T): T => {
    if (signal?.aborted) throw cancelledError();
    current = id;
    return run();
  };
  try {
    const zip: ReadZip = await readBundleZip(source, {
      limits,
      keep,
      signal,
      onStage: (stage, entries) => {
        if (stage === 'listed') pass('zip', `ZIP directory read: ${entries} entries`);
        else pass('names', 'entry names are safe: no absolute or parent paths, links, duplicates or case collisions');
        current = stage === 'listed' ? 'names' : 'inflate';
      },
      onBytes: (bytes, total) => {
        // Every inflated chunk counts, but a screen needs about ten updates a second.
        const now = Date.now();
        if (now - lastReport < PROGRESS_INTERVAL_MS) return;
        lastReport = now;
        onProgress?.({ phase: 'reading', bytes, total });
      },
    });
    const files = zip.files;
    pass('inflate', `${files.size} files inflated in full, ${zip.inflatedBytes} bytes, within the limits (${gib(limits.maxTotalBytes)}, ratio ${limits.maxRatio})`);
    onProgress?.({ phase: 'checking', bytes: zip.inflatedBytes, total: zip.inflatedBytes });

    pass('bagit', step('bagit', () => checkBagit(files)));
    const { bagInfo, detail: formatDetail } = step('format', () => checkFormat(files));
    pass('format', formatDetail);
    pass('tagManifest', step('tagManifest', () => checkTagManifest(files)));
    const { signature, detail: signatureDetail } = await step('signature', () => checkSignature(files));
    pass('signature', signatureDetail);
    const { payload, detail: manifestDetail } = step('manifest', () => checkPayloadManifest(files));
    pass('manifest', manifestDetail);
    pass('oxum', step('oxum', () => checkOxum(bagInfo, files, payload)));
    const { artefacts, detail: jsonDetail } = step('json', () => checkJson(files));
    pass('json', jsonDetail);
    const chains = step('chains', () => checkChains(artefacts));
    pass('chains', chains.detail);
    pass('custody', step('custody', () => checkCustody(artefacts)));
    const evidence = step('evidence', () => checkEvidence(files, artefacts));
    pass('evidence', evidence.detail);

    const blobs = new Map<string, SliceOf<B>>();
    for (const { bundlePath } of artefacts.custody.items) {
      const blob = bundlePath === null ? null : files.get(bundlePath)?.blob;
      // A slice of the source, or a Blob built from chunks: the runtime's own Blob class either way.
      if (bundlePath !== null && blob) blobs.set(bundlePath, blob as SliceOf<B>);
    }
    return {
      ok: true,
      checks,
      failure: null,
      contents: { bagInfo, signature, ...artefacts, evidence: blobs },
      summary: {
        files: files.size,
        entries: artefacts.timeline.entries.length,
        devices: chains.devices,
        evidenceItems: artefacts.custody.items.length,
        evidenceFiles: evidence.included,
        fingerprint: signature.fingerprint,
      },
    };
  } catch (error) {
    if (!(error instanceof BundleFault)) throw error;
        const where = error.entryId ?? error.file;
    checks.push({ id: current, ok: false, detail: where ? `${where}: ${error.message}` : error.message });
    return {
      ok: false,
      checks,
      failure: { code: error.code, file: error.file, entryId: error.entryId, message: error.message },
      contents: null,
      summary: null,
    };
  }
}
