// Headers on every response of the app:// protocol (and of the e2e static server):
// the CSP, no MIME sniffing (a text file is never run as script), no referrer.
import { CONTENT_SECURITY_POLICY } from './csp';

export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}
