// Search and filters over the directory, and the buttons that add, import, export and print.
// "/" focuses the search from anywhere the responder is not typing; ↓ moves on to the rows.
import { useCallback, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactCountrySchema } from '../../../shared/domain/contact';
import { useCommand } from '../../app/commands';
import { CategoryOptions } from './CategoryOptions';
import { EMPTY_FILTER, isFiltering, type CategoryFilter, type ContactFilter, type CountryFilter } from './contactFilter';

export interface ContactsToolbarProps {
  filter: ContactFilter;
  onFilter(filter: ContactFilter): void;
  /** Whether the "engaged in this incident" filter applies (the directory is open inside an incident). */
  withIncident: boolean;
  shown: number;
  total: number;
  onFirstRow(): void;
  onNew(): void;
  onImport(): void;
  onExport(): void;
  onPrint(): void;
}

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Focuses the search box if the directory is on screen (an incident keeps its other tabs mounted, hidden). */
function focusIfShown(input: HTMLInputElement | null): boolean {
  if (!input || input.closest('[hidden]') || document.querySelector('dialog[open]')) return false;
  input.focus();
  return true;
}

export function ContactsToolbar(props: ContactsToolbarProps) {
  const { filter, onFilter, withIncident, shown, total } = props;
  const { t } = useTranslation('contacts');
  const search = useRef<HTMLInputElement>(null);
  useCommand('focus-search', useCallback(() => void focusIfShown(search.current), []));
  // A layout effect: the toolbar appears with the loaded list, and '/' works from the frame
  // that first shows it (a passive effect ran a task later; a unit test pressed it in between).
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (focusIfShown(search.current)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const set = <K extends keyof ContactFilter>(key: K, value: ContactFilter[K]) => onFilter({ ...filter, [key]: value });

  return (
    <div className="contacts-toolbar">
      <div className="contacts-filters" role="group" aria-label={t('list.filters')}>
        <input
          ref={search}
          type="search"
          aria-label={t('list.search')}
          aria-keyshortcuts="/"
          placeholder={t('list.searchPlaceholder')}
          value={filter.query}
          onChange={(e) => set('query', e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && filter.query) {
              e.preventDefault();
              set('query', '');
            } else if (e.key === 'ArrowDown') {
              e.preventDefault();
              props.onFirstRow();
            }
          }}
        />
        <select aria-label={t('fields.category')} value={filter.category} onChange={(e) => set('category', e.target.value as CategoryFilter)}>
          <option value="">{t('list.anyCategory')}</option>
          <CategoryOptions withGroupChoices />
          <option value="none">{t('category.none')}</option>
        </select>
        <select aria-label={t('fields.country')} value={filter.country} onChange={(e) => set('country', e.target.value as CountryFilter)}>
          <option value="">{t('list.anyCountry')}</option>
          {ContactCountrySchema.options.map((country) => (
            <option key={country} value={country}>
              {t(`country.${country}`)}
            </option>
          ))}
          <option value="none">{t('country.none')}</option>
        </select>
        {withIncident && (
          <label className="inline">
            <input type="checkbox" checked={filter.engagedOnly} onChange={(e) => set('engagedOnly', e.target.checked)} />
            {t('list.engagedOnly')}
          </label>
        )}
        {isFiltering(filter) && (
          <button type="button" className="btn btn-small" onClick={() => onFilter(EMPTY_FILTER)}>
            {t('list.clear')}
          </button>
        )}
        <span className="muted small" aria-live="polite">
          {isFiltering(filter) ? t('list.shown', { shown, total }) : t('list.total', { count: total })}
        </span>
      </div>
      <span className="spacer" />
      <button type="button" className="btn" onClick={props.onPrint}>
        {t('list.print')}
      </button>
      <button type="button" className="btn" onClick={props.onExport}>
        {t('list.export')}
      </button>
      <button type="button" className="btn" onClick={props.onImport}>
        {t('list.import')}
      </button>
      <button type="button" className="btn btn-primary" onClick={props.onNew}>
        {t('list.new')}
      </button>
    </div>
  );
}
