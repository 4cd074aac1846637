// Which web permissions the renderer gets. Threat: a page (or content injected
// into it) turning on the camera, microphone, geolocation, notifications, HID/USB
// devices or screen capture. Everything is refused, with one narrow exception.
import { isAppUrl } from './origin';

/**
 * Writing sanitized text to the clipboard (the "copy hash" buttons use
 * `navigator.clipboard.writeText`) is allowed for the app's own origin only.
 * Reading the clipboard is not.
 */
const ALLOWED_FOR_APP: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string, appOrigin: string): boolean {
  return ALLOWED_FOR_APP.has(permission) && isAppUrl(requestingUrl, appOrigin);
}
