// The app:// path resolver fuzzed over a real tree: request URLs assembled from
// traversal pieces (raw, encoded, double-encoded dots and separators, backslashes,
// NULs, drive letters, device names, symlinks that leave the build) must only ever
// resolve to one of the build's own files. The named corpus is rendererPath.test.ts.
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRendererPath } from '../../../main/services/rendererPath';

let base: string;
let root: string;
let buildFiles: Set<string>;

beforeAll(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'lantern-renderer-fuzz-')));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets', 'nested'), { recursive: true });
  await mkdir(join(base, 'renderer-evil'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html>');
  await writeFile(join(root, 'assets', 'app.js'), 'export {}');
  await writeFile(join(root, 'assets', 'nested', 'deep.css'), 'a{}');
  await writeFile(join(root, '.env'), 'SECRET=1');
  await writeFile(join(base, 'secret.txt'), 'secret');
  await writeFile(join(base, 'renderer-evil', 'evil.js'), 'alert(1)');
  await symlink(base, join(root, 'up'));
  await symlink(join(base, 'secret.txt'), join(root, 'assets', 'secret.js'));
  await symlink(join(base, 'renderer-evil'), join(root, 'sibling'));
  buildFiles = new Set(['index.html', 'assets/app.js', 'assets/nested/deep.css'].map((file) => join(root, file)));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

// Names in and around the tree (symlinks that leave it included), and ways to say "up".
const NAMES = ['assets', 'nested', 'up', 'sibling', 'renderer', 'renderer-evil', 'app.js', 'deep.css', 'index.html', '.env', 'secret.txt', 'secret.js', 'evil.js'];
const TRAVERSAL = ['..', '.', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '%252e%252e', '%2f', '%252f', '%5c', '\\', '%00', '\u0000', '%zz', 'C:', 'c%3a', 'NUL', 'con.txt', '~', ''];
const segment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...TRAVERSAL) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...NAMES, ...TRAVERSAL, '%20', 'é', '%C3%A9'), { minLength: 2, maxLength: 3 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const requestUrl = fc
  .tuple(
    fc.oneof(
      { weight: 6, arbitrary: fc.constant('app://lantern/') },
      { weight: 1, arbitrary: fc.constantFrom('app://lantern//', 'app://lantern/%2f', 'app://lantern\\', 'app://lantern.evil/', 'app://lantern:1/', 'APP://lantern/') },
    ),
    fc.array(segment, { minLength: 1, maxLength: 4 }),
    fc.oneof({ weight: 6, arbitrary: fc.constant('/') }, { weight: 1, arbitrary: fc.constantFrom('%2f', '%252f', '\\', '/./', '/../') }),
    fc.constantFrom('', '', '?x=../../secret.txt', '#/../secret.txt', '/'),
  )
  .map(([origin, segments, separator, tail]) => origin + segments.join(separator) + tail);

describe('resolveRendererPath fuzzed', () => {
  it('serves nothing but the build’s own files, whatever the request', { timeout: 120_000 }, async () => {
    let served = 0;
    await fc.assert(
      fc.asyncProperty(requestUrl, async (url) => {
        const result = await resolveRendererPath(root, url);
        if (!result.ok) return;
        served += 1;
        expect(buildFiles.has(result.filePath)).toBe(true);
      }),
      { numRuns: 10_000 },
    );
    // Some requests were served, so the property was not vacuous.
    expect(served).toBeGreaterThan(30);
  });
});
