// What every report section needs: the model, the translator, and the small
// formatters that turn times, people and lists into escaped HTML.
import type { Person } from '../../domain/common';
import type { TimePrecision } from '../../domain/logEntry';
import type { Translate } from '../texts';
import type { TimelineModel } from '../timelineModel';
import { esc } from './escape';

export interface ReportContext {
  model: TimelineModel;
  t: Translate;
  /** Translated and escaped: the only way labels reach the document. */
  tx(key: string, params?: Record<string, string | number>): string;
  /** An instant in the export zone with its offset: `2026-11-23 15:30:05 +09:00`. */
  zoned(iso: string, precision?: TimePrecision): string;
  /** The same as plain text, for translation parameters (tx escapes the result). */
  zonedText(iso: string): string;
  /** An instant in UTC: `2026-11-23 06:30:05Z`. */
  utc(iso: string): string;
  /** The same as plain text, for translation parameters. */
  utcText(iso: string): string;
  person(person: Person | null): string;
}

export function reportContext(model: TimelineModel, t: Translate): ReportContext {
  const { clock } = model;
  const tx: ReportContext['tx'] = (key, params) => esc(t(key, params));
  return {
    model,
    t,
    tx,
    zoned: (iso, precision = 'exact') => {
      if (precision === 'unknown') return `${tx('common:time.unknown')}<span class="meta">${esc(clock.wall(iso, false))}</span>`;
      const prefix = precision === 'approximate' ? tx('common:time.approximatePrefix') : '';
      const [date = '', time = ''] = clock.wall(iso, precision === 'exact').split(' ');
      // Date and time wrap as units in narrow table columns.
      return `<span class="nw">${prefix}${esc(date)}</span> <span class="nw">${esc(time)} <span class="muted">${esc(clock.rfc3339(iso).slice(19))}</span></span>`;
    },
    zonedText: (iso) => `${clock.wall(iso)} ${clock.rfc3339(iso).slice(19)}`,
    utc: (iso) => `<span class="nw">${esc(iso.slice(0, 10))}</span> <span class="nw">${esc(iso.slice(11, 19))}Z</span>`,
    utcText: (iso) => `${iso.slice(0, 10)} ${iso.slice(11, 19)}Z`,
    person: (person) => (person ? (person.role ? tx('report.person', { name: person.name, role: person.role }) : esc(person.name)) : '—'),
  };
}

/** `<table>` with a header that repeats on every printed page. */
export function table(columns: readonly { label: string; className?: string }[], rows: readonly string[]): string {
  const cols = columns.map((c) => (c.className ? `<col class="${c.className}">` : '<col>')).join('');
  const head = columns.map((c) => `<th scope="col">${c.label}</th>`).join('');
  return `<table><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
