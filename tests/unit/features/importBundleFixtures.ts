// The import and verify screens' tests: a second responder's bundle of the app's incident, and
// what the (mocked) verifier answers for it — passed, or failed at a named file.
import type { BundleCheckId, BundleFailure, BundleVerification } from '../../../shared/bundle/verify';
import { notebook } from '../../../renderer/data';
import { appContext, appDb } from '../../../renderer/data/app';
import { appendEntry } from '../../../renderer/data/repositories/entries.write';
import { importBundle } from '../../../renderer/data/repositories/handoff.write';
import { noteDraft, type TestNotebook } from '../data/fixtures';
import { bundleOf, secondResponder, takeInEvidence, type TestBundle } from '../data/handoffFixtures';
import { withResponder } from './notebookHarness';

export const CHECK_IDS: readonly BundleCheckId[] = ['zip', 'names', 'inflate', 'bagit', 'format', 'tagManifest', 'signature', 'manifest', 'oxum', 'json', 'chains', 'custody', 'evidence'];

/** The app's own notebook, seen as the data tests' TestNotebook. */
const appNotebook = (): TestNotebook => ({ db: appDb, ctx: appContext, clock: { now: new Date('2026-11-23T03:00:00.000Z'), advance() {} } });

const at = (hhmm: string) => `2026-11-23T${hhmm}:00.000Z`;

/** Aiko (this app) opens the incident; Ken takes it over on his laptop, writes and collects evidence, and exports. */
export async function handedOver(title = 'Ransomware at Tokyo DC') {
  await withResponder();
  const incident = await notebook.createIncident({ title, code: 'IR-2026-014', severity: 'high', timeZone: 'Asia/Tokyo', anchors: [] });
  await notebook.appendEntry(noteDraft(incident.id, 'ransom note found on FS01', at('00:10')));
  const ken = await secondResponder();
  await importBundle(ken.ctx, await bundleOf(appNotebook(), incident.id), { newIncident: true });
  await appendEntry(ken.ctx, noteDraft(incident.id, 'FS02 shows the same extension', at('00:20')));
  await appendEntry(ken.ctx, noteDraft(incident.id, 'backup server unreachable', at('00:40')));
  await takeInEvidence(ken, incident.id, 'README_RESTORE.txt', 'YOUR FILES ARE ENCRYPTED');
  return { incident, ken, bundle: await bundleOf(ken, incident.id) };
}

export function passed(contents: TestBundle): BundleVerification<File> {
  return {
    ok: true,
    checks: CHECK_IDS.map((id) => ({ id, ok: true, detail: `${id}: fine` })),
    failure: null,
    contents: contents as BundleVerification<File>['contents'],
    summary: {
      files: 9 + contents.evidence.size,
      entries: contents.timeline.entries.length,
      devices: new Set(contents.timeline.entries.map((e) => e.deviceId)).size,
      evidenceItems: contents.custody.items.length,
      evidenceFiles: contents.evidence.size,
      fingerprint: contents.signature.fingerprint,
    },
  };
}

/** Every check up to `failedAt` passed, that one failed, the rest did not run. */
export function failed(failedAt: BundleCheckId, failure: Omit<BundleFailure, 'message'>): BundleVerification<File> {
  const upTo = CHECK_IDS.indexOf(failedAt);
  return {
    ok: false,
    checks: CHECK_IDS.slice(0, upTo + 1).map((id, i) => ({ id, ok: i < upTo, detail: i < upTo ? `${id}: fine` : `${failure.file}: the file's SHA-256 differs from the manifest's` })),
    failure: { ...failure, message: "the file's SHA-256 differs from the manifest's" },
    contents: null,
    summary: null,
  };
}

export const zipFile = (name = 'IR-2026-014-bundle.zip') => new File(['PK\u0003\u0004'], name, { type: 'application/zip' });
