// Every log entry that references a system (mentions, its own state changes,
// checklist entries …), newest first, shown compactly like timeline rows.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogEntry } from '../../../shared/domain/logEntry';
import { BodyView } from '../../editor';
import { TimeText } from '../../components/TimeText';
import { platform } from '../../platform';
import { useOpenRef } from './openRef';

const openLink = (url: string) => void platform().openExternal(url).catch(() => undefined);

export function SystemEntries({ entries, zone }: { entries: readonly LogEntry[]; zone: string }) {
  const { t } = useTranslation('systems');
  const titleId = useId();
  const openRef = useOpenRef();
  return (
    <section className="sys-panel" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('entries.title', { count: entries.length })}</h3>
      {entries.length === 0 ? (
        <p className="muted small">{t('entries.empty')}</p>
      ) : (
        <ol className="sys-entries">
          {[...entries].reverse().map((entry) => (
            <li key={entry.id} className={`sys-entry entry-${entry.kind}`}>
              <div className="sys-entry-head small">
                <span className={`kind kind-${entry.kind}`}>{t(`log:kind.${entry.kind}`)}</span>
                <TimeText iso={entry.occurredAt} zone={zone} precision={entry.occurredPrecision} />
                <span>{entry.author.name}</span>
                {entry.revision && <span className="badge badge-warn">{t(`entries.${entry.revision.action}`)}</span>}
              </div>
              <BodyView body={entry.body} text={entry.text} onOpenLink={openLink} onOpenRef={openRef} className="sys-entry-body" />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
