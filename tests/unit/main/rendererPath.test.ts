import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRendererPath } from '../../../main/services/rendererPath';

// A real tree: the build folder, a sibling whose name shares its prefix, and
// secrets outside it, reachable only through symlinks or traversal.
let base: string;
let root: string;

beforeAll(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'lantern-renderer-')));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets', 'nested'), { recursive: true });
  await mkdir(join(base, 'renderer-evil'), { recursive: true });
  await mkdir(join(base, 'outside'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html>');
  await writeFile(join(root, 'assets', 'app.js'), 'export {}');
  await writeFile(join(root, 'assets', 'file name.js'), 'export {}');
  await writeFile(join(root, 'assets', 'nested', 'deep.css'), 'a{}');
  await writeFile(join(root, '.env'), 'SECRET=1');
  await writeFile(join(base, 'renderer-evil', 'evil.js'), 'alert(1)');
  await writeFile(join(base, 'outside', 'secret.txt'), 'secret');
  await writeFile(join(base, 'secret.txt'), 'secret');
  await symlink(join(root, 'assets', 'app.js'), join(root, 'inner-link.js'));
  await symlink(join(base, 'outside'), join(root, 'escape'));
  await symlink(join(base, 'outside', 'secret.txt'), join(root, 'secret-link.js'));
  await symlink(join(base, 'renderer-evil'), join(root, 'sibling'));
  await symlink(join(base, 'renderer-evil', 'evil.js'), join(root, 'assets', 'evil-link.js'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const hostile: Array<[string, string]> = [
  ['raw dot-dot', 'app://lantern/../secret.txt'],
  ['raw dot-dot deep', 'app://lantern/assets/../../secret.txt'],
  ['single dot segment', 'app://lantern/./index.html'],
  ['encoded dot-dot', 'app://lantern/%2e%2e/secret.txt'],
  ['encoded dot-dot upper case', 'app://lantern/%2E%2E/%2E%2E/etc/passwd'],
  ['half-encoded dot-dot', 'app://lantern/.%2e/secret.txt'],
  ['encoded slash', 'app://lantern/assets%2f..%2f..%2fsecret.txt'],
  ['encoded dot-dot-slash run', 'app://lantern/%2e%2e%2f%2e%2e%2fsecret.txt'],
  ['double-encoded dots', 'app://lantern/%252e%252e/secret.txt'],
  ['double-encoded slash', 'app://lantern/assets%252f..%252fsecret.txt'],
  ['raw backslash', 'app://lantern/..\\secret.txt'],
  ['encoded backslash', 'app://lantern/..%5csecret.txt'],
  ['encoded backslash upper case', 'app://lantern/assets%5C..%5C..%5Csecret.txt'],
  ['absolute path (double slash)', 'app://lantern//etc/passwd'],
  ['absolute path encoded', 'app://lantern/%2fetc%2fpasswd'],
  ['encoded NUL', 'app://lantern/index.html%00.png'],
  ['raw NUL', 'app://lantern/index.html\u0000'],
  ['raw newline', 'app://lantern/index.html\n'],
  ['drive letter', 'app://lantern/C:/Windows/win.ini'],
  ['encoded drive letter', 'app://lantern/c%3a/Windows/win.ini'],
  ['Windows device name', 'app://lantern/NUL'],
  ['symlinked folder pointing outside', 'app://lantern/escape/secret.txt'],
  ['symlinked folder outside, no extension', 'app://lantern/escape'],
  ['symlinked file pointing outside', 'app://lantern/secret-link.js'],
  ['symlink into sibling-prefix folder', 'app://lantern/sibling/evil.js'],
  ['file symlink into sibling-prefix folder', 'app://lantern/assets/evil-link.js'],
  ['traversal into sibling-prefix folder', 'app://lantern/../renderer-evil/evil.js'],
  ['encoded traversal into sibling-prefix folder', 'app://lantern/%2e%2e/renderer-evil/evil.js'],
  ['directory', 'app://lantern/assets'],
  ['directory with trailing slash', 'app://lantern/assets/'],
  ['hidden file', 'app://lantern/.env'],
  ['missing file with extension', 'app://lantern/assets/missing.js'],
  ['malformed escape', 'app://lantern/%zz.js'],
  ['non-standard %u escape', 'app://lantern/%u002e%u002e/secret.txt'],
  ['wrong scheme', 'http://lantern/index.html'],
  ['file scheme', 'file:///etc/passwd'],
  ['wrong host', 'app://evil/index.html'],
  ['host with lantern prefix', 'app://lantern.evil/index.html'],
  ['port', 'app://lantern:8080/index.html'],
  ['credentials', 'app://user@lantern/index.html'],
  ['upper-case scheme', 'APP://lantern/index.html'],
  ['overlong URL', `app://lantern/${'a'.repeat(5000)}.js`],
];

describe('resolveRendererPath refuses hostile requests', () => {
  it('has a corpus of at least 25 cases', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(25);
  });

  it.each(hostile)('%s: %s', async (_name, url) => {
    const result = await resolveRendererPath(root, url);
    expect(result.ok).toBe(false);
  });

  it.each([
    'app://lantern/escape/secret.txt',
    'app://lantern/secret-link.js',
    'app://lantern/sibling/evil.js',
    'app://lantern/assets/evil-link.js',
  ])('catches %s at the real-path containment check, not by luck', async (url) => {
    expect(await resolveRendererPath(root, url)).toEqual({ ok: false, reason: 'resolves outside the renderer root' });
  });

  it('refuses everything when the root itself is missing', async () => {
    const result = await resolveRendererPath(join(base, 'no-such-root'), 'app://lantern/');
    expect(result).toEqual({ ok: false, reason: 'renderer root missing' });
  });
});

describe('resolveRendererPath serves the build', () => {
  const good: Array<[string, string]> = [
    ['app://lantern/', 'index.html'],
    ['app://lantern', 'index.html'],
    ['app://lantern/index.html', 'index.html'],
    ['app://lantern/assets/app.js', 'assets/app.js'],
    ['app://lantern/assets/nested/deep.css', 'assets/nested/deep.css'],
    ['app://lantern/assets/file%20name.js', 'assets/file name.js'],
    ['app://lantern/assets/app.js?v=3#top', 'assets/app.js'],
    ['app://lantern/?q=../../secret.txt', 'index.html'],
    ['app://lantern/incidents/42', 'index.html'],
    ['app://lantern/settings#language', 'index.html'],
    ['app://lantern/inner-link.js', 'assets/app.js'],
  ];

  it.each(good)('%s → %s', async (url, expected) => {
    const result = await resolveRendererPath(root, url);
    expect(result).toEqual({ ok: true, filePath: join(root, expected) });
  });

  it('accepts another origin when asked (the e2e static server)', async () => {
    const result = await resolveRendererPath(root, 'http://127.0.0.1:4173/assets/app.js', 'http://127.0.0.1:4173');
    expect(result).toEqual({ ok: true, filePath: join(root, 'assets/app.js') });
    expect((await resolveRendererPath(root, 'http://127.0.0.1:4174/assets/app.js', 'http://127.0.0.1:4173')).ok).toBe(false);
  });
});
