// electron-builder.yml cannot be exercised here (packaging downloads Electron), so
// its security-relevant settings are pinned by reading the file itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const config = readFileSync(join(__dirname, '../../../electron-builder.yml'), 'utf8');
const setting = (key: string, value: string) => new RegExp(`^\\s*${key}: ${value}\\s*$`, 'm');

describe('electron-builder.yml', () => {
  it('identifies the app', () => {
    expect(config).toMatch(setting('appId', 'org\\.lantern\\.notebook'));
    expect(config).toMatch(setting('productName', 'Lantern'));
  });

  it('ships only the build and package.json, inside an asar', () => {
    const files = /^files:\n((?:\s+- .*\n)+)/m.exec(config)?.[1];
    expect(files?.trim().split('\n').map((line) => line.trim())).toEqual(['- out/**', '- package.json']);
    expect(config).toMatch(setting('asar', 'true'));
  });

  it.each([
    ['runAsNode', 'false'],
    ['enableNodeOptionsEnvironmentVariable', 'false'],
    ['enableNodeCliInspectArguments', 'false'],
    ['onlyLoadAppFromAsar', 'true'],
    ['enableEmbeddedAsarIntegrityValidation', 'true'],
    ['enableCookieEncryption', 'true'],
    ['grantFileProtocolExtraPrivileges', 'false'],
  ])('sets the fuse %s to %s', (fuse, value) => {
    const fuses = /^electronFuses:\n((?:\s+.*\n)+)/m.exec(config)?.[1] ?? '';
    expect(fuses).toMatch(setting(fuse, value));
  });

  it.each(['AppImage', 'deb', 'nsis', 'portable', 'dmg'])('builds a %s', (target) => {
    expect(config).toMatch(new RegExp(`^\\s+- ${target}$`, 'm'));
  });
});
