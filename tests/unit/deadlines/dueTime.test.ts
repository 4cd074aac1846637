// dueTime: business days across holidays, chained anchors, caps, DST and missing anchors (expected values worked out by hand).
import { describe, expect, it } from 'vitest';
import type { DeadlineRule } from '../../../shared/domain/deadline';
import { dueTime } from '../../../shared/deadlines';
import { instantToZoned } from '../../../shared/time/zonedTime';
import { ruleById } from '../../../shared/seed/deadlines';

const rule = (id: string): DeadlineRule => {
  const found = ruleById(id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};
const due = (r: DeadlineRule, anchors: Parameters<typeof dueTime>[1], zone: string) => dueTime(r, anchors, zone).due;

/** A rule counted on Japanese business days (none of §3's is, so the test builds one). */
const jpFourBusinessDays: DeadlineRule = {
  ...rule('us-sec-8k-105'),
  id: 'test-jp-4bd',
  offset: { kind: 'businessDays', days: 4, calendar: 'JP', endOfDay: true },
};

describe('business days', () => {
  it('skip Showa Day and Golden Week in Japan', () => {
    // Mon 28 Apr 2025 10:00 JST. 29 Apr holiday; 30 Apr, 1 May, 2 May; 3–6 May off (weekend, holiday, substitute); 7 May.
    expect(due(jpFourBusinessDays, { materiality_determination: '2025-04-28T01:00:00.000Z' }, 'Asia/Tokyo')).toBe('2025-05-07T14:59:59.999Z');
  });

  it('skip Thanksgiving for an SEC 8-K', () => {
    // Tue 25 Nov 2025 15:00 EST. Wed 26, (Thu 27 holiday), Fri 28, Mon 1 Dec, Tue 2 Dec; end of Tue 2 Dec EST.
    expect(due(rule('us-sec-8k-105'), { materiality_determination: '2025-11-25T20:00:00.000Z' }, 'America/New_York')).toBe('2025-12-03T04:59:59.999Z');
  });

  it('count from the anchor day in the incident zone, not in UTC', () => {
    // Thu 26 Jun 2025 22:00 EDT is already Friday in UTC. Counted from Thursday: Fri 27, Mon 30, Tue 1, Wed 2 Jul
    // → end of Wed 2 Jul EDT (counting from the UTC date would give Thu 3 Jul).
    expect(due(rule('us-sec-8k-105'), { materiality_determination: '2025-06-27T02:00:00.000Z' }, 'America/New_York')).toBe('2025-07-03T03:59:59.999Z');
  });

  it('keep the anchor wall time when endOfDay is false', () => {
    const r: DeadlineRule = { ...jpFourBusinessDays, offset: { kind: 'businessDays', days: 1, calendar: 'JP', endOfDay: false } };
    // Fri 2 May 2025 10:00 JST → next business day Wed 7 May, 10:00 JST.
    expect(due(r, { materiality_determination: '2025-05-02T01:00:00.000Z' }, 'Asia/Tokyo')).toBe('2025-05-07T01:00:00.000Z');
  });

  it('report a count that runs past the calendar instead of guessing', () => {
    // Tue 28 Dec 2027: 29, 30 Dec count; 31 Dec is New Year's Day 2028 observed; 2028 is not covered.
    expect(dueTime(rule('us-sec-8k-105'), { materiality_determination: '2027-12-28T15:00:00.000Z' }, 'America/New_York')).toEqual({
      due: null, soon: null, missingAnchor: null, outsideCalendar: 'US-FED',
    });
  });
});

describe('chained anchors', () => {
  it('run the NIS2 final report one month from the submission of the 72 h notification', () => {
    const awareness = '2025-03-01T10:00:00.000Z';
    const submitted = '2025-03-03T08:30:00.000Z'; // 09:30 CET
    // One calendar month later at the same wall time, which is CEST by then: 3 Apr 09:30 CEST.
    expect(due(rule('eu-nis2-final'), { awareness, nis2_notification_submitted: submitted }, 'Europe/Berlin')).toBe('2025-04-03T07:30:00.000Z');
    expect(dueTime(rule('eu-nis2-final'), { awareness }, 'Europe/Berlin')).toEqual({
      due: null, soon: null, missingAnchor: 'nis2_notification_submitted', outsideCalendar: null,
    });
  });

  it('run the DORA intermediate report 72 h from the initial notification, and the final a month from the intermediate', () => {
    const anchors = { awareness: '2025-02-09T08:00:00.000Z', dora_initial_submitted: '2025-02-10T12:00:00.000Z', dora_intermediate_submitted: '2025-02-13T09:15:00.000Z' };
    expect(due(rule('eu-dora-interim'), anchors, 'Europe/Berlin')).toBe('2025-02-13T12:00:00.000Z');
    expect(due(rule('eu-dora-final'), anchors, 'Europe/Berlin')).toBe('2025-03-13T09:15:00.000Z');
  });

  it('cap the DORA initial notification at 24 h from awareness', () => {
    const awareness = '2025-02-10T00:00:00.000Z';
    // Classified 22 h after awareness: 4 h later would be 26 h; the cap wins.
    expect(due(rule('eu-dora-initial'), { awareness, classification_major: '2025-02-10T22:00:00.000Z' }, 'Europe/Berlin')).toBe('2025-02-11T00:00:00.000Z');
    // Classified 2 h after awareness: 4 h later is well inside the cap.
    expect(due(rule('eu-dora-initial'), { awareness, classification_major: '2025-02-10T02:00:00.000Z' }, 'Europe/Berlin')).toBe('2025-02-10T06:00:00.000Z');
    // Not classified yet: the cap is already a deadline, and classification is named as missing.
    expect(dueTime(rule('eu-dora-initial'), { awareness }, 'Europe/Berlin')).toEqual({
      due: '2025-02-11T00:00:00.000Z', soon: null, missingAnchor: 'classification_major', outsideCalendar: null,
    });
  });
});

describe('daylight-saving changes', () => {
  it('keep 72 hours as 72 elapsed hours across spring-forward in New York', () => {
    // Fri 7 Mar 2025 12:00 EST; clocks go forward 9 Mar → Mon 10 Mar 13:00 EDT.
    const at = due(rule('eu-gdpr-33'), { awareness: '2025-03-07T17:00:00.000Z' }, 'America/New_York');
    expect(at).toBe('2025-03-10T17:00:00.000Z');
    expect(instantToZoned(at ?? '', 'America/New_York')).toEqual({ wallTime: '2025-03-10T13:00:00', offset: '-04:00' });
  });

  it('keep 72 hours as 72 elapsed hours across fall-back in Berlin', () => {
    // Fri 24 Oct 2025 12:00 CEST; clocks go back 26 Oct → Mon 27 Oct 11:00 CET.
    const at = due(rule('eu-nis2-notif'), { awareness: '2025-10-24T10:00:00.000Z' }, 'Europe/Berlin');
    expect(at).toBe('2025-10-27T10:00:00.000Z');
    expect(instantToZoned(at ?? '', 'Europe/Berlin')).toEqual({ wallTime: '2025-10-27T11:00:00', offset: '+01:00' });
  });

  it('keep the wall time for calendar days (HIPAA 60 days across fall-back in New York)', () => {
    // Wed 1 Oct 2025 10:00 EDT → Sun 30 Nov 10:00 EST.
    expect(due(rule('us-hipaa-individual'), { discovery: '2025-10-01T14:00:00.000Z' }, 'America/New_York')).toBe('2025-11-30T15:00:00.000Z');
  });
});

describe('missing anchors and undated duties', () => {
  it('name the anchor a rule needs when it is not recorded', () => {
    expect(dueTime(rule('eu-gdpr-33'), {}, 'Europe/Berlin')).toEqual({ due: null, soon: null, missingAnchor: 'awareness', outsideCalendar: null });
    expect(dueTime(rule('us-circia-ransom'), { awareness: '2025-06-02T14:00:00.000Z' }, 'UTC').missingAnchor).toBe('ransom_payment');
  });

  it('derive the HIPAA <500 anchor from the year of discovery in the incident zone', () => {
    // 31 Dec 2025 20:00 EST is already 2026 in UTC, but discovery was in 2025 in New York → 1 Jan 2026 + 60 d.
    expect(due(rule('us-hipaa-hhs-lt500'), { discovery: '2026-01-01T01:00:00.000Z' }, 'America/New_York')).toBe('2026-03-02T05:00:00.000Z');
    // Discovered in 2027: 1 Jan 2028 + 60 d = 1 Mar 2028, since 2028 has a 29 Feb.
    expect(due(rule('us-hipaa-hhs-lt500'), { discovery: '2027-06-01T12:00:00.000Z' }, 'UTC')).toBe('2028-03-01T00:00:00.000Z');
  });

  it('give no due time for "promptly" or contract-defined duties, whatever is recorded', () => {
    const anchors = { awareness: '2025-06-02T14:00:00.000Z', compromise_suspected: '2025-06-02T14:00:00.000Z' };
    for (const id of ['jp-appi-individual', 'pci-visa-immediate', 'insurer-notice', 'eu-nis2-interim']) {
      expect(dueTime(rule(id), anchors, 'UTC')).toEqual({ due: null, soon: null, missingAnchor: null, outsideCalendar: null });
    }
  });
});
