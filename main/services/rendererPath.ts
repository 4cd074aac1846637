// Maps an app:// request URL to a file of the renderer build, or refuses it.
// Threat: path traversal — a page (or injected markup) asking the protocol for
// files outside the build (keys, notebooks of other apps, /etc/passwd) through
// `..`, encoded or double-encoded separators, backslashes, absolute or drive
// paths, NUL bytes, or symlinks. Pure Node (no electron): the e2e static server
// resolves its requests with this same function.
import { realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { APP_ORIGIN } from '../security/origin';

export type RendererPathResult = { ok: true; filePath: string } | { ok: false; reason: string };

const INDEX = 'index.html';
const MAX_URL_LENGTH = 4096;
// Control characters (NUL included) and backslashes are never part of a build path.
const FORBIDDEN_RAW = /[\u0000-\u001f\u007f\\]/u;
// After one decode: separators, drive colons, a second escape layer, control chars.
const FORBIDDEN_DECODED = /[/\\:%\u0000-\u001f\u007f]/u;
// Windows device names open devices, not files.
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\..*)?$/i;

const refuse = (reason: string): RendererPathResult => ({ ok: false, reason });

/** Splits the raw path (still percent-encoded) into decoded, checked segments. */
function decodeSegments(rawPath: string): string[] | string {
  if (rawPath === '' || rawPath === '/') return [];
  if (!rawPath.startsWith('/')) return 'path must start with /';
  const segments: string[] = [];
  for (const raw of rawPath.slice(1).split('/')) {
    if (raw === '') return 'empty path segment (absolute path or trailing slash)';
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return 'malformed percent-encoding';
    }
    if (FORBIDDEN_DECODED.test(decoded)) return 'forbidden character in path segment';
    if (decoded.startsWith('.')) return 'dot segment or hidden file';
    if (WINDOWS_DEVICE.test(decoded)) return 'device name';
    if (decoded.length > 255) return 'path segment too long';
    segments.push(decoded);
  }
  return segments;
}

async function realpathOrNull(path: string): Promise<string | null> {
  try {
    return await realpath(path);
  } catch {
    return null;
  }
}

/** The real path of `candidate` if it is a regular file inside `realRoot`. */
async function containedFile(realRoot: string, candidate: string): Promise<RendererPathResult> {
  const real = await realpathOrNull(candidate);
  if (real === null) return refuse('not found');
  const prefix = realRoot.endsWith(sep) ? realRoot : realRoot + sep;
  if (!real.startsWith(prefix)) return refuse('resolves outside the renderer root');
  const info = await stat(real).catch(() => null);
  if (!info?.isFile()) return refuse('not a regular file');
  return { ok: true, filePath: real };
}

/**
 * Resolves `requestUrl` (e.g. `app://lantern/assets/index.js`) inside `rootDir`.
 * `/` and extension-less routes that do not exist serve index.html (SPA routes);
 * query strings and fragments are ignored. `origin` defaults to app://lantern.
 */
export async function resolveRendererPath(
  rootDir: string,
  requestUrl: string,
  origin: string = APP_ORIGIN,
): Promise<RendererPathResult> {
  if (typeof requestUrl !== 'string' || requestUrl.length > MAX_URL_LENGTH) return refuse('invalid URL');
  if (FORBIDDEN_RAW.test(requestUrl)) return refuse('control character or backslash in URL');
  // Exact prefix match on the raw string: scheme, host, port and no credentials.
  const next = requestUrl.charAt(origin.length);
  if (!requestUrl.startsWith(origin) || !['', '/', '?', '#'].includes(next)) return refuse('wrong scheme or host');
  const rawPath = requestUrl.slice(origin.length).split(/[?#]/, 1)[0] ?? '';
  const segments = decodeSegments(rawPath);
  if (typeof segments === 'string') return refuse(segments);

  const realRoot = await realpathOrNull(rootDir);
  if (realRoot === null) return refuse('renderer root missing');
  const indexFile = () => containedFile(realRoot, join(realRoot, INDEX));
  if (segments.length === 0) return indexFile();

  const candidate = join(realRoot, ...segments);
  const exists = (await realpathOrNull(candidate)) !== null;
  const last = segments[segments.length - 1] ?? '';
  if (!exists && extname(last) === '') return indexFile();
  return containedFile(realRoot, candidate);
}
