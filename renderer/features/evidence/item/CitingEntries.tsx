// Log entries that cite this item (a "#n" mention, an attachment …), apart from the
// item's own custody entries: where the evidence was used in the investigation.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useEntriesReferencing } from '../../../data';
import { TimeText } from '../../../components/TimeText';
import { useOpenRef } from '../../systems/openRef';
import { firstLine } from '../../../lib/text';

export function CitingEntries({ itemId, zone }: { itemId: string; zone: string }) {
  const { t } = useTranslation('evidence');
  const titleId = useId();
  const openRef = useOpenRef();
  const entries = (useEntriesReferencing(`evidence:${itemId}`) ?? []).filter((entry) => entry.kind !== 'evidence');
  return (
    <section className="ev-panel" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('item.citing.title', { count: entries.length })}</h3>
      {entries.length === 0 ? (
        <p className="muted small">{t('item.citing.empty')}</p>
      ) : (
        <ul className="ev-citing">
          {entries.map((entry) => {
            const line = firstLine(entry.text, 160) || t('item.citing.noText');
            return (
              <li key={entry.id} className="ev-citing-entry">
                <TimeText iso={entry.occurredAt} zone={zone} precision={entry.occurredPrecision} />
                <span className="muted">{entry.author.name}</span>
                {openRef ? (
                  <button type="button" className="btn-link ev-citing-text" onClick={() => openRef('entry', entry.id)}>
                    {line}
                  </button>
                ) : (
                  <span className="ev-citing-text">{line}</span>
                )}
                {entry.revision && <span className="badge badge-warn">{t(`item.citing.${entry.revision.action}`)}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
