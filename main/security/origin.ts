// The one origin the renderer is served from. IndexedDB (every notebook) is tied
// to it, so it must never change. No electron import: the e2e harness uses it too.
export const APP_SCHEME = 'app';
export const APP_HOST = 'lantern';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * `scheme://host[:port]` of a URL, or null when it cannot be parsed or carries
 * credentials. Node's `URL.origin` is "null" for non-special schemes such as
 * `app:`, so the origin is rebuilt from protocol and host instead.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.username !== '' || parsed.password !== '' || parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/** True when `url` belongs to exactly `appOrigin` (same scheme, host and port). */
export function isAppUrl(url: string, appOrigin: string): boolean {
  const expected = originOf(appOrigin);
  return expected !== null && originOf(url) === expected;
}
