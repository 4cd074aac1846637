// Filters over the board (text, type, tag, criticality) and the buttons that add systems.
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CRITICALITIES, SYSTEM_TYPES } from '../../../shared/domain/system';
import { useCommand } from '../../app/commands';
import { EMPTY_BOARD_FILTER, isFilteringBoard, type BoardFilter } from './boardFilter';

export interface BoardToolbarProps {
  filter: BoardFilter;
  onFilter(filter: BoardFilter): void;
  tags: readonly string[];
  shown: number;
  total: number;
  onAdd(): void;
  onBulkAdd(): void;
}

export function BoardToolbar({ filter, onFilter, tags, shown, total, onAdd, onBulkAdd }: BoardToolbarProps) {
  const { t } = useTranslation('systems');
  const search = useRef<HTMLInputElement>(null);
  useCommand('focus-search', useCallback(() => search.current?.focus(), []));
  const set = (key: keyof BoardFilter, value: string) => onFilter({ ...filter, [key]: value });
  return (
    <div className="sys-toolbar">
      <div className="sys-filters" role="group" aria-label={t('board.filters')}>
        <input
          ref={search}
          type="search"
          aria-label={t('board.search')}
          placeholder={t('board.searchPlaceholder')}
          value={filter.query}
          onChange={(e) => set('query', e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && set('query', '')}
        />
        <select aria-label={t('fields.type')} value={filter.type} onChange={(e) => set('type', e.target.value)}>
          <option value="">{t('board.anyType')}</option>
          {SYSTEM_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`type.${type}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('fields.tag')} value={filter.tag} onChange={(e) => set('tag', e.target.value)}>
          <option value="">{t('board.anyTag')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              #{tag}
            </option>
          ))}
        </select>
        <select aria-label={t('fields.criticality')} value={filter.criticality} onChange={(e) => set('criticality', e.target.value)}>
          <option value="">{t('board.anyCriticality')}</option>
          {CRITICALITIES.map((criticality) => (
            <option key={criticality} value={criticality}>
              {t(`criticality.${criticality}`)}
            </option>
          ))}
        </select>
        {isFilteringBoard(filter) && (
          <button type="button" className="btn btn-small" onClick={() => onFilter(EMPTY_BOARD_FILTER)}>
            {t('board.clear')}
          </button>
        )}
        <span className="muted small" aria-live="polite">
          {isFilteringBoard(filter) ? t('board.shown', { shown, total }) : t('board.total', { count: total })}
        </span>
      </div>
      <span className="spacer" />
      <button type="button" className="btn" onClick={onBulkAdd}>
        {t('board.bulkAdd')}
      </button>
      <button type="button" className="btn btn-primary" onClick={onAdd}>
        {t('board.add')}
      </button>
    </div>
  );
}
