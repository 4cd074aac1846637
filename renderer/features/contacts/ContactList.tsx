// The directory list: toolbar, then authorities, vendors and other contacts, each a list of rows
// (↑/↓ move between rows, Enter opens); the dialogs for new, import, export and print.
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import { notebook, useContacts, useEngagements } from '../../data';
import { calendarDate } from '../../lib/time';
import { ContactRow } from './ContactRow';
import { ContactsToolbar } from './ContactsToolbar';
import { EditContactDialog } from './EditContactDialog';
import { ExportContactsDialog } from './ExportContactsDialog';
import { ImportContactsDialog } from './ImportContactsDialog';
import { PrintContactSheet } from './PrintContactSheet';
import { EMPTY_FILTER, filterContacts, groupBySection, isFiltering, type ContactFilter } from './contactFilter';

export interface ContactListProps {
  incident: Incident | null;
  filter: ContactFilter;
  onFilter(filter: ContactFilter): void;
  /** The row to focus once shown: the contact the responder just came back from. */
  focusId: string | null;
  onOpenContact(id: string): void;
}

type DialogName = 'new' | 'import' | 'export' | 'print';
const ROW = '.contact-row';

export function ContactList({ incident, filter, onFilter, focusId, onOpenContact }: ContactListProps) {
  const { t, i18n } = useTranslation('contacts');
  const contacts = useContacts();
  // Outside an incident this asks for the engagements of no incident: an empty list.
  const engagements = useEngagements(incident?.id ?? '');
  const engaged = useMemo(() => new Set((engagements ?? []).filter((e) => e.engaged).map((e) => e.contactId)), [engagements]);
  const shown = useMemo(() => filterContacts(contacts ?? [], filter, engaged), [contacts, filter, engaged]);
  const sections = useMemo(() => groupBySection(shown), [shown]);
  const [dialog, setDialog] = useState<DialogName | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const today = calendarDate(notebook.now(), notebook.deviceZone());
  const loaded = contacts !== undefined;
  const rows = () => [...(list.current?.querySelectorAll<HTMLElement>(ROW) ?? [])];

  // Before paint, so the focus ring never flashes elsewhere first.
  useLayoutEffect(() => {
    if (loaded && focusId) rows().find((row) => row.dataset.contactId === focusId)?.focus();
    // Only when the list first appears: a later change to the filter must not move the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded]);
  const onListKey = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (!step || !(event.target instanceof HTMLElement) || !event.target.matches(ROW)) return;
    event.preventDefault();
    const all = rows();
    all[Math.min(Math.max(all.indexOf(event.target) + step, 0), all.length - 1)]?.focus();
  };

  if (!loaded) return <p className="empty">{t('list.loading')}</p>;
  const close = () => setDialog(null);
  return (
    <div className="contacts-view">
      <ContactsToolbar
        filter={filter}
        onFilter={onFilter}
        withIncident={incident !== null}
        shown={shown.length}
        total={contacts.length}
        onFirstRow={() => rows()[0]?.focus()}
        onNew={() => setDialog('new')}
        onImport={() => setDialog('import')}
        onExport={() => setDialog('export')}
        onPrint={() => setDialog('print')}
      />
      {status && (
        <p className="contacts-status" role="status">
          {status}
        </p>
      )}
      <div className="contacts-list" ref={list} onKeyDown={onListKey}>
        {sections.length === 0 ? (
          <div className="empty">
            <h2>{t('list.emptyTitle')}</h2>
            <p>{t(filter.engagedOnly && !filter.query ? 'list.emptyEngagedHint' : 'list.emptyHint')}</p>
            {isFiltering(filter) && (
              <button type="button" className="btn" onClick={() => onFilter(EMPTY_FILTER)}>
                {t('list.clear')}
              </button>
            )}
          </div>
        ) : (
          sections.map(({ section, contacts: members }) => (
            <section key={section} className="contacts-section" aria-label={t(`section.${section}`)}>
              <h2 className="contacts-section-title">
                {t(`section.${section}`)} <span className="muted small">({members.length})</span>
              </h2>
              <ul className="contacts-rows">
                {members.map((contact) => (
                  <ContactRow key={contact.id} contact={contact} engaged={engaged.has(contact.id)} today={today} onOpen={onOpenContact} t={t} language={i18n.language} />
                ))}
              </ul>
            </section>
          ))
        )}
        <p className="muted small contacts-keys">{t('list.keyboardHint')}</p>
      </div>
      {dialog === 'new' && <EditContactDialog contact={null} onClose={close} onSaved={onOpenContact} />}
      {dialog === 'import' && (
        <ImportContactsDialog
          onClose={close}
          onImported={(count) => {
            close();
            setStatus(t('import.done', { count }));
          }}
        />
      )}
      {dialog === 'export' && <ExportContactsDialog contacts={contacts} onClose={close} />}
      {dialog === 'print' && <PrintContactSheet contacts={contacts} shown={isFiltering(filter) ? shown : null} onClose={close} />}
    </div>
  );
}
