// The incident's timeline, virtualized: only the rows on screen are in the DOM,
// so 100,000 entries scroll as smoothly as ten.
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { EntryThread } from '../../../shared/domain/revisions';
import { EntryRow, type EntryRowProps } from './EntryRow';

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
  ref?: Ref<TimelineHandle>;
}

export function Timeline({ threads, zone, secondaryZone, clockAnomalies, tamperedId, highlightId, ref, ...callbacks }: TimelineProps) {
  const { t } = useTranslation('log');
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the app does not use the React Compiler; TanStack's functions are read fresh each render.
  const virtualizer = useVirtualizer({
    count: threads.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 92,
    overscan: 8,
    getItemKey: (index) => threads[index]!.original.id,
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

  // Open at the newest end of the log, where work continues.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || threads.length === 0) return;
    opened.current = true;
    virtualizer.scrollToIndex(threads.length - 1, { align: 'end' });
  }, [threads.length, virtualizer]);

  return (
    <div ref={scroller} className="timeline" role="feed" aria-label={t('timeline.label')} aria-busy={false}>
      <div className="timeline-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const thread = threads[item.index]!;
          const anomaly = clockAnomalies.has(thread.original.id) || thread.amendments.some((a) => clockAnomalies.has(a.id));
          return (
            <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="timeline-slot" style={{ transform: `translateY(${item.start}px)` }}>
              <EntryRow
                thread={thread}
                zone={zone}
                secondaryZone={secondaryZone}
                clockAnomaly={anomaly}
                tampered={tamperedId === thread.original.id}
                highlighted={highlightId === thread.original.id}
                {...callbacks}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
