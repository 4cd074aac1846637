// The frame around every screen: top bar with the incident switcher, and the
// current view. The last opened incident reopens at start.
import { Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/ipc/contract';
import { notebook, useIncidents, useSetting, type OpeningState } from '../data';
import { platform } from '../platform';
import { IncidentView } from '../features/incidents/IncidentView';
import { commandForKey, emitCommand, useCommand } from './commands';
import { hasUnsavedWork } from './leaveGuard';
import { useWindowFileDrop } from './fileDrops';
import { LeaveDialog } from '../components/LeaveDialog';
import { JournalNotice } from './JournalNotice';
import { BackupReminder } from '../features/backup/BackupReminder';
import { lazyView } from './lazyView';

// Only the incident (its log) is on the path to the first screen; the rest loads when shown.
const IncidentList = lazyView(() => import('../features/incidents/IncidentList').then((m) => m.IncidentList));
const NewIncidentDialog = lazyView(() => import('../features/incidents/NewIncidentDialog').then((m) => m.NewIncidentDialog));
const SettingsView = lazyView(() => import('../features/settings/SettingsView').then((m) => m.SettingsView));
const TemplatesView = lazyView(() => import('../features/templates/TemplatesView').then((m) => m.TemplatesView));
const ContactsView = lazyView(() => import('../features/contacts/ContactsView').then((m) => m.ContactsView));
const VerifyBundleView = lazyView(() => import('../features/bundle/VerifyBundleView').then((m) => m.VerifyBundleView));

type View =
  | { name: 'incidents' }
  | { name: 'incident'; id: string }
  | { name: 'settings' }
  | { name: 'templates' }
  | { name: 'contacts'; contactId: string | null }
  | { name: 'verify-bundle' };

export function Shell({ appInfo, opening = null }: { appInfo: AppInfo | null; opening?: OpeningState | null }) {
  const { t } = useTranslation('common');
  const incidents = useIncidents(opening?.incidents);
  const lastIncidentId = useSetting('lastIncidentId', opening?.lastIncidentId);
  const [chosenView, setChosenView] = useState<View | null>(null);
  // A view change that waits for the responder to discard unsaved work.
  const [pending, setPending] = useState<View | null>(null);
  const setView = useCallback((next: View) => (hasUnsavedWork() ? setPending(next) : setChosenView(next)), []);
  const [creating, setCreating] = useState(false);
  // The new-incident dialog loads on first use, then stays mounted so a cancelled draft is still there.
  const [keepNewDialog, setKeepNewDialog] = useState(false);
  if (creating && !keepNewDialog) setKeepNewDialog(true);

  // Until the responder picks a view, reopen the last incident if it still exists.
  const view: View | null =
    chosenView ??
    (incidents === undefined || lastIncidentId === undefined
      ? null
      : incidents.some((i) => i.id === lastIncidentId)
        ? { name: 'incident', id: lastIncidentId! }
        : { name: 'incidents' });

  const openIncident = useCallback(
    (id: string) => {
      setView({ name: 'incident', id });
      // Only a convenience (which incident opens next time): on a full disk it is not kept, and that is all.
      notebook.writeSetting('lastIncidentId', id).catch(() => undefined);
    },
    [setView],
  );

  useCommand('new-incident', useCallback(() => setCreating(true), []));
  useCommand('open-settings', useCallback(() => setView({ name: 'settings' }), [setView]));
  useCommand('open-incidents', useCallback(() => setView({ name: 'incidents' }), [setView]));

  useEffect(() => platform().onMenuCommand(emitCommand), []);
  // Outside an incident a dropped file is refused, never opened in place of the app.
  useWindowFileDrop();
  useEffect(() => {
    if (platform().kind !== 'browser') return;
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      emitCommand(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const currentId = view?.name === 'incident' ? view.id : '';
  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">{t('appName')}</span>
        <select aria-label={t('shell.switchIncident')} value={currentId} onChange={(e) => e.target.value && openIncident(e.target.value)}>
          <option value="">{t('shell.chooseIncident')}</option>
          {incidents?.map((incident) => (
            <option key={incident.id} value={incident.id}>
              {incident.code ? `${incident.code} · ` : ''}
              {incident.title}
              {incident.status === 'closed' ? ` (${t('status.closed')})` : ''}
            </option>
          ))}
        </select>
        <button type="button" className="btn" onClick={() => setView({ name: 'incidents' })}>
          {t('shell.allIncidents')}
        </button>
        <button type="button" className="btn" onClick={() => setCreating(true)}>
          {t('shell.newIncident')}
        </button>
        <span className="spacer" />
        <button type="button" className="btn" onClick={() => setView({ name: 'contacts', contactId: null })}>
          {t('contacts:nav.open')}
        </button>
        <button type="button" className="btn" onClick={() => setView({ name: 'verify-bundle' })}>
          {t('bundle:verify.title')}
        </button>
        <button type="button" className="btn" onClick={() => setView({ name: 'templates' })}>
          {t('templates:nav.open')}
        </button>
        <BackupReminder onOpenSettings={() => setView({ name: 'settings' })} />
        <button type="button" className="btn" onClick={() => setView({ name: 'settings' })}>
          {t('shell.settings')}
        </button>
      </header>
      <JournalNotice recovered={opening?.recovered ?? null} />
      <main className="main">
        <Suspense fallback={null}>
          {view?.name === 'incidents' && <IncidentList onOpen={openIncident} onCreate={() => setCreating(true)} />}
          {view?.name === 'incident' && <IncidentView key={view.id} incidentId={view.id} initial={incidents?.find((i) => i.id === view.id)} onMissing={() => setView({ name: 'incidents' })} />}
          {view?.name === 'templates' && <TemplatesView />}
          {view?.name === 'verify-bundle' && (
            <VerifyBundleView onClose={() => setView(lastIncidentId ? { name: 'incident', id: lastIncidentId } : { name: 'incidents' })} />
          )}
          {view?.name === 'contacts' && (
            <ContactsView incident={null} contactId={view.contactId} onOpenContact={(contactId) => setChosenView({ name: 'contacts', contactId })} />
          )}
          {view?.name === 'settings' && appInfo && <SettingsView appInfo={appInfo} onDone={() => setView(lastIncidentId ? { name: 'incident', id: lastIncidentId } : { name: 'incidents' })} />}
        </Suspense>
      </main>
      <LeaveDialog
        open={pending !== null}
        onStay={() => setPending(null)}
        onLeave={() => {
          setChosenView(pending);
          setPending(null);
        }}
      />
      {keepNewDialog && (
        <Suspense fallback={null}>
          <NewIncidentDialog
            open={creating}
            onClose={() => setCreating(false)}
            onCreated={(id) => {
              setCreating(false);
              openIncident(id);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
