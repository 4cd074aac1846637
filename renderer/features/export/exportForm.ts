// The export dialog's choices and how they become the builders' options: which zone,
// which event-time range (entered as wall times in that zone), which kinds, responders,
// systems, and how corrections and retracted entries appear.
import type { EntryKind } from '../../../shared/domain/logEntry';
import { isValidTimeZone } from '../../../shared/time/zonedTime';
import type { ExportFormat, TimelineOptions } from '../../../shared/export/options';
import { formError } from '../../components/ErrorText';
import { fromWallInput } from '../../lib/time';

export const ZONE_CHOICES = ['incident', 'mine', 'utc', 'other'] as const;
export type ZoneChoice = (typeof ZONE_CHOICES)[number];

export interface ExportForm {
  format: ExportFormat;
  zoneChoice: ZoneChoice;
  otherZone: string;
  /** `datetime-local` values in the chosen zone; '' leaves that end open. */
  from: string;
  to: string;
  kinds: readonly EntryKind[];
  authors: readonly string[];
  systems: readonly string[];
  history: TimelineOptions['history'];
  retracted: TimelineOptions['retracted'];
}

export const INITIAL_FORM: ExportForm = {
  format: 'pdf',
  zoneChoice: 'incident',
  otherZone: 'UTC',
  from: '',
  to: '',
  kinds: [],
  authors: [],
  systems: [],
  history: 'current',
  retracted: 'show',
};

export interface ZoneContext {
  incident: string;
  mine: string;
}

export function zoneOf(form: ExportForm, zones: ZoneContext): string {
  switch (form.zoneChoice) {
    case 'incident':
      return zones.incident;
    case 'mine':
      return zones.mine;
    case 'utc':
      return 'UTC';
    case 'other':
      return form.otherZone;
  }
}

/** A wall time without seconds covers its whole minute: "to 18:00" includes 18:00:59. */
const endOfMinute = (iso: string, wall: string) => (wall.length <= 16 ? new Date(Date.parse(iso) + 59_999).toISOString() : iso);

/** The builders' options; throws a form error (errors:export.*) for an unknown zone or a reversed range. */
export function optionsOf(form: ExportForm, zones: ZoneContext, language: string): TimelineOptions {
  const zone = zoneOf(form, zones);
  if (!isValidTimeZone(zone)) throw formError('export.unknownZone');
  let from: string | null;
  let to: string | null;
  try {
    from = form.from ? fromWallInput(form.from, zone) : null;
    to = form.to ? endOfMinute(fromWallInput(form.to, zone), form.to) : null;
  } catch {
    throw formError('export.badRange');
  }
  if (from !== null && to !== null && from > to) throw formError('export.rangeReversed');
  return {
    zone,
    language: language.startsWith('ja') ? 'ja' : 'en',
    from,
    to,
    kinds: form.kinds,
    authors: form.authors,
    systems: form.systems,
    history: form.history,
    retracted: form.retracted,
  };
}

/** Adds or removes one value of a multiple choice, keeping the list's order stable. */
export const toggle = <T>(list: readonly T[], value: T, on: boolean): T[] => (on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value));
