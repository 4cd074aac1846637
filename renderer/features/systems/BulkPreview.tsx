// What a bulk add would do: the lines that cannot be added (with their line numbers
// and every reason), then the systems that will be added once confirmed.
import { useTranslation } from 'react-i18next';
import type { BulkIssue, BulkResult } from './bulkParse';

const MAX_SHOWN = 200;

export function BulkPreview({ result }: { result: BulkResult }) {
  const { t } = useTranslation('systems');
  const reason = (issue: BulkIssue) => {
    const field = typeof issue.values.field === 'string' ? t(`fields.${issue.values.field}`) : '';
    return t(`bulk.reason.${issue.code}`, { ...issue.values, field });
  };
  return (
    <div className="sys-bulk-preview">
      <p className="small" role="status">
        {t('bulk.summary', { count: result.valid.length })}
        {result.invalid.length > 0 && ` · ${t('bulk.invalidCount', { count: result.invalid.length })}`}
        {result.header && ` · ${t('bulk.headerRead')}`}
        {result.ignoredColumns.length > 0 && ` · ${t('bulk.ignoredColumns', { columns: result.ignoredColumns.join(', ') })}`}
      </p>
      {result.invalid.length > 0 && (
        <section className="sys-bulk-invalid" aria-label={t('bulk.invalidTitle')}>
          <h3>{t('bulk.invalidTitle')}</h3>
          <ul>
            {result.invalid.slice(0, MAX_SHOWN).map((row) => (
              <li key={row.line}>
                <strong>{t('bulk.line', { line: row.line })}</strong>: {row.issues.map(reason).join(t('bulk.reasonSeparator'))}
                {row.source && <code className="sys-bulk-source">{row.source}</code>}
              </li>
            ))}
          </ul>
          {result.invalid.length > MAX_SHOWN && <p className="muted small">{t('bulk.more', { count: result.invalid.length - MAX_SHOWN })}</p>}
        </section>
      )}
      {result.valid.length > 0 && (
        <table className="sys-table sys-bulk-valid" aria-label={t('bulk.validTitle')}>
          <thead>
            <tr>
              <th scope="col">{t('bulk.lineColumn')}</th>
              <th scope="col">{t('fields.name')}</th>
              <th scope="col">{t('fields.type')}</th>
              <th scope="col">{t('fields.addresses')}</th>
              <th scope="col">{t('fields.criticality')}</th>
              <th scope="col">{t('fields.owner')}</th>
              <th scope="col">{t('fields.location')}</th>
              <th scope="col">{t('fields.tags')}</th>
            </tr>
          </thead>
          <tbody>
            {result.valid.slice(0, MAX_SHOWN).map(({ line, details }) => (
              <tr key={line}>
                <td className="muted">{line}</td>
                <td>{details.name}</td>
                <td>{t(`type.${details.type}`)}</td>
                <td className="mono">{details.addresses.join(', ')}</td>
                <td>{t(`criticality.${details.criticality}`)}</td>
                <td>{details.owner}</td>
                <td>{details.location}</td>
                <td>{details.tags.map((tag) => `#${tag}`).join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.valid.length > MAX_SHOWN && <p className="muted small">{t('bulk.more', { count: result.valid.length - MAX_SHOWN })}</p>}
    </div>
  );
}
