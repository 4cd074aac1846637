// Words for deadlines in the UI language: anchor names, offsets ("72 hours",
// "4 business days"), time left, entry summaries, and the log texts the panel
// writes (the log records what the responder saw, not a translation key).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AnchorType, DeadlineRule } from '../../../shared/domain/deadline';
import { CommunicationDetailsSchema, type CommunicationDetails } from '../../../shared/domain/communication';
import { localized } from '../../../shared/domain/localized';
import type { LogEntry } from '../../../shared/domain/logEntry';
import { CALENDARS, type Regime } from '../../../shared/seed/deadlines';
import { firstLine } from '../../lib/text';

const ISO = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const UNITS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const;
const MINUTE = 60_000;
const SUMMARY_LENGTH = 80;

/** The communication an entry records, when it was logged from a contact card. */
export function communicationOf(entry: LogEntry): CommunicationDetails | null {
  if (entry.kind !== 'communication') return null;
  const parsed = CommunicationDetailsSchema.safeParse(entry.data?.communication);
  return parsed.success ? parsed.data : null;
}

/** The first line of an entry's text, cut to fit one row. */
export const entryLine = (text: string): string => firstLine(text, SUMMARY_LENGTH);

export function deadlineTexts(t: TFunction, language: string) {
  const number = new Intl.NumberFormat(language);
  const anchor = (type: AnchorType): string => t(`anchor.${type}`);
  const rule = (r: DeadlineRule): string => localized(r.name, language);
  const regime = (r: Regime): string => localized(r.name, language);

  /** `PT72H` → "72 hours", `P1M` → "1 month". */
  const duration = (iso: string): string => {
    const match = ISO.exec(iso);
    if (!match) return iso;
    const parts = UNITS.flatMap((unit, i) => {
      const count = Number(match[i + 1] ?? 0);
      return count > 0 ? [t(`duration.${unit}`, { count, formatted: number.format(count) })] : [];
    });
    if (parts.length === 0) return iso;
    // Joined by a template: English puts a space between "1 month 2 days", Japanese none (「1か月2日」).
    return parts.reduce((first, rest) => t('duration.join', { first, rest }));
  };

  const withoutOffset = (r: DeadlineRule): string => {
    if (r.anchor === 'authority_request') return t('offset.onRequest');
    if (r.anchor === 'planned_action') return t('offset.beforeAction');
    if (r.status === 'contract') return t('offset.contract');
    if (r.status === 'pending_rules') return t('offset.ordinance');
    return t('offset.none');
  };

  /** How long the rule gives, in words. */
  const offset = (r: DeadlineRule): string => {
    const o = r.offset;
    if (o === null) return withoutOffset(r);
    let words: string;
    if (o.kind === 'prompt') words = localized(o.label, language);
    else if (o.kind === 'businessDays') words = t('offset.businessDays', { count: o.days, formatted: number.format(o.days), calendar: localized(CALENDARS[o.calendar].name, language) });
    else if (o.kind === 'window') words = t('offset.window', { from: duration(o.from), to: duration(o.to) });
    else words = duration(o.iso);
    return r.cap ? t('offset.capped', { offset: words, cap: duration(r.cap.iso), anchor: anchor(r.cap.anchor) }) : words;
  };

  /** "2 d 5 h", "3 h 10 min", "12 min". */
  const span = (ms: number): string => {
    const minutes = Math.floor(Math.abs(ms) / MINUTE);
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    if (days > 0) return t('remaining.daysHours', { days: number.format(days), hours: number.format(hours) });
    if (hours > 0) return t('remaining.hoursMinutes', { hours: number.format(hours), minutes: number.format(minutes % 60) });
    if (minutes > 0) return t('remaining.minutes', { minutes: number.format(minutes) });
    return t('remaining.underMinute');
  };
  const remaining = (ms: number): string => (ms < 0 ? t('remaining.overdueBy', { span: span(ms) }) : t('remaining.left', { span: span(ms) }));

  /** "Call to Police (ref. 2026-113)" for a logged communication, else the entry's first line. */
  const entrySummary = (entry: LogEntry): string => {
    const details = communicationOf(entry);
    if (!details) return entryLine(entry.text) || t('summary.untitled', { kind: t(`log:kind.${entry.kind}`) });
    const key = details.channel === 'meeting' ? 'meeting' : `${details.channel}_${details.direction}`;
    const who = t(`summary.${key}`, { name: details.contactName });
    return details.reference ? t('summary.withReference', { summary: who, reference: details.reference }) : who;
  };

  return {
    anchor,
    rule,
    regime,
    duration,
    offset,
    remaining,
    entrySummary,
    regimeLog: (r: Regime, enabled: boolean): string => t(enabled ? 'logText.regimeOn' : 'logText.regimeOff', { regime: regime(r) }),
    anchorLog: (type: AnchorType, decidedBy: string): string =>
      decidedBy.trim() ? t('logText.anchorDecided', { anchor: anchor(type), name: decidedBy.trim() }) : t('logText.anchor', { anchor: anchor(type) }),
    metLog: (r: DeadlineRule, entry: LogEntry): string => t('logText.met', { rule: rule(r), entry: entrySummary(entry) }),
    unmetLog: (r: DeadlineRule): string => t('logText.unmet', { rule: rule(r) }),
  };
}

export type DeadlineTexts = ReturnType<typeof deadlineTexts>;

export function useDeadlineTexts(): DeadlineTexts {
  const { t, i18n } = useTranslation('deadlines');
  return useMemo(() => deadlineTexts(t, i18n.language), [t, i18n.language]);
}
