// One thread in the timeline: the current version of an entry, both its times,
// who wrote it, and markers for corrections, retraction and clock anomalies.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryThread } from '../../../shared/domain/revisions';
import { BodyView } from '../../editor';
import { TimeText } from '../../components/TimeText';
import { platform } from '../../platform';

export interface EntryRowProps {
  thread: EntryThread;
  zone: string;
  secondaryZone: string | null;
  clockAnomaly: boolean;
  tampered: boolean;
  highlighted: boolean;
  onHistory(thread: EntryThread): void;
  onCorrect(thread: EntryThread): void;
  onRetract(thread: EntryThread): void;
}

const openLink = (url: string) => void platform().openExternal(url).catch(() => undefined);

export const EntryRow = memo(function EntryRow(props: EntryRowProps) {
  const { thread, zone, secondaryZone } = props;
  const { t } = useTranslation('log');
  const { current, original, retraction } = thread;
  const corrected = thread.amendments.length > 0;
  const classes = ['entry', `entry-${current.kind}`, retraction ? 'entry-retracted' : '', props.highlighted ? 'entry-highlight' : '', props.tampered ? 'entry-tampered' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <article className={classes} data-entry-id={original.id} aria-label={t('row.label', { kind: t(`kind.${current.kind}`), seq: original.seq, author: original.author.name })}>
      <header className="entry-head">
        <span className={`kind kind-${current.kind}`}>{t(`kind.${current.kind}`)}</span>
        <TimeText className="entry-occurred" iso={current.occurredAt} zone={zone} precision={current.occurredPrecision} secondaryZone={secondaryZone} />
        {current.occurredZone !== zone && <span className="muted small">({t('row.enteredIn', { zone: current.occurredZone })})</span>}
        <span className="entry-recorded muted small">
          {t('row.recorded')} <TimeText iso={original.recordedAt} zone={zone} />
        </span>
        <span className="entry-author small">
          {original.author.name}
          {original.author.role ? ` · ${original.author.role}` : ''}
        </span>
        {corrected && <span className="badge badge-warn">{t('row.corrected', { count: thread.amendments.length })}</span>}
        {retraction && <span className="badge badge-bad">{t('row.retracted')}</span>}
        {props.clockAnomaly && <span className="badge badge-warn" title={t('row.clockAnomalyHint')}>{t('row.clockAnomaly')}</span>}
        {props.tampered && <span className="badge badge-bad">{t('row.tampered')}</span>}
        <span className="spacer" />
        <span className="entry-actions">
          <button type="button" className="btn btn-small" onClick={() => props.onHistory(thread)}>
            {t('row.history')}
          </button>
          {!retraction && (
            <>
              <button type="button" className="btn btn-small" onClick={() => props.onCorrect(thread)}>
                {t('row.correct')}
              </button>
              <button type="button" className="btn btn-small btn-danger" onClick={() => props.onRetract(thread)}>
                {t('row.retract')}
              </button>
            </>
          )}
        </span>
      </header>
      <div className="entry-body">
        <BodyView body={current.body} text={current.text} onOpenLink={openLink} />
      </div>
      {(current.tags.length > 0 || retraction) && (
        <footer className="entry-foot small">
          {current.tags.map((tag) => (
            <span key={tag} className="tag">
              #{tag}
            </span>
          ))}
          {retraction?.revision && <span className="retraction-reason">{t('row.retractedBecause', { reason: retraction.revision.reason, author: retraction.author.name })}</span>}
        </footer>
      )}
    </article>
  );
});
