// The plain-text report of a verification, as `lantern-verify` prints it: one line per
// check, then the closing verdict. English only: the app words its own report by check id.
import { count } from './verifyRecords';
import type { BundleCheckId, BundleVerification } from './verifyTypes';

const LABELS: Record<BundleCheckId, string> = {
  zip: 'ZIP structure',
  names: 'Entry names',
  inflate: 'Size limits',
  bagit: 'BagIt declaration',
  format: 'Bundle format',
  tagManifest: 'Tag manifest',
  signature: 'Signature',
  manifest: 'Payload manifest',
  oxum: 'Payload-Oxum',
  json: 'JSON artefacts',
  chains: 'Hash chains',
  custody: 'Custody chains',
  evidence: 'Evidence files',
};

/** `bundleName` stands in for the file in failures about the archive as a whole (not a ZIP, cut short). */
export function reportLines(verification: BundleVerification, bundleName: string): string[] {
  const lines = verification.checks.map((check) => `${check.ok ? '✔' : '✘'} ${LABELS[check.id]}: ${check.detail}`);
  const { summary, failure } = verification;
  if (verification.ok && summary) {
    lines.push(
      `Bundle verified: ${count(summary.files, 'file')}, ${count(summary.entries, 'entry', 'entries')} from ${count(summary.devices, 'device')}, ` +
        `${count(summary.evidenceItems, 'evidence item')}, signed by ${summary.fingerprint}`,
    );
  } else if (failure) {
    const where = [failure.file, failure.entryId && `entry ${failure.entryId}`].filter(Boolean).join(', ') || bundleName;
    lines.push(`FAILED: ${failure.code}: ${where}: ${failure.message}`);
  }
  return lines;
}
