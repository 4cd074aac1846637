// When something happened: "now" (stamped at save) or a wall time in a chosen
// zone with a precision. Warns when the wall time falls in a DST gap or overlap.
import { useTranslation } from 'react-i18next';
import { TIME_PRECISIONS, type TimePrecision } from '../../shared/domain/logEntry';
import { wallTimeIssue } from '../../shared/time/zonedTime';
import { fromWallInput, timeZones } from '../lib/time';

export interface EventTimeValue {
  mode: 'now' | 'set';
  /** `YYYY-MM-DDTHH:mm:ss` as typed, read in `zone`. */
  wall: string;
  zone: string;
  precision: TimePrecision;
}

export interface ResolvedEventTime {
  occurredAt: string;
  occurredZone: string;
  occurredPrecision: TimePrecision;
}

/** The event time to store; `now` is read at the moment of saving. */
export function resolveEventTime(value: EventTimeValue, now: Date): ResolvedEventTime {
  if (value.mode === 'now') return { occurredAt: now.toISOString(), occurredZone: value.zone, occurredPrecision: 'exact' };
  return { occurredAt: fromWallInput(value.wall, value.zone), occurredZone: value.zone, occurredPrecision: value.precision };
}

const WALL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;
export const isWallValid = (value: EventTimeValue) => value.mode === 'now' || WALL.test(value.wall);

export interface EventTimeFieldProps {
  value: EventTimeValue;
  onChange(value: EventTimeValue): void;
  allowNow?: boolean;
  label: string;
}

export function EventTimeField({ value, onChange, allowNow = true, label }: EventTimeFieldProps) {
  const { t } = useTranslation('common');
  const issue = value.mode === 'set' && WALL.test(value.wall) ? wallTimeIssue(value.wall, value.zone) : null;
  return (
    <fieldset className="event-time">
      <legend>{label}</legend>
      {allowNow && (
        <label className="inline">
          <input type="checkbox" checked={value.mode === 'now'} onChange={(e) => onChange({ ...value, mode: e.target.checked ? 'now' : 'set' })} />
          {t('eventTime.now')}
        </label>
      )}
      {value.mode === 'set' && (
        <div className="event-time-row">
          <input
            type="datetime-local"
            step={1}
            aria-label={t('eventTime.when')}
            value={value.wall}
            onChange={(e) => onChange({ ...value, wall: e.target.value })}
            required
          />
          <select aria-label={t('eventTime.zone')} value={value.zone} onChange={(e) => onChange({ ...value, zone: e.target.value })}>
            {timeZones().map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
          <select aria-label={t('eventTime.precision')} value={value.precision} onChange={(e) => onChange({ ...value, precision: e.target.value as TimePrecision })}>
            {TIME_PRECISIONS.map((p) => (
              <option key={p} value={p}>
                {t(`precision.${p}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {issue && <p className="field-hint warn">{t(`eventTime.${issue}`)}</p>}
    </fieldset>
  );
}
