// The incident's timeline, virtualized: only the rows on screen are in the DOM,
// so 100,000 entries scroll as smoothly as ten. Rows have one fixed height (the
// body clamped to two lines): measuring every row as it appears makes the
// virtualizer recompute all positions each time, which at 100,000 rows costs
// whole frames. Only a row the reader expands is measured.
import { useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { EntryThread } from '../../../shared/domain/revisions';
import { EntryRow, rowWords, type EntryRowProps } from './EntryRow';

/** Height of a collapsed row, in px; matches `.timeline-slot-fixed` in log.css. */
export const ROW_HEIGHT = 120;

export interface TimelineHandle {
  scrollToEntry(originalId: string): boolean;
  scrollToIndex(index: number): void;
}

type RowCallbacks = Pick<EntryRowProps, 'onHistory' | 'onCorrect' | 'onRetract'>;

export interface TimelineProps extends RowCallbacks {
  threads: readonly EntryThread[];
  zone: string;
  secondaryZone: string | null;
  clockAnomalies: ReadonlySet<string>;
  tamperedId: string | null;
  highlightId: string | null;
  /** More entries are still loading. */
  busy: boolean;
  ref?: Ref<TimelineHandle>;
}

export function Timeline({ threads, zone, secondaryZone, clockAnomalies, tamperedId, highlightId, busy, ref, ...callbacks }: TimelineProps) {
  const { t } = useTranslation(['log', 'common']);
  // A new language gives a new `t`, and so new words.
  const words = useMemo(() => rowWords(t), [t]);
  const scroller = useRef<HTMLDivElement>(null);
  // A stable key function: a new one each render makes the virtualizer recompute every row's position.
  const itemKey = useCallback((index: number) => threads[index]!.original.id, [threads]);
  // The timeline opens at its newest end: the first commit renders those rows (not the
  // oldest, then a jump), and the scroller is there before the virtualizer reads its offset
  // (this effect is declared first, so it runs first).
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, []);
  // eslint-disable-next-line react-hooks/incompatible-library -- the app does not use the React Compiler; TanStack's functions are read fresh each render.
  const virtualizer = useVirtualizer({
    count: threads.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    // Until the scroller is measured: no taller than the window, scrolled to the end.
    initialRect: { width: 0, height: window.innerHeight },
    initialOffset: () => Math.max(0, threads.length * ROW_HEIGHT - window.innerHeight),
    // Few rows beyond the view: a long flick replaces every row, and each extra row is React
    // work and layout in that frame (8 took a frame past one vsync; 3 keeps most within one).
    overscan: 3,
    getItemKey: itemKey,
  });

  useImperativeHandle(ref, () => ({
    scrollToEntry(originalId) {
      const index = threads.findIndex((thread) => thread.original.id === originalId);
      if (index >= 0) virtualizer.scrollToIndex(index, { align: 'center' });
      return index >= 0;
    },
    scrollToIndex(index) {
      if (threads.length > 0) virtualizer.scrollToIndex(Math.min(index, threads.length - 1), { align: 'end' });
    },
  }));

  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const toggleExpanded = useCallback(
    (id: string) => {
      setExpanded((current) => {
        const next = new Set(current);
        if (next.has(id)) {
          next.delete(id);
          // Back to the fixed height: drop the measured size the expanded row left behind.
          const index = threads.findIndex((thread) => thread.original.id === id);
          if (index >= 0) virtualizer.resizeItem(index, ROW_HEIGHT);
        } else next.add(id);
        return next;
      });
    },
    [threads, virtualizer],
  );

  // Stay at the newest end while the reader is there: when the log opens, when
  // the rest of a large log arrives, and when entries are added.
  const atEnd = useRef(true);
  useEffect(() => {
    if (atEnd.current && threads.length > 0) virtualizer.scrollToIndex(threads.length - 1, { align: 'end' });
  }, [threads.length, virtualizer]);
  // …and when the scroller itself changes height (the composer arriving or growing, the window
  // resized, the Log tab shown again). A hidden tab's scroller reads 0, and the virtualizer keeps
  // that offset; shown again, the scroller is back at its place (the browser's, or the end set
  // just above) and the virtualizer hears no scroll event: one is sent, else it draws the top rows.
  useEffect(() => {
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let shown = el.clientHeight > 0;
    const observer = new ResizeObserver(() => {
      if (atEnd.current) el.scrollTop = el.scrollHeight;
      if (!shown && el.clientHeight > 0) el.dispatchEvent(new Event('scroll'));
      shown = el.clientHeight > 0;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const onScroll = () => {
    const el = scroller.current;
    if (el) atEnd.current = el.scrollHeight - el.scrollTop - el.clientHeight < 120;
  };

  return (
    <div ref={scroller} className="timeline" role="feed" aria-label={t('timeline.label')} aria-busy={busy} onScroll={onScroll}>
      <div className="timeline-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const thread = threads[item.index]!;
          const open = expanded.has(thread.original.id);
          const anomaly = clockAnomalies.has(thread.original.id) || thread.amendments.some((a) => clockAnomalies.has(a.id));
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={open ? virtualizer.measureElement : undefined}
              className={open ? 'timeline-slot' : 'timeline-slot timeline-slot-fixed'}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <EntryRow
                t={t}
                words={words}
                thread={thread}
                zone={zone}
                secondaryZone={secondaryZone}
                clockAnomaly={anomaly}
                tampered={tamperedId === thread.original.id}
                highlighted={highlightId === thread.original.id}
                expanded={open}
                onToggleExpanded={toggleExpanded}
                {...callbacks}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
