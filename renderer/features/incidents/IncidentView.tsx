// One incident: its compact header, a tab bar (Log / Systems / Checklists / Evidence /
// Contacts / Deadlines, also Ctrl/Cmd+1…6), then the chosen section filling the rest of the window.
// The log stays mounted while hidden, so a half-written entry survives a look at the board.
import { Suspense, useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useIncident } from '../../data';
import type { Incident } from '../../../shared/domain/incident';
import type { OpenRef } from '../../editor';
import { emitCommand, useCommand } from '../../app/commands';
import { LogView, type RevealRequest } from '../log/LogView';
import type { IncomingFiles } from '../evidence/EvidenceLocker';
import { useWindowFileDrop } from '../../app/fileDrops';
import { lazyView } from '../../app/lazyView';
import { OpenRefContext } from '../systems/openRef';
import { IncidentHeader } from './IncidentHeader';
import './incidents.css';
import '../systems/systems.css';

// The log is the first screen; the other tabs load the first time they are shown.
const DeadlinesView = lazyView(() => import('../deadlines/DeadlinesView').then((m) => m.DeadlinesView));
const ContactsView = lazyView(() => import('../contacts/ContactsView').then((m) => m.ContactsView));
const EvidenceView = lazyView(() => import('../evidence/EvidenceView').then((m) => m.EvidenceView));
const ChecklistsView = lazyView(() => import('../checklists/ChecklistsView').then((m) => m.ChecklistsView));
const SystemsBoard = lazyView(() => import('../systems/SystemsBoard').then((m) => m.SystemsBoard));
const SystemPage = lazyView(() => import('../systems/SystemPage').then((m) => m.SystemPage));

const TABS = ['log', 'systems', 'checklists', 'evidence', 'contacts', 'deadlines'] as const;
type Tab = (typeof TABS)[number];

/** Ctrl/Cmd+1…6 → the tab; anything else → null. */
export function tabForKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }): Tab | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null;
  const index = Number(event.key) - 1;
  return Number.isInteger(index) && index >= 0 && index < TABS.length ? TABS[index]! : null;
}

export interface IncidentViewProps {
  incidentId: string;
  /** The incident as the caller already has it (the shell's list): shown until the live read answers. */
  initial?: Incident | undefined;
  onMissing(): void;
}

