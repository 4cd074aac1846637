// The incident log screen: integrity badge and filters, the timeline, and the composer.
import { memo, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import type { EntryThread } from '../../../shared/domain/revisions';
import { useIncidentLog, useSetting } from '../../data';
import { lazyView } from '../../app/lazyView';
import { Timeline, type TimelineHandle } from './Timeline';
import { TimelineToolbar } from './TimelineToolbar';
import { VerifyBadge } from './VerifyBadge';
import { HistoryDialog } from './HistoryDialog';
import { RetractDialog } from './RetractDialog';
import { useVerification } from './useVerification';
import { EMPTY_FILTER, filterThreads, indexOfNow, type TimelineFilter } from './entryText';
import './log.css';

// The composer and the correction dialog carry the Lexical editor: the timeline's first
// rows are shown without waiting for it, and its chunk loads alongside.
const EntryComposer = lazyView(() => import('./EntryComposer').then((m) => m.EntryComposer));
const CorrectDialog = lazyView(() => import('./CorrectDialog').then((m) => m.CorrectDialog));

/** A request from elsewhere in the incident (a deadline's "met by" link) to show one entry; `seq` repeats a request. */
export interface RevealRequest {
  entryId: string;
  seq: number;
}

/** Memoized: the screens around it render again (live queries answering) without re-rendering the log. */
export const LogView = memo(function LogView({ incident, reveal = null }: { incident: Incident; reveal?: RevealRequest | null }) {
  const { t } = useTranslation('log');
  const log = useIncidentLog(incident.id);
  const secondaryZone = useSetting('secondaryZone') ?? null;
  const verification = useVerification(incident.id, log.complete, log.entryCount);
  const timeline = useRef<TimelineHandle>(null);
  const [filter, setFilter] = useState<TimelineFilter>(EMPTY_FILTER);
  const deferredFilter = useDeferredValue(filter);
  const [highlightId, setHighlightId] = useState<string | null>(null);
  const [history, setHistory] = useState<EntryThread | null>(null);
  const [correcting, setCorrecting] = useState<EntryThread | null>(null);
  const [retracting, setRetracting] = useState<EntryThread | null>(null);

  const shown = useMemo(() => filterThreads(log.threads, deferredFilter), [log.threads, deferredFilter]);
  const verified = verification.state.status === 'done' ? verification.state.result : null;
  const clockAnomalies = useMemo(() => new Set(verified?.clockAnomalies ?? []), [verified]);
  const failed = verified?.failedEntry ?? null;
  const tamperedId = failed ? (failed.revision?.targetId ?? failed.id) : null;

  // A just-saved entry reaches the list a moment later, through the live query:
  // remember where to scroll and do it once the entry is there.
  const pendingScroll = useRef<string | null>(null);
  const showEntry = useCallback((id: string) => {
    setFilter(EMPTY_FILTER);
    setHighlightId(id);
    pendingScroll.current = id;
  }, []);
  // A reveal request from another tab: clear the filter and highlight while rendering, scroll once shown.
  const [seenReveal, setSeenReveal] = useState(reveal);
  if (reveal !== seenReveal) {
    setSeenReveal(reveal);
    if (reveal) {
      setFilter(EMPTY_FILTER);
      setHighlightId(reveal.entryId);
    }
  }
  useEffect(() => {
    if (reveal && !timeline.current?.scrollToEntry(reveal.entryId)) pendingScroll.current = reveal.entryId;
  }, [reveal]);
  useEffect(() => {
    const id = pendingScroll.current;
    if (id && timeline.current?.scrollToEntry(id)) pendingScroll.current = null;
  }, [shown]);

  return (
    <div className="log-view">
      <div className="log-bar">
        <VerifyBadge state={verification.state} entryCount={log.entryCount} onVerify={verification.run} onShowEntry={showEntry} />
        <TimelineToolbar
          filter={filter}
          onFilter={setFilter}
          authors={log.authors}
          tags={log.tags}
          shown={shown.length}
          total={log.threads.length}
          onJumpToNow={() => timeline.current?.scrollToIndex(indexOfNow(shown, new Date().toISOString()))}
        />
      </div>
      {!log.loading && !log.complete && (
        <p className="log-progress muted small" role="status">
          {t('timeline.loadingMore', { count: log.entryCount })}
        </p>
      )}
      {log.error ? (
        <p className="error-text" role="alert">
          {t('timeline.loadFailed', { detail: log.error.message })}
        </p>
      ) : log.loading ? (
        <p className="empty">{t('timeline.loading')}</p>
      ) : log.threads.length === 0 ? (
        <div className="empty timeline-empty">
          <h2>{t('timeline.emptyTitle')}</h2>
          <p>{t('timeline.emptyHint')}</p>
        </div>
      ) : shown.length === 0 ? (
        <p className="empty">{t('timeline.noMatch')}</p>
      ) : (
        <Timeline
          ref={timeline}
          threads={shown}
          zone={incident.timeZone}
          secondaryZone={secondaryZone}
          clockAnomalies={clockAnomalies}
          tamperedId={tamperedId}
          highlightId={highlightId}
          busy={!log.complete}
          onHistory={setHistory}
          onCorrect={setCorrecting}
          onRetract={setRetracting}
        />
      )}
      <Suspense fallback={<div className="composer-panel composer-loading" aria-busy="true" />}>
        <EntryComposer incident={incident} onSaved={showEntry} />
      </Suspense>
      <HistoryDialog thread={history} zone={incident.timeZone} onClose={() => setHistory(null)} />
      {correcting && (
        <Suspense fallback={null}>
          <CorrectDialog thread={correcting} onClose={() => setCorrecting(null)} onSaved={(id) => (setCorrecting(null), showEntry(id))} />
        </Suspense>
      )}
      <RetractDialog thread={retracting} onClose={() => setRetracting(null)} />
    </div>
  );
});
