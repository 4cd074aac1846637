import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/security/csp';
import { FALLBACK_MIME_TYPE, mimeTypeFor } from '../../../main/services/mimeTypes';
import { respondToAppRequest } from '../../../main/services/rendererResponse';

let root: string;

beforeAll(async () => {
  root = join(await realpath(await mkdtemp(join(tmpdir(), 'lantern-protocol-'))), 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Lantern</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'hash.wasm'), new Uint8Array([0, 97, 115, 109]));
  await writeFile(join(root, 'assets', 'notes.xyz'), 'x');
});

afterAll(async () => {
  await rm(join(root, '..'), { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => respondToAppRequest(root, { method, url });

function expectSecurityHeaders(response: Response) {
  expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
}

describe('app:// responses', () => {
  it('serves index.html for / with the CSP', async () => {
    const response = await get('app://lantern/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(response);
    expect(await response.text()).toContain('<title>Lantern</title>');
  });

  it.each([
    ['app://lantern/assets/app.js', 'text/javascript; charset=utf-8'],
    ['app://lantern/assets/hash.wasm', 'application/wasm'],
    ['app://lantern/assets/notes.xyz', FALLBACK_MIME_TYPE],
  ])('serves %s as %s', async (url, type) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expectSecurityHeaders(response);
  });

  it.each(['app://lantern/../secret', 'app://lantern/%2e%2e/x.js', 'app://evil/index.html', 'app://lantern/missing.js'])(
    'answers %s with a 404 that still carries the CSP',
    async (url) => {
      const response = await get(url);
      expect(response.status).toBe(404);
      expectSecurityHeaders(response);
    },
  );

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://lantern/assets/app.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String('console.log(1)'.length));
    expect(await head.text()).toBe('');
    const post = await get('app://lantern/assets/app.js', 'POST');
    expect(post.status).toBe(405);
    expectSecurityHeaders(post);
  });

  it('gives 404 when the file vanishes between resolving and reading', async () => {
    const response = await respondToAppRequest(root, { method: 'GET', url: 'app://lantern/' }, async () => {
      throw new Error('ENOENT');
    });
    expect(response.status).toBe(404);
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['a/index.HTML', 'text/html; charset=utf-8'],
    ['a/style.css', 'text/css; charset=utf-8'],
    ['a/font.woff2', 'font/woff2'],
    ['a/icon.svg', 'image/svg+xml'],
    ['a/noext', FALLBACK_MIME_TYPE],
  ])('%s → %s', (path, type) => {
    expect(mimeTypeFor(path)).toBe(type);
  });
});
