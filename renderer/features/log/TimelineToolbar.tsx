// Filters over the timeline (kind, author, tag, text) and "jump to now".
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryKind } from '../../../shared/domain/logEntry';
import { ENTRY_KINDS } from '../../../shared/domain/logEntry';
import { useCommand } from '../../app/commands';
import { EMPTY_FILTER, isFiltering, type TimelineFilter } from './entryText';

export interface TimelineToolbarProps {
  filter: TimelineFilter;
  onFilter(filter: TimelineFilter): void;
  authors: readonly string[];
  tags: readonly string[];
  shown: number;
  total: number;
  onJumpToNow(): void;
}

export function TimelineToolbar({ filter, onFilter, authors, tags, shown, total, onJumpToNow }: TimelineToolbarProps) {
  const { t } = useTranslation('log');
  const search = useRef<HTMLInputElement>(null);
  useCommand('focus-search', useCallback(() => search.current?.focus(), []));
  const toggleKind = (kind: EntryKind) => {
    const kinds = new Set(filter.kinds);
    if (kinds.has(kind)) kinds.delete(kind);
    else kinds.add(kind);
    onFilter({ ...filter, kinds });
  };
  return (
    <div className="timeline-toolbar" role="toolbar" aria-label={t('filter.label')}>
      <input
        ref={search}
        type="search"
        aria-label={t('filter.search')}
        placeholder={t('filter.searchPlaceholder')}
        value={filter.query}
        onChange={(e) => onFilter({ ...filter, query: e.target.value })}
        onKeyDown={(e) => e.key === 'Escape' && onFilter({ ...filter, query: '' })}
      />
      <div className="kind-chips" role="group" aria-label={t('filter.kinds')}>
        {ENTRY_KINDS.map((kind) => (
          <button key={kind} type="button" className={`chip kind-${kind}`} aria-pressed={filter.kinds.has(kind)} onClick={() => toggleKind(kind)}>
            {t(`kind.${kind}`)}
          </button>
        ))}
      </div>
      <select aria-label={t('filter.author')} value={filter.author} onChange={(e) => onFilter({ ...filter, author: e.target.value })}>
        <option value="">{t('filter.anyAuthor')}</option>
        {authors.map((a) => (
          <option key={a} value={a}>
            {a}
          </option>
        ))}
      </select>
      <select aria-label={t('filter.tag')} value={filter.tag} onChange={(e) => onFilter({ ...filter, tag: e.target.value })}>
        <option value="">{t('filter.anyTag')}</option>
        {tags.map((tag) => (
          <option key={tag} value={tag}>
            #{tag}
          </option>
        ))}
      </select>
      {isFiltering(filter) && (
        <button type="button" className="btn btn-small" onClick={() => onFilter(EMPTY_FILTER)}>
          {t('filter.clear')}
        </button>
      )}
      <span className="muted small" aria-live="polite">
        {isFiltering(filter) ? t('filter.shown', { shown, total }) : t('filter.total', { count: total })}
      </span>
      <span className="spacer" />
      <button type="button" className="btn btn-small" onClick={onJumpToNow}>
        {t('timeline.jumpToNow')}
      </button>
    </div>
  );
}
