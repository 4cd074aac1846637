// A static HTTP server over the built renderer (out/web) standing in for main's
// app:// protocol. It resolves paths with main's own resolver and sends main's own
// security headers, so the e2e suite exercises the same guards as the app.
import { createReadStream } from 'node:fs';
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
  close(): Promise<void>;
}

/**
 * `port` 0 picks a free one. A fixed port keeps the origin, and so a browser
 * profile's IndexedDB, the same across runs (the benchmarks reuse a prepared profile).
 */
export async function startRendererServer(rootDir: string, port = Number(process.env.LANTERN_SERVER_PORT ?? 0)): Promise<RendererServer> {
  const refused: { url: string; reason: string }[] = [];
  let origin = '';

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
    response.writeHead(200, { ...securityHeaders(mimeTypeFor(resolved.filePath)), 'Cache-Control': 'no-store' });
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
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
