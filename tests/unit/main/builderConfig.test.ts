// electron-builder.yml read by electron-builder's own loader and schema (the code a
// packaging run starts with; packaging itself cannot run here), then turned into the
// fuse wire it would flip in the Electron binary. packaging.test.ts pins the text;
// this pins what the builder makes of it.
import { join } from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { PlatformPackager } from 'app-builder-lib';
import type { Configuration, FuseOptionsV1, TargetConfiguration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';

const PROJECT = join(__dirname, '../../..');

/** The wire electron-builder passes to @electron/fuses (a private method that uses no instance state). */
const fuseWire = (fuses: FuseOptionsV1): Promise<Record<string, unknown>> =>
  (PlatformPackager.prototype['generateFuseConfig'] as (fuses: FuseOptionsV1) => Promise<Record<string, unknown>>).call(null, fuses);

type Targets = Configuration['linux'] extends infer P ? (P extends { target?: infer T } ? T : never) : never;
const targetNames = (targets: Targets | undefined): string[] =>
  [targets ?? []].flat().map((target: string | TargetConfiguration) => (typeof target === 'string' ? target : target.target));

let config: Configuration;
beforeAll(async () => {
  config = await getConfig(PROJECT, null, null);
}, 60_000);

describe('electron-builder configuration', () => {
  // The first validation compiles the builder's JSON schema: seconds on a busy machine.
  it('comes from electron-builder.yml and passes the builder schema', { timeout: 60_000 }, async () => {
    expect(config.appId).toBe('org.lantern.notebook');
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would be refused by that schema with a misspelt fuse, so the schema check has teeth', async () => {
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } } as Configuration;
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/electronFuses/);
  });

  it('packs everything into app.asar, nothing unpacked beside it (integrity covers only the asar)', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack ?? null).toBeNull();
  });

  it.each([
    ['linux', ['AppImage', 'deb']],
    ['win', ['nsis', 'portable']],
    ['mac', ['dmg']],
  ] as const)('builds exactly these %s targets: %j', (platform, expected) => {
    expect(targetNames(config[platform]?.target).sort()).toEqual([...expected].sort());
  });
});

describe('fuses flipped into the binary', () => {
  const expected: Array<[string, FuseV1Options, boolean]> = [
    ['ELECTRON_RUN_AS_NODE ignored', FuseV1Options.RunAsNode, false],
    ['NODE_OPTIONS ignored', FuseV1Options.EnableNodeOptionsEnvironmentVariable, false],
    ['--inspect and friends ignored', FuseV1Options.EnableNodeCliInspectArguments, false],
    ['the app loads only from app.asar', FuseV1Options.OnlyLoadAppFromAsar, true],
    ['app.asar checked against its embedded hash', FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true],
    ['cookies encrypted at rest', FuseV1Options.EnableCookieEncryption, true],
    ['file:// gets no extra privileges', FuseV1Options.GrantFileProtocolExtraPrivileges, false],
  ];

  it.each(expected)('%s', async (_name, fuse, value) => {
    expect(config.electronFuses).toBeTruthy();
    const wire = await fuseWire(config.electronFuses as FuseOptionsV1);
    expect(wire['version']).toBe(FuseVersion.V1);
    expect(wire[fuse]).toBe(value);
  });
});
