// A system's state history, newest first: added, each transition (from → to,
// method, detail) and each flag change, with who and when in the incident's zone.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TimeText } from '../../components/TimeText';
import type { HistoryChange, HistoryRow } from './stateHistory';

export function StateHistory({ rows, zone }: { rows: readonly HistoryRow[]; zone: string }) {
  const { t } = useTranslation('systems');
  const titleId = useId();
  const change = (c: HistoryChange) =>
    c.action === 'added'
      ? t('history.added', { state: t('state.unknown') })
      : c.action === 'transition'
        ? t('history.transition', { from: t(`state.${c.from}`), to: t(`state.${c.to}`) })
        : t(c.value ? 'history.flagSet' : 'history.flagCleared', { flag: t(`flag.${c.flag}`) });
  return (
    <section className="sys-panel" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('history.title')}</h3>
      {rows.length === 0 ? (
        <p className="muted small">{t('history.empty')}</p>
      ) : (
        <table className="sys-table sys-history">
          <thead>
            <tr>
              <th scope="col">{t('history.when')}</th>
              <th scope="col">{t('history.change')}</th>
              <th scope="col">{t('history.method')}</th>
              <th scope="col">{t('history.detail')}</th>
              <th scope="col">{t('history.by')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ entry, change: c }) => (
              <tr key={entry.id}>
                <td>
                  <TimeText iso={entry.occurredAt} zone={zone} precision={entry.occurredPrecision} />
                </td>
                <td>{change(c)}</td>
                <td>{c.action === 'transition' ? t(`method.${c.method}`) : ''}</td>
                <td className="sys-history-detail">{c.action === 'added' ? '' : c.detail}</td>
                <td>{entry.author.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
