// What the log journal has to tell the responder (renderer/data/journal.ts): that this start
// wrote back entries the database had lost, and, while it lasts, that main could not take
// the second copy of new entries.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useJournalHealth, type JournalRecovery } from '../data';
import './journalNotice.css';

export function JournalNotice({ recovered }: { recovered: JournalRecovery | null }) {
  const { t } = useTranslation('common');
  const [shown, setShown] = useState(recovered);
  const { failure } = useJournalHealth();
  return (
    <>
      {shown && (
        <section className="journal-notice" role="status" aria-labelledby="journal-recovered-title">
          <h2 id="journal-recovered-title">{t('journal.recoveredTitle')}</h2>
          {shown.entries > 0 && <p>{t('journal.recovered', { count: shown.entries })}</p>}
          {shown.incidents > 0 && <p>{t(shown.entries > 0 ? 'journal.recoveredIncidents' : 'journal.recoveredIncidentsOnly', { count: shown.incidents })}</p>}
          {shown.profile && <p>{t('journal.recoveredProfile')}</p>}
          {shown.rejected > 0 && <p>{t('journal.rejected', { count: shown.rejected })}</p>}
          <p>{t('journal.recoveredOther')}</p>
          <button type="button" className="btn" onClick={() => setShown(null)}>
            {t('journal.dismiss')}
          </button>
        </section>
      )}
      {failure && (
        <section className="journal-notice journal-notice-failed" role="alert" aria-labelledby="journal-failed-title">
          <h2 id="journal-failed-title">{t('journal.failedTitle')}</h2>
          <p>{t('journal.failed', { detail: failure.message })}</p>
        </section>
      )}
    </>
  );
}
