// Every version of an entry, oldest first, with who changed it, when and why.
import { useTranslation } from 'react-i18next';
import type { EntryThread } from '../../../shared/domain/revisions';
import type { LogEntry } from '../../../shared/domain/logEntry';
import { Dialog } from '../../components/Dialog';
import { TimeText } from '../../components/TimeText';
import { BodyView } from '../../editor/BodyView';
import { platform } from '../../platform';

function Version({ entry, label, zone }: { entry: LogEntry; label: string; zone: string }) {
  const { t } = useTranslation('log');
  return (
    <li className="version">
      <div className="row small">
        <strong>{label}</strong>
        <span>
          {t('history.occurred')} <TimeText iso={entry.occurredAt} zone={zone} precision={entry.occurredPrecision} />
        </span>
        <span className="muted">
          {t('row.recorded')} <TimeText iso={entry.recordedAt} zone={zone} />
        </span>
        <span>{entry.author.name}</span>
        <span className="muted mono">#{entry.seq}</span>
      </div>
      {entry.revision && <p className="version-reason">{t('history.reason', { reason: entry.revision.reason })}</p>}
      {entry.revision?.action !== 'retract' && (
        <div className="version-body">
          <BodyView body={entry.body} text={entry.text} onOpenLink={(url) => void platform().openExternal(url).catch(() => undefined)} />
        </div>
      )}
      {entry.tags.length > 0 && <p className="small muted">{entry.tags.map((tag) => `#${tag}`).join(' ')}</p>}
    </li>
  );
}

export function HistoryDialog({ thread, zone, onClose }: { thread: EntryThread | null; zone: string; onClose(): void }) {
  const { t } = useTranslation('log');
  return (
    <Dialog
      open={thread !== null}
      title={t('history.title')}
      onClose={onClose}
      wide
      footer={
        <button type="button" className="btn" onClick={onClose}>
          {t('common:actions.close')}
        </button>
      }
    >
      {thread && (
        <ol className="versions">
          <Version entry={thread.original} label={t('history.original')} zone={zone} />
          {thread.amendments.map((amendment, i) => (
            <Version key={amendment.id} entry={amendment} label={t('history.correction', { n: i + 1 })} zone={zone} />
          ))}
          {thread.retraction && <Version entry={thread.retraction} label={t('history.retraction')} zone={zone} />}
        </ol>
      )}
    </Dialog>
  );
}
