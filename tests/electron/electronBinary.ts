// Finds the Electron binary without triggering its lazy download (requiring the
// `electron` package would try to fetch it, and fail, on machines without one).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../..');
export const MAIN_ENTRY = join(REPO_ROOT, 'out/main/index.js');

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

export function findElectronBinary(): ElectronBinary {
  const packageDir = join(REPO_ROOT, 'node_modules/electron');
  if (!existsSync(join(packageDir, 'package.json'))) return { found: false, reason: 'the electron package is not installed' };
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override) {
    const path = join(override, relative || 'electron');
    return existsSync(path) ? { found: true, path } : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no binary at ${path}` };
  }
  if (!relative) {
    return {
      found: false,
      reason: 'node_modules/electron/path.txt is missing, so the Electron binary was never downloaded (this machine cannot reach its download host)',
    };
  }
  const path = join(packageDir, 'dist', relative);
  return existsSync(path) ? { found: true, path } : { found: false, reason: `node_modules/electron/dist/${relative} does not exist` };
}
