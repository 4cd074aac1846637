// An instant shown in a zone with its offset, plus optionally a second zone (e.g. UTC).
import type { TFunction } from 'i18next';
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

/** The words a time may need: a list of many (the timeline) looks them up once for all its rows. */
export interface TimeWords {
  approximatePrefix: string;
  unknown: string;
}

/** `t` of any namespace: the keys name theirs. */
export const timeWords = (t: TFunction): TimeWords => ({ approximatePrefix: t('common:time.approximatePrefix'), unknown: t('common:time.unknown') });

export function TimeText(props: TimeTextProps) {
  const { t } = useTranslation('common');
  const precision = props.precision ?? 'exact';
  // Looked up only when shown.
  const words = { approximatePrefix: precision === 'approximate' ? t('time.approximatePrefix') : '', unknown: precision === 'unknown' ? t('time.unknown') : '' };
  return <ZonedTime {...props} words={words} />;
}

/** TimeText without a translation hook of its own: the caller gives the words. */
export function ZonedTime({ iso, zone, precision = 'exact', secondaryZone, className, words }: TimeTextProps & { words: TimeWords }) {
  const main = formatInstant(iso, zone, precision);
  const second = secondaryZone && secondaryZone !== zone ? formatInstant(iso, secondaryZone, precision) : null;
  const prefix = precision === 'approximate' ? words.approximatePrefix : '';
  return (
    <span className={className ? `time-text ${className}` : 'time-text'} title={`${main.text} ${main.offset} (${zone})`}>
      {precision === 'unknown' ? (
        <span className="time-unknown">{words.unknown}</span>
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
