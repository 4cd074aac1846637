// An instant shown in a zone with its offset, plus optionally a second zone (e.g. UTC).
import { useTranslation } from 'react-i18next';
import type { TimePrecision } from '../../shared/domain/logEntry';
import { formatInstant } from '../lib/time';

export interface TimeTextProps {
  iso: string;
  zone: string;
  precision?: TimePrecision;
  secondaryZone?: string | null;
  className?: string;
}

export function TimeText({ iso, zone, precision = 'exact', secondaryZone, className }: TimeTextProps) {
  const { t } = useTranslation('common');
  const main = formatInstant(iso, zone, precision);
  const second = secondaryZone && secondaryZone !== zone ? formatInstant(iso, secondaryZone, precision) : null;
  const prefix = precision === 'approximate' ? t('time.approximatePrefix') : '';
  return (
    <span className={className ? `time-text ${className}` : 'time-text'} title={`${main.text} ${main.offset} (${zone})`}>
      {precision === 'unknown' ? (
        <span className="time-unknown">{t('time.unknown')}</span>
      ) : (
        <time dateTime={iso}>
          {prefix}
          {main.text} <span className="time-offset">{main.offset}</span>
        </time>
      )}
      {second && precision !== 'unknown' && (
        <span className="time-secondary">
          {' '}
          · {second.text} {second.zone === 'UTC' ? 'UTC' : second.offset}
        </span>
      )}
    </span>
  );
}
