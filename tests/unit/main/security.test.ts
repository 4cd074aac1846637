import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/security/csp';
import { securityHeaders } from '../../../main/security/headers';
import { externalLinkTarget, isAllowedNavigation } from '../../../main/security/navigation';
import { APP_ORIGIN, isAppUrl, originOf } from '../../../main/security/origin';
import { isPermissionAllowed } from '../../../main/security/permissions';

describe('app origin', () => {
  it('is app://lantern and is recognised even though Node calls its origin "null"', () => {
    expect(APP_ORIGIN).toBe('app://lantern');
    expect(new URL('app://lantern/').origin).toBe('null');
    expect(originOf('app://lantern/incidents?x')).toBe('app://lantern');
  });

  it.each(['not a url', 'app://user:pw@lantern/', 'app:lantern', 'app:///x'])('has no origin for %s', (url) => {
    expect(originOf(url)).toBeNull();
  });

  it('compares scheme, host and port exactly', () => {
    expect(isAppUrl('app://lantern/a', APP_ORIGIN)).toBe(true);
    expect(isAppUrl('app://lantern.evil/a', APP_ORIGIN)).toBe(false);
    expect(isAppUrl('app://lantern:1/a', APP_ORIGIN)).toBe(false);
    expect(isAppUrl('https://lantern/a', APP_ORIGIN)).toBe(false);
    expect(isAppUrl('app://lantern/', 'not a url')).toBe(false);
  });
});

describe('navigation', () => {
  it.each(['app://lantern/', 'app://lantern/incidents/1#entry-3'])('allows %s', (url) => {
    expect(isAllowedNavigation(url, APP_ORIGIN)).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'http://lantern/',
    'file:///etc/passwd',
    'app://lantern.evil/',
    'app://evil@lantern/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'chrome://gpu',
    'devtools://devtools/bundled/inspector.html',
    '',
  ])('denies %s', (url) => {
    expect(isAllowedNavigation(url, APP_ORIGIN)).toBe(false);
  });

  it.each(['https://www.jpcert.or.jp/', 'http://example.com/x', 'mailto:soc@example.com'])(
    'sends the safe link %s to the system browser',
    (url) => {
      expect(externalLinkTarget(url)).toBe(url);
    },
  );

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'app://lantern/', 'smb://host/share', 'https://a b', 'data:,x'])(
    'opens nothing for %s',
    (url) => {
      expect(externalLinkTarget(url)).toBeNull();
    },
  );
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'hid', 'usb', 'serial', 'display-capture', 'openExternal', 'fullscreen', 'unknown'])(
    'denies %s even to the app',
    (permission) => {
      expect(isPermissionAllowed(permission, 'app://lantern/', APP_ORIGIN)).toBe(false);
    },
  );

  it('allows sanitized clipboard writes to the app origin only', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://lantern/', APP_ORIGIN)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://lantern', APP_ORIGIN)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/', APP_ORIGIN)).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', '', APP_ORIGIN)).toBe(false);
  });
});

describe('content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );

  it('is exactly the agreed policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob: data:; font-src 'self'; connect-src 'self' blob:; worker-src 'self' blob:; media-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; frame-src 'none'",
    );
  });

  it('never allows inline script, eval or remote hosts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('object-src')).toBe("'none'");
  });

  it('travels with nosniff and an explicit content type', () => {
    expect(securityHeaders('text/css; charset=utf-8')).toMatchObject({
      'Content-Type': 'text/css; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    });
  });
});
