// A static HTTP server over the built renderer (out/web) standing in for main's
// app:// protocol. It resolves paths with main's own resolver and sends main's own
// security headers, so the e2e suite exercises the same guards as the app.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveRendererPath } from '../../../main/services/rendererPath';
import { mimeTypeFor } from '../../../main/services/mimeTypes';
import { securityHeaders } from '../../../main/security/headers';

export interface RendererServer {
  /** `http://127.0.0.1:<port>`: the app origin for every page of this server. */
  readonly origin: string;
  /** Paths the resolver refused, with its reason (for tests of the guard). */
  readonly refused: { url: string; reason: string }[];
  /**
   * `revalidate` (the default): every load asks for every file, which comes back 304 when
   * unchanged, so Chromium keeps V8's compiled code for it. That is what the app has: it
   * asks main's app:// handler for every file, and the scheme's `codeCache` privilege keeps
   * V8's code cache (main/modules/appProtocol.ts). `none` (no-store): every load compiles
   * every script afresh, as neither the app nor a browser does (the benchmarks report it too).
   */
  caching: 'revalidate' | 'none';
  close(): Promise<void>;
}

/**
 * `port` 0 picks a free one. A fixed port keeps the origin, and so a browser
 * profile's IndexedDB, the same across runs (the benchmarks reuse a prepared profile).
 */
export async function startRendererServer(rootDir: string, port = Number(process.env.LANTERN_SERVER_PORT ?? 0)): Promise<RendererServer> {
  const refused: { url: string; reason: string }[] = [];
  let origin = '';
  let caching: RendererServer['caching'] = 'revalidate';

  const respond = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...securityHeaders('text/plain; charset=utf-8'), Allow: 'GET, HEAD' });
      response.end('method not allowed');
      return;
    }
    const requestUrl = origin + (request.url ?? '/');
    const resolved = await resolveRendererPath(rootDir, requestUrl, origin);
    if (!resolved.ok) {
      refused.push({ url: request.url ?? '', reason: resolved.reason });
      response.writeHead(404, securityHeaders('text/plain; charset=utf-8'));
      response.end('not found');
      return;
    }
    const headers: Record<string, string> = { ...securityHeaders(mimeTypeFor(resolved.filePath)), 'Cache-Control': 'no-store' };
    if (caching === 'revalidate') {
      const { size, mtimeMs } = await stat(resolved.filePath);
      headers['Cache-Control'] = 'no-cache';
      headers['ETag'] = `"${size.toString(16)}-${Math.trunc(mtimeMs).toString(16)}"`;
      if (request.headers['if-none-match'] === headers['ETag']) {
        response.writeHead(304, headers);
        response.end();
        return;
      }
    }
    response.writeHead(200, headers);
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(resolved.filePath)
      .on('error', () => response.destroy())
      .pipe(response);
  };

  const server = createServer((request, response) => {
    respond(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, securityHeaders('text/plain; charset=utf-8'));
      response.end('internal error');
    });
  });
  // Keep-alive sockets would hold close() open until they time out.
  server.keepAliveTimeout = 1_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    refused,
    get caching() {
      return caching;
    },
    set caching(value) {
      caching = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
