// Decisions for navigation and new windows, kept pure so they are tested directly.
// Threat: a link or script in the page taking the privileged window to a remote
// site (which would then hold the preload bridge), or opening new windows.
import { isSafeLinkUrl } from '../../shared/domain/links';
import { isAppUrl } from './origin';

/** The window may only ever show the app's own origin. */
export function isAllowedNavigation(url: string, appOrigin: string): boolean {
  return isAppUrl(url, appOrigin);
}

/**
 * What to hand to the system browser when the page asks for a new window: the
 * URL itself if it is a safe http/https/mailto link, otherwise nothing. The new
 * window is denied either way.
 */
export function externalLinkTarget(url: string): string | null {
  return typeof url === 'string' && isSafeLinkUrl(url) ? url : null;
}
