// deadlineStatus: where a deadline stands at a moment — pending, due soon, overdue, met,
// waiting for its anchor, or undated — and how early "due soon" starts for long and short clocks.
import { describe, expect, it } from 'vitest';
import type { DeadlineRule } from '../../../shared/domain/deadline';
import { deadlineStatus, dueSoonWindow } from '../../../shared/deadlines';
import { ruleById } from '../../../shared/seed/deadlines';

const HOUR = 3_600_000;
const rule = (id: string): DeadlineRule => {
  const found = ruleById(id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};
const T = '2025-06-02T01:00:00.000Z'; // Mon 2 Jun 2025 10:00 JST
const at = (hours: number) => new Date(Date.parse(T) + hours * HOUR);
const status = (id: string, anchors: Parameters<typeof deadlineStatus>[1], now: Date, met = false) => deadlineStatus(rule(id), anchors, 'Asia/Tokyo', met, now);

describe('deadlineStatus', () => {
  it('is pending early in a 72 h clock, with the time left', () => {
    const s = status('eu-gdpr-33', { awareness: T }, at(1));
    expect(s.state).toBe('pending');
    expect(s.due.due).toBe('2025-06-05T01:00:00.000Z');
    expect(s.remainingMs).toBe(71 * HOUR);
  });

  it('is due soon in the last quarter of a 72 h clock (its last 18 h)', () => {
    expect(dueSoonWindow(72 * HOUR)).toBe(18 * HOUR);
    expect(status('eu-gdpr-33', { awareness: T }, new Date(at(54).getTime() - 1)).state).toBe('pending');
    expect(status('eu-gdpr-33', { awareness: T }, at(54)).state).toBe('due-soon');
    expect(status('eu-gdpr-33', { awareness: T }, at(71.9)).state).toBe('due-soon');
  });

  it('is due soon only in the last hour of a 4 h clock (never less than an hour)', () => {
    const anchors = { awareness: T, classification_major: T };
    expect(status('eu-dora-initial', anchors, at(2.99)).state).toBe('pending');
    expect(status('eu-dora-initial', anchors, at(3)).state).toBe('due-soon');
    expect(status('eu-dora-initial', anchors, at(3)).remainingMs).toBe(HOUR);
  });

  it('is overdue once the due time has passed, with a negative remainder', () => {
    const s = status('eu-gdpr-33', { awareness: T }, at(75));
    expect(s.state).toBe('overdue');
    expect(s.remainingMs).toBe(-3 * HOUR);
  });

  it('is met when marked, even after the due time, and keeps the due time', () => {
    const s = status('eu-gdpr-33', { awareness: T }, at(75), true);
    expect(s.state).toBe('met');
    expect(s.due.due).toBe('2025-06-05T01:00:00.000Z');
  });

  it('waits for a missing anchor of a dated rule', () => {
    const s = status('eu-gdpr-33', {}, at(1));
    expect(s).toMatchObject({ state: 'waiting', remainingMs: null, due: { due: null, missingAnchor: 'awareness' } });
    // Chained: the NIS2 final report waits for the 72 h notification's submission, not for awareness.
    expect(status('eu-nis2-final', { awareness: T }, at(1))).toMatchObject({ state: 'waiting', due: { missingAnchor: 'nis2_notification_submitted' } });
  });

  it('is undated for "promptly", contract-set and past-the-calendar rules', () => {
    expect(status('jp-appi-individual', { awareness: T }, at(1)).state).toBe('undated');
    expect(status('insurer-notice', { awareness: T }, at(1)).state).toBe('undated');
    expect(status('eu-nis2-interim', {}, at(1)).state).toBe('undated');
    // 4 US business days from 28 Dec 2027 run into 2028, which the calendar does not cover.
    const s = deadlineStatus(rule('us-sec-8k-105'), { materiality_determination: '2027-12-28T15:00:00.000Z' }, 'America/New_York', false, at(1));
    expect(s).toMatchObject({ state: 'undated', due: { due: null, outsideCalendar: 'US-FED' } });
  });

  it('is due soon from the start of a guidance window (APPI preliminary: days 3 to 5)', () => {
    expect(status('jp-appi-prelim', { awareness: T }, at(72 - 0.01)).state).toBe('pending');
    expect(status('jp-appi-prelim', { awareness: T }, at(72)).state).toBe('due-soon');
    expect(status('jp-appi-prelim', { awareness: T }, at(120.01)).state).toBe('overdue');
  });

  it('counts DORA initial against the 24 h cap while classification is missing', () => {
    const anchors = { awareness: T };
    const early = status('eu-dora-initial', anchors, at(1));
    expect(early).toMatchObject({ state: 'pending', due: { due: '2025-06-03T01:00:00.000Z', missingAnchor: 'classification_major' } });
    expect(early.remainingMs).toBe(23 * HOUR);
    // The span runs from awareness (24 h): due soon in the last 6 h.
    expect(status('eu-dora-initial', anchors, at(17.9)).state).toBe('pending');
    expect(status('eu-dora-initial', anchors, at(18)).state).toBe('due-soon');
    expect(status('eu-dora-initial', anchors, at(25)).state).toBe('overdue');
  });

  it('lets classification shorten the DORA clock to 4 h', () => {
    const s = status('eu-dora-initial', { awareness: T, classification_major: new Date(at(2)).toISOString() }, at(5));
    expect(s).toMatchObject({ state: 'due-soon', due: { due: at(6).toISOString(), missingAnchor: null } });
  });

  it('gives a rule running from the derived end of the calendar year a due-soon window of its length', () => {
    // HIPAA <500: 60 days from 1 Jan 2026 (Tokyo) → 2 Mar 2026 00:00 JST; the last 3 days are "due soon".
    const discovery = { discovery: T };
    const due = Date.parse('2026-03-01T15:00:00.000Z');
    const s = (ms: number) => deadlineStatus(rule('us-hipaa-hhs-lt500'), discovery, 'Asia/Tokyo', false, new Date(ms));
    expect(s(due - 80 * HOUR).state).toBe('pending');
    expect(s(due - 71 * HOUR).state).toBe('due-soon');
  });
});
