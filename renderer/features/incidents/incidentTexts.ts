// The log texts incident changes write, in the UI language at the moment of
// writing: the log records what the responder saw, not a translation key.
import { useTranslation } from 'react-i18next';
import type { Anchor, Incident } from '../../../shared/domain/incident';
import type { EventTimeValue, ResolvedEventTime } from '../../components/EventTimeField';
import { formatInstant, toWallInput } from '../../lib/time';
import type { IncidentDetailsDraft } from './IncidentFields';

/** A fresh "when" for an anchor: now, with the wall time prefilled in case the responder switches to a set time. */
export function eventTimeNow(zone: string, now: Date): EventTimeValue {
  return { mode: 'now', wall: toWallInput(now.toISOString(), zone), zone, precision: 'minute' };
}

/** Details as the repository will store them (it trims), for comparing with the incident. */
export const normalizeDetails = (d: IncidentDetailsDraft): IncidentDetailsDraft => ({ ...d, title: d.title.trim(), code: d.code.trim() });

export const detailsChanged = (before: Incident, after: IncidentDetailsDraft): boolean =>
  before.title !== after.title || before.code !== after.code || before.severity !== after.severity || before.timeZone !== after.timeZone;

export function useIncidentTexts() {
  const { t } = useTranslation('incidents');

  const time = (value: ResolvedEventTime): string => {
    if (value.occurredPrecision === 'unknown') return t('common:time.unknown');
    const { text, offset } = formatInstant(value.occurredAt, value.occurredZone, value.occurredPrecision);
    const prefix = value.occurredPrecision === 'approximate' ? t('common:time.approximatePrefix') : '';
    return `${prefix}${text} ${offset} (${value.occurredZone})`;
  };

  return {
    anchor: (anchor: Anchor, value: ResolvedEventTime): string => t(`anchors.${anchor}.logText`, { time: time(value) }),

    details(before: Incident, after: IncidentDetailsDraft): string {
      const quoted = (s: string) => s || t('logText.none');
      const changes: string[] = [];
      if (before.title !== after.title) changes.push(t('logText.title', { from: before.title, to: after.title }));
      if (before.code !== after.code) changes.push(t('logText.code', { from: quoted(before.code), to: quoted(after.code) }));
      if (before.severity !== after.severity)
        changes.push(t('logText.severity', { from: t(`common:severity.${before.severity}`), to: t(`common:severity.${after.severity}`) }));
      if (before.timeZone !== after.timeZone) changes.push(t('logText.zone', { from: before.timeZone, to: after.timeZone }));
      return t('logText.detailsChanged', { changes: changes.join(t('logText.separator')) });
    },

    status(status: 'open' | 'closed', note: string): string {
      const key = status === 'closed' ? 'closed' : 'reopened';
      const trimmed = note.trim();
      return trimmed ? t(`logText.${key}WithNote`, { note: trimmed }) : t(`logText.${key}`);
    },
  };
}
