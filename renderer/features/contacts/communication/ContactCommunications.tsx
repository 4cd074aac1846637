// The communications with one contact in one incident, newest first, read from the log
// (corrections and retractions included), and the button that logs a new one.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../../shared/domain/incident';
import { buildThreads, type EntryThread } from '../../../../shared/domain/revisions';
import { useContactEntries, type DirectoryContact } from '../../../data';
import { TimeText } from '../../../components/TimeText';
import { CommunicationItem } from './CommunicationItem';
import { LogCommunicationDialog } from './LogCommunicationDialog';
import { byEventTimeDescending, communicationOf } from './communicationData';
import './communication.css';

export function ContactCommunications({ incident, contact }: { incident: Incident; contact: DirectoryContact }) {
  const { t } = useTranslation('communications');
  const [logging, setLogging] = useState(false);
  const logButton = useRef<HTMLButtonElement>(null);
  // Back on the button once the dialog is gone, so the keyboard carries on from where it was.
  const closeDialog = () => {
    setLogging(false);
    logButton.current?.focus();
  };
  const entries = useContactEntries(incident.id, contact.id);
  const threads = useMemo(() => (entries ? buildThreads(entries).threads.sort(byEventTimeDescending) : []), [entries]);
  const communications = threads.filter((thread) => thread.original.kind === 'communication').length;

  return (
    // The contact page gives this part its heading; the list is labelled for screen readers.
    <div className="comm-section">
      <div className="row comm-section-head">
        {communications > 0 && <span className="muted small">{t('section.count', { count: communications })}</span>}
        <span className="spacer" />
        <button ref={logButton} type="button" className="btn btn-primary btn-small" onClick={() => setLogging(true)}>
          {t('section.log')}
        </button>
      </div>
      {entries === undefined ? (
        <p className="muted small">{t('section.loading')}</p>
      ) : (
        <>
          {communications === 0 && (
            <div className="comm-empty">
              <p>{t('section.empty')}</p>
              <p className="muted small">{t('section.emptyHint')}</p>
            </div>
          )}
          {threads.length > 0 && (
            <ol className="comm-list" aria-label={t('section.title')}>
              {threads.map((thread) => (
                <ThreadRow key={thread.original.id} thread={thread} zone={incident.timeZone} />
              ))}
            </ol>
          )}
        </>
      )}
      {logging && <LogCommunicationDialog incident={incident} contact={contact} onClose={closeDialog} />}
    </div>
  );
}

/** A communication in full; anything else linked to the contact (engaged, released) as a muted line. */
function ThreadRow({ thread, zone }: { thread: EntryThread; zone: string }) {
  const details = communicationOf(thread.original);
  if (details) return <CommunicationItem thread={thread} details={details} zone={zone} />;
  return (
    <li className="comm-other muted small">
      <TimeText iso={thread.current.occurredAt} zone={zone} precision={thread.current.occurredPrecision} /> {thread.current.text} · {thread.original.author.name}
    </li>
  );
}
