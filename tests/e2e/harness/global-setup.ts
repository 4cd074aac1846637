// Runs once before the e2e suite: makes sure out/web holds a current renderer
// build, then bundles the bridge the harness injects into every page.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildBridgeBundle } from './bridgeBundle';
import { REPO_ROOT, WEB_ROOT } from './paths';

/** Newest modification time under `path` (files only), 0 when it does not exist. */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), 0);
}

function webBuildIsCurrent(): boolean {
  const built = newestMtime(join(WEB_ROOT, 'index.html'));
  if (built === 0) return false;
  const sources = ['renderer', 'shared', 'vite.web.config.mts', 'package-lock.json'].map((p) => newestMtime(join(REPO_ROOT, p)));
  return built >= Math.max(...sources);
}

export default async function globalSetup(): Promise<void> {
  if (process.env.LANTERN_E2E_SKIP_BUILD !== '1' && !webBuildIsCurrent()) {
    console.log('[e2e] out/web is missing or older than the sources: running `npm run build:web`');
    try {
      execFileSync('npm', ['run', 'build:web'], { cwd: REPO_ROOT, stdio: 'inherit' });
    } catch (error) {
      throw new Error('[e2e] `npm run build:web` failed; the e2e suite needs the built renderer in out/web', { cause: error });
    }
  }
  if (!existsSync(join(WEB_ROOT, 'index.html'))) {
    throw new Error('[e2e] out/web/index.html does not exist: run `npm run build:web` (renderer/index.html is the entry)');
  }
  try {
    await buildBridgeBundle();
  } catch (error) {
    throw new Error(`[e2e] could not bundle the bridge (tests/e2e/harness/bridge-entry.ts → preload/api.ts): ${String(error)}`, {
      cause: error,
    });
  }
}