export function IncidentView({ incidentId, initial, onMissing }: IncidentViewProps) {
  const { t } = useTranslation('systems');
  const incident = useIncident(incidentId, initial);
  const reported = useRef(false);
  const ids = useId();
  const [tab, setTab] = useState<Tab>('log');
  const current = useRef<Tab>('log');
  const [systemId, setSystemId] = useState<string | null>(null);
  const [checklist, setChecklist] = useState<{ runId: string | null; systemId: string | null }>({ runId: null, systemId: null });
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const [contactId, setContactId] = useState<string | null>(null);
  const [itemId, setItemId] = useState<string | null>(null);
  const [incoming, setIncoming] = useState<IncomingFiles | null>(null);
  useEffect(() => {
    // Deleted elsewhere (or a stale "last incident"): tell the shell once, not on every render.
    if (incident !== null || reported.current) return;
    reported.current = true;
    onMissing();
  }, [incident, onMissing]);

  const show = useCallback((next: Tab) => {
    current.current = next;
    setTab(next);
  }, []);
  const openSystem = useCallback(
    (id: string) => {
      setSystemId(id);
      show('systems');
    },
    [show],
  );
  const openChecklists = useCallback(
    (target: { runId: string | null; systemId: string | null }) => {
      setChecklist(target);
      show('checklists');
    },
    [show],
  );
  const openEntry = useCallback(
    (entryId: string) => {
      setReveal((last) => ({ entryId, seq: (last?.seq ?? 0) + 1 }));
      show('log');
    },
    [show],
  );
  const openContact = useCallback(
    (id: string | null) => {
      setContactId(id);
      show('contacts');
    },
    [show],
  );
  const openItem = useCallback(
    (id: string | null) => {
      setItemId(id);
      show('evidence');
    },
    [show],
  );
  // Files dropped anywhere on the incident's window become an evidence intake.
  useWindowFileDrop(
    useCallback(
      (files: File[]) => {
        setIncoming((last) => ({ files, seq: (last?.seq ?? 0) + 1 }));
        openItem(null);
      },
      [openItem],
    ),
  );
  const openRef = useCallback<OpenRef>(
    (type, id) => {
      if (type === 'system') openSystem(id);
      else if (type === 'contact') openContact(id);
      else if (type === 'evidence') openItem(id);
      else if (type === 'entry') openEntry(id);
    },
    [openSystem, openContact, openItem, openEntry],
  );

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const next = tabForKey(event);
      if (!next) return;
      event.preventDefault();
      show(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show]);
  // "New entry" (Ctrl/Cmd+N) from another tab: show the log, then let the composer take focus.
  useCommand(
    'new-entry',
    useCallback(() => {
      if (current.current === 'log') return;
      flushSync(() => show('log'));
      emitCommand('new-entry');
    }, [show]),
  );

  if (!incident) return null;
  const pick = (next: Tab) => {
    if (next === 'systems' && tab === 'systems') setSystemId(null); // the tab again: back to the board
    if (next === 'checklists' && tab !== 'checklists') setChecklist({ runId: null, systemId: null });
    if (next === 'contacts' && tab === 'contacts') setContactId(null); // the tab again: back to the directory
    if (next === 'evidence' && tab === 'evidence') setItemId(null); // … and back to the locker
    show(next);
  };
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!;
    show(next);
    document.getElementById(`${ids}-tab-${next}`)?.focus();
  };
  const panel = (which: Tab) => ({ id: `${ids}-panel-${which}`, role: 'tabpanel', 'aria-labelledby': `${ids}-tab-${which}`, hidden: tab !== which });

  return (
    <OpenRefContext value={openRef}>
      <div className="incident-view">
        <IncidentHeader incident={incident} onOpenDeadlines={() => show('deadlines')} />
        <div className="incident-tabs" role="tablist" aria-label={t('tabs.label')}>
          {TABS.map((which, index) => (
            <button
              key={which}
              type="button"
              role="tab"
              id={`${ids}-tab-${which}`}
              className="incident-tab"
              aria-selected={tab === which}
              aria-controls={`${ids}-panel-${which}`}
              aria-keyshortcuts={`Control+${index + 1} Meta+${index + 1}`}
              tabIndex={tab === which ? 0 : -1}
              onClick={() => pick(which)}
              onKeyDown={onTabKey}
            >
              {t(`tabs.${which}`)}
            </button>
          ))}
        </div>
        <div className="incident-log incident-panel" {...panel('log')}>
          <LogView incident={incident} reveal={reveal} />
        </div>
        <div className="incident-panel" {...panel('systems')}>
          <Suspense fallback={null}>
            {tab === 'systems' &&
              (systemId ? (
                <SystemPage
                  incident={incident}
                  systemId={systemId}
                  onBack={() => setSystemId(null)}
                  onOpenRun={(runId) => openChecklists({ runId, systemId: null })}
                  onStartRun={(id) => openChecklists({ runId: null, systemId: id })}
                />
              ) : (
                <SystemsBoard incident={incident} onOpenSystem={openSystem} />
              ))}
          </Suspense>
        </div>
        <div className="incident-panel" {...panel('checklists')}>
          <Suspense fallback={null}>
            {tab === 'checklists' && <ChecklistsView incident={incident} runId={checklist.runId} systemId={checklist.systemId} onOpenSystem={openSystem} />}
          </Suspense>
        </div>
        <div className="incident-panel" {...panel('evidence')}>
          <Suspense fallback={null}>
            {tab === 'evidence' && <EvidenceView incident={incident} itemId={itemId} onOpenItem={setItemId} incoming={incoming} onIncomingDone={() => setIncoming(null)} />}
          </Suspense>
        </div>
        <div className="incident-panel" {...panel('contacts')}>
          <Suspense fallback={null}>
            {tab === 'contacts' && <ContactsView incident={incident} contactId={contactId} onOpenContact={setContactId} />}
          </Suspense>
        </div>
        <div className="incident-panel" {...panel('deadlines')}>
          <Suspense fallback={null}>
            {tab === 'deadlines' && <DeadlinesView incident={incident} onOpenEntry={openEntry} />}
          </Suspense>
        </div>
      </div>
    </OpenRefContext>
  );
}
