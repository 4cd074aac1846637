// Turns a request for the app:// origin into a Response: the file the resolver
// allows, with its exact MIME type and the security headers, or a bare 404.
// Threats: path traversal (the resolver), MIME confusion (nosniff + explicit
// types), script injection (CSP on every response, error pages included).
// Uses only web-standard Request/Response (Node 20 has them) and node:fs.
import { readFile } from 'node:fs/promises';
import { securityHeaders } from '../security/headers';
import { APP_ORIGIN } from '../security/origin';
import { mimeTypeFor } from './mimeTypes';
import { resolveRendererPath } from './rendererPath';

export type ReadFile = (path: string) => Promise<Uint8Array>;

const text = (status: number, body: string, extra: Record<string, string> = {}): Response =>
  new Response(body, { status, headers: { ...securityHeaders('text/plain; charset=utf-8'), ...extra } });

export async function respondToAppRequest(
  rootDir: string,
  request: Pick<Request, 'method' | 'url'>,
  read: ReadFile = (path) => readFile(path),
  origin: string = APP_ORIGIN,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
  const resolved = await resolveRendererPath(rootDir, request.url, origin);
  if (!resolved.ok) return text(404, 'Not Found');
  let body: Uint8Array;
  try {
    body = await read(resolved.filePath);
  } catch {
    return text(404, 'Not Found');
  }
  const headers = { ...securityHeaders(mimeTypeFor(resolved.filePath)), 'Content-Length': String(body.byteLength) };
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}
