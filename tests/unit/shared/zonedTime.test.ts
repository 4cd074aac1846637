// Entering a time in the incident's zone and showing it back, across DST changes.
import { describe, expect, it } from 'vitest';
import { instantToZoned, isValidTimeZone, wallTimeIssue, wallTimeToInstant } from '../../../shared/time/zonedTime';
import { isSafeLinkUrl } from '../../../shared/domain/links';

describe('zoned time', () => {
  it('reads a wall time in the given zone', () => {
    expect(wallTimeToInstant('2026-11-23T15:30', 'Asia/Tokyo')).toBe('2026-11-23T06:30:00.000Z');
    expect(wallTimeToInstant('2026-07-01T09:00:05', 'Europe/London')).toBe('2026-07-01T08:00:05.000Z');
    expect(instantToZoned('2026-11-23T06:30:00.000Z', 'Asia/Tokyo')).toEqual({ wallTime: '2026-11-23T15:30:00', offset: '+09:00' });
  });

  it('handles the New York spring-forward gap and fall-back overlap', () => {
    expect(wallTimeIssue('2026-03-08T02:30', 'America/New_York')).toBe('gap');
    expect(wallTimeToInstant('2026-03-08T02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
    expect(wallTimeIssue('2026-11-01T01:30', 'America/New_York')).toBe('ambiguous');
    expect(wallTimeToInstant('2026-11-01T01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
    expect(wallTimeIssue('2026-11-23T12:00', 'Asia/Tokyo')).toBeNull();
    expect(instantToZoned('2026-11-01T06:30:00.000Z', 'America/New_York').offset).toBe('-05:00');
  });

  it('knows real IANA zones only', () => {
    expect(isValidTimeZone('Asia/Tokyo')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('isSafeLinkUrl', () => {
  it('accepts http, https and mailto only', () => {
    for (const ok of ['https://jpcert.or.jp/form/', 'http://10.0.0.1/status', 'mailto:soc@example.jp', 'HTTPS://EXAMPLE.COM']) expect(isSafeLinkUrl(ok), ok).toBe(true);
    for (const bad of ['javascript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'vbscript:x', '/relative', 'https://', 'https://a b', 'app://lantern/x'])
      expect(isSafeLinkUrl(bad), bad).toBe(false);
  });
});
