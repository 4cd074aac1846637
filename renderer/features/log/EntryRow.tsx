// One thread in the timeline: the current version of an entry, both its times,
// who wrote it, and markers for corrections, retraction and clock anomalies.
// System mentions in the body open the system's page (through OpenRefContext).
import { memo, useRef } from 'react';
import type { TFunction } from 'i18next';
import { STATE_ENTRY_KINDS, type EntryThread } from '../../../shared/domain/revisions';
import { BodyView } from '../../editor/BodyView';
import { ZonedTime, timeWords, type TimeWords } from '../../components/TimeText';
import { ENTRY_KINDS, deviceShortId, type EntryKind } from '../../../shared/domain/logEntry';
import { platform } from '../../platform';
import { useOpenRef } from '../systems/openRef';
import { useClampWatch } from './bodyClamp';
import { EntryLinks, hasEntryLinks } from './EntryLinks';
import { template, type Template } from '../../i18n/template';

/**
 * The fixed words of a row, looked up once per language by the timeline: a translation hook
 * or a dozen lookups per row cost whole frames when a scroll brings a screen of new rows at once.
 */
export interface RowWords {
  kinds: Record<EntryKind, string>;
  recorded: string;
  history: string;
  correct: string;
  retract: string;
  retracted: string;
  tampered: string;
  clockAnomaly: string;
  clockAnomalyHint: string;
  showMore: string;
  showLess: string;
  time: TimeWords;
  /** The sentences every row fills with its own values. */
  label: Template<'kind' | 'seq' | 'author'>;
  enteredIn: Template<'zone'>;
  device: Template<'device'>;
  deviceHint: Template<'deviceId' | 'seq'>;
}

/** `t` with the log namespace first. */
export const rowWords = (t: TFunction): RowWords => ({
  kinds: Object.fromEntries(ENTRY_KINDS.map((kind) => [kind, t(`kind.${kind}`)])) as Record<EntryKind, string>,
  recorded: t('row.recorded'),
  history: t('row.history'),
  correct: t('row.correct'),
  retract: t('row.retract'),
  retracted: t('row.retracted'),
  tampered: t('row.tampered'),
  clockAnomaly: t('row.clockAnomaly'),
  clockAnomalyHint: t('row.clockAnomalyHint'),
  showMore: t('row.showMore'),
  showLess: t('row.showLess'),
  time: timeWords(t),
  label: template(t, 'row.label', ['kind', 'seq', 'author']),
  enteredIn: template(t, 'row.enteredIn', ['zone']),
  device: template(t, 'row.device', ['device']),
  deviceHint: template(t, 'row.deviceHint', ['deviceId', 'seq']),
});

export interface EntryRowProps {
  /** The timeline's `t` (namespace log), for the rare words that carry the row's own values. */
  t: TFunction;
  /** The timeline's `rowWords(t)`. */
  words: RowWords;
  thread: EntryThread;
  zone: string;
  secondaryZone: string | null;
  clockAnomaly: boolean;
  tampered: boolean;
  highlighted: boolean;
  /** Shows the whole body instead of its first two lines. */
  expanded: boolean;
  onToggleExpanded(originalId: string): void;
  onHistory(thread: EntryThread): void;
  onCorrect(thread: EntryThread): void;
  onRetract(thread: EntryThread): void;
}

const openLink = (url: string) => void platform().openExternal(url).catch(() => undefined);

export const EntryRow = memo(function EntryRow(props: EntryRowProps) {
  const { thread, zone, secondaryZone, t, words } = props;
  const openRef = useOpenRef();
  const { current, original, retraction } = thread;
  const kind = words.kinds[current.kind];
  const corrected = thread.amendments.length > 0;
  // Communication and contact rows spend one of the body's two lines on their links line.
  const linked = hasEntryLinks(original);
  // "Show more" only when the clamp hides text (log.css reads the clamp's mark): judged from
  // the text, a trailing newline or a line a wide window holds whole offered it for nothing.
  const clampRef = useRef<HTMLDivElement>(null);
  useClampWatch(clampRef, !props.expanded, current);
  const classes = ['entry', `entry-${current.kind}`, linked ? 'entry-linked' : '', retraction ? 'entry-retracted' : '', props.highlighted ? 'entry-highlight' : '', props.tampered ? 'entry-tampered' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <article className={classes} data-entry-id={original.id} aria-label={words.label({ kind, seq: original.seq, author: original.author.name })}>
      <header className="entry-head">
        <span className={`kind kind-${current.kind}`}>{kind}</span>
        <ZonedTime className="entry-occurred" iso={current.occurredAt} zone={zone} precision={current.occurredPrecision} secondaryZone={secondaryZone} words={words.time} />
        {current.occurredZone !== zone && <span className="muted small">({words.enteredIn({ zone: current.occurredZone })})</span>}
        <span className="entry-recorded muted small">
          {words.recorded} <ZonedTime iso={original.recordedAt} zone={zone} words={words.time} />
        </span>
        <span className="entry-author small">
          {original.author.name}
          {original.author.role ? ` · ${original.author.role}` : ''}
        </span>
        {/* Which notebook wrote it: after a handoff the timeline interleaves several responders' devices. */}
        <span className="entry-device mono muted small" title={words.deviceHint({ deviceId: original.deviceId, seq: original.seq })}>
          {words.device({ device: deviceShortId(original.deviceId) })}
        </span>
        {corrected && <span className="badge badge-warn">{t('row.corrected', { count: thread.amendments.length })}</span>}
        {retraction && <span className="badge badge-bad">{words.retracted}</span>}
        {props.clockAnomaly && <span className="badge badge-warn" title={words.clockAnomalyHint}>{words.clockAnomaly}</span>}
        {props.tampered && <span className="badge badge-bad">{words.tampered}</span>}
        <span className="spacer" />
        <span className="entry-actions">
          <button type="button" className="btn btn-small" onClick={() => props.onHistory(thread)}>
            {words.history}
          </button>
          {!retraction && !STATE_ENTRY_KINDS.has(current.kind) && (
            <>
              <button type="button" className="btn btn-small" onClick={() => props.onCorrect(thread)}>
                {words.correct}
              </button>
              <button type="button" className="btn btn-small btn-danger" onClick={() => props.onRetract(thread)}>
                {words.retract}
              </button>
            </>
          )}
        </span>
      </header>
      {linked && <EntryLinks t={t} thread={thread} openRef={openRef} />}
      <div ref={clampRef} className={props.expanded ? 'entry-body' : 'entry-body entry-body-clamped'}>
        <BodyView body={current.body} text={current.text} onOpenLink={openLink} onOpenRef={openRef} />
      </div>

      <footer className="entry-foot small">
        <button type="button" className="btn-link entry-more" aria-expanded={props.expanded} onClick={() => props.onToggleExpanded(original.id)}>
          {props.expanded ? words.showLess : words.showMore}
        </button>
        {current.tags.map((tag) => (
          <span key={tag} className="tag">
            #{tag}
          </span>
        ))}
        {retraction?.revision && <span className="retraction-reason">{t('row.retractedBecause', { reason: retraction.revision.reason, author: retraction.author.name })}</span>}
      </footer>
    </article>
  );
});
