// Bundles bridge-entry.ts (and with it preload/api.ts, the contract and zod) into
// one classic script for `addInitScript`. Built once per run by global-setup.
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { BRIDGE_BUNDLE, BRIDGE_ENTRY } from './paths';

export async function buildBridgeBundle(): Promise<string> {
  await build({
    entryPoints: [BRIDGE_ENTRY],
    outfile: BRIDGE_BUNDLE,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    // Injected into every frame: keep it small (zod is most of it); names stay readable.
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  return BRIDGE_BUNDLE;
}

/** The bundle's path, building it if this process runs without global-setup. */
export async function bridgeBundlePath(): Promise<string> {
  return existsSync(BRIDGE_BUNDLE) ? BRIDGE_BUNDLE : buildBridgeBundle();
}
