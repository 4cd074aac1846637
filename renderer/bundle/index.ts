// The evidence bundle writer's door: gathers the incident from this notebook, checks its
// hash chains off the main thread, and streams the signed BagIt ZIP (./writer.ts).
// The caller saves `body` and may await `done`.
import { REPORT_NAMESPACES, type TextResources } from '../../shared/export';
import { notebook } from '../data';
import { i18next } from '../i18n';
import { appIdentity } from '../platform';
import { cancelledError, writeBundle, type BuiltBundle, type BundleOptions } from './writer';

export type { BuiltBundle, BundleOptions, BundlePhase, BundleProgress, BundleSummary, BundledItem } from './writer';

/** The report's texts in the UI language, as the timeline export's builders read them. */
export function reportTexts(language: string): TextResources {
  return Object.fromEntries(REPORT_NAMESPACES.map((namespace) => [namespace, i18next.getResourceBundle(language, namespace) ?? {}]));
}

export async function buildBundle(incidentId: string, options: BundleOptions): Promise<BuiltBundle> {
  options.onProgress?.({ phase: 'preparing', bytes: 0, total: 0 });
  const [source, app, verification] = await Promise.all([
    notebook.gatherBundle(incidentId, options.includeEvidence),
    appIdentity(),
    notebook.verifyIncidentLog(incidentId),
  ]);
  if (options.signal?.aborted) throw cancelledError();
  const language = i18next.language?.startsWith('ja') ? 'ja' : 'en';
  const report = { language, texts: reportTexts(language), verification, app };
  return writeBundle(source, options, { now: notebook.now(), zone: notebook.deviceZone(), report });
}
