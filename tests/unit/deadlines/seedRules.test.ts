// The seeded deadline rules are valid copies of domain/reference.md §3, and each one's due time is right.
import { describe, expect, it } from 'vitest';
import { DeadlineRuleSchema, type AnchorType } from '../../../shared/domain/deadline';
import { dueTime, type Anchors } from '../../../shared/deadlines';
import { DEADLINE_RULES, ruleById } from '../../../shared/seed/deadlines';

/** Monday 2 June 2025: 23:00 in Tokyo, 16:00 in Berlin, 15:00 in London, 10:00 in New York. */
const T = '2025-06-02T14:00:00.000Z';
const everyAnchorAtT = Object.fromEntries(DEADLINE_RULES.flatMap((r) => [r.anchor, ...(r.cap ? [r.cap.anchor] : [])]).map((a) => [a, T])) as Anchors;
delete everyAnchorAtT.calendar_year_end; // derived from discovery

/** Per rule: the zone it is computed in, and the due / soon instants worked out by hand. */
const EXPECTED: ReadonlyArray<readonly [id: string, zone: string, due: string | null, soon?: string]> = [
  ['jp-appi-prelim', 'Asia/Tokyo', '2025-06-07T14:00:00.000Z', '2025-06-05T14:00:00.000Z'], // +5 d / +3 d
  ['jp-appi-final', 'Asia/Tokyo', '2025-07-02T14:00:00.000Z'], // +30 d
  ['jp-appi-final-malicious', 'Asia/Tokyo', '2025-08-01T14:00:00.000Z'], // +60 d: Jun 2 → Aug 1
  ['jp-appi-individual', 'Asia/Tokyo', null], // promptly
  ['jp-acd-critical-infra', 'Asia/Tokyo', null], // ordinance pending
  ['eu-gdpr-33', 'Europe/Berlin', '2025-06-05T14:00:00.000Z'],
  ['eu-gdpr-33-2', 'Europe/Berlin', null],
  ['eu-gdpr-34', 'Europe/Berlin', null],
  ['uk-gdpr-33', 'Europe/London', '2025-06-05T14:00:00.000Z'],
  ['eu-nis2-early', 'Europe/Berlin', '2025-06-03T14:00:00.000Z'],
  ['eu-nis2-notif', 'Europe/Berlin', '2025-06-05T14:00:00.000Z'],
  ['eu-nis2-interim', 'Europe/Berlin', null], // on request
  ['eu-nis2-final', 'Europe/Berlin', '2025-07-02T14:00:00.000Z'], // +1 month
  ['eu-nis2-progress', 'Europe/Berlin', '2025-07-02T14:00:00.000Z'],
  ['eu-nis2-final-ongoing', 'Europe/Berlin', '2025-07-02T14:00:00.000Z'],
  ['eu-dora-initial', 'Europe/Berlin', '2025-06-02T18:00:00.000Z'], // 4 h < 24 h cap
  ['eu-dora-interim', 'Europe/Berlin', '2025-06-05T14:00:00.000Z'],
  ['eu-dora-final', 'Europe/Berlin', '2025-07-02T14:00:00.000Z'],
  ['us-sec-8k-105', 'America/New_York', '2025-06-07T03:59:59.999Z'], // 4 BD: Tue–Fri, end of Fri 6 Jun EDT
  ['us-sec-8k-105-amend', 'America/New_York', '2025-06-07T03:59:59.999Z'],
  ['us-circia-incident', 'America/New_York', '2025-06-05T14:00:00.000Z'],
  ['us-circia-ransom', 'America/New_York', '2025-06-03T14:00:00.000Z'],
  ['us-circia-supplement', 'America/New_York', '2025-06-03T14:00:00.000Z'],
  ['us-hipaa-individual', 'America/New_York', '2025-08-01T14:00:00.000Z'],
  ['us-hipaa-hhs-500', 'America/New_York', '2025-08-01T14:00:00.000Z'],
  ['us-hipaa-hhs-lt500', 'America/New_York', '2026-03-02T05:00:00.000Z'], // 1 Jan 2026 00:00 EST + 60 d
  ['us-hipaa-media', 'America/New_York', '2025-08-01T14:00:00.000Z'],
  ['us-hipaa-ba', 'America/New_York', '2025-08-01T14:00:00.000Z'],
  ['pci-visa-immediate', 'America/New_York', null],
  ['pci-visa-report', 'America/New_York', '2025-06-06T03:59:59.999Z'], // 3 BD: end of Thu 5 Jun EDT
  ['pci-visa-accounts', 'America/New_York', '2025-06-17T03:59:59.999Z'], // 10 BD: end of Mon 16 Jun EDT
  ['insurer-notice', 'Asia/Tokyo', null],
  ['insurer-consent', 'Asia/Tokyo', null],
];

/** The ids of reference.md §7's source register: S1–S52, which has no S6. */
const REGISTERED_SOURCES = new Set(Array.from({ length: 52 }, (_, i) => `S${i + 1}`).filter((id) => id !== 'S6'));

describe('seeded deadline rules', () => {
  it('are the 32 rows of §3 plus the NIS2 final report after an ongoing incident, with unique ids', () => {
    expect(DEADLINE_RULES).toHaveLength(33);
    expect(new Set(DEADLINE_RULES.map((r) => r.id)).size).toBe(33);
    expect(EXPECTED.map(([id]) => id)).toEqual(DEADLINE_RULES.map((r) => r.id));
  });

  it.each(DEADLINE_RULES.map((r) => [r.id, r] as const))('%s parses unchanged and cites registered sources', (_, r) => {
    const parsed = DeadlineRuleSchema.safeParse(r);
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.data).toEqual(r);
    expect(r.sources.every((s) => REGISTERED_SOURCES.has(s))).toBe(true);
  });

  const cases = EXPECTED.map(([id, zone, due, soon]) => ({ id, zone, due, soon: soon ?? null }));
  it.each(cases)('$id in $zone is due at $due', ({ id, zone, due, soon }) => {
    const r = ruleById(id);
    if (!r) throw new Error(`no rule ${id}`);
    expect(dueTime(r, everyAnchorAtT, zone)).toEqual({ due, soon, missingAnchor: null, outsideCalendar: null });
  });

  it('marks the statuses §3 gives: CIRCIA proposed, the ACD law pending, insurance by contract', () => {
    const byStatus = (status: string) => DEADLINE_RULES.filter((r) => r.status === status).map((r) => r.id);
    expect(byStatus('proposed')).toEqual(['us-circia-incident', 'us-circia-ransom', 'us-circia-supplement']);
    expect(byStatus('pending_rules')).toEqual(['jp-acd-critical-infra']);
    expect(byStatus('contract')).toEqual(['insurer-notice', 'insurer-consent']);
  });

  it('chains NIS2 and DORA reports to the submission of the previous one', () => {
    const anchorOf = (id: string): AnchorType | undefined => ruleById(id)?.anchor;
    expect(anchorOf('eu-nis2-final')).toBe('nis2_notification_submitted');
    expect(anchorOf('eu-dora-interim')).toBe('dora_initial_submitted');
    expect(anchorOf('eu-dora-final')).toBe('dora_intermediate_submitted');
    expect(ruleById('eu-dora-initial')?.cap).toEqual({ anchor: 'awareness', iso: 'PT24H' });
    expect(ruleById('nope')).toBeUndefined();
  });
});
