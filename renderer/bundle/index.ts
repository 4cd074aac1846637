// The evidence bundle writer's door: gathers the incident from this notebook and streams
// the signed BagIt ZIP (renderer/bundle/writer.ts). The caller saves `body` and may await `done`.
import { notebook } from '../data';
import { platform } from '../platform';
import { cancelledError, writeBundle, type BuiltBundle, type BundleOptions } from './writer';

export type { BuiltBundle, BundleOptions, BundlePhase, BundleProgress, BundleSummary, BundledItem } from './writer';

async function softwareAgent(): Promise<string> {
  try {
    const info = await platform().getInfo();
    return `${info.name} ${info.version}`;
  } catch {
    // The agent is informative; a bridge that cannot answer must not stop an export.
    return 'Lantern';
  }
}

export async function buildBundle(incidentId: string, options: BundleOptions): Promise<BuiltBundle> {
  options.onProgress?.({ phase: 'preparing', bytes: 0, total: 0 });
  const [source, software] = await Promise.all([notebook.gatherBundle(incidentId, options.includeEvidence), softwareAgent()]);
  if (options.signal?.aborted) throw cancelledError();
  return writeBundle(source, options, { now: notebook.now(), zone: notebook.deviceZone(), software });
}
