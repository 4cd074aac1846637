// The list of problems at the top of the editor after a save was refused; each
// names its field and moves the focus there.
import { useTranslation } from 'react-i18next';
import type { EditorIssue } from './validation';
import { describePath } from './fieldLocation';

export interface IssueSummaryProps {
  issues: readonly EditorIssue[];
  onGoTo(path: string): void;
}

export function IssueSummary({ issues, onGoTo }: IssueSummaryProps) {
  const { t } = useTranslation('templates');
  if (issues.length === 0) return null;
  return (
    <div className="template-issues" role="alert" tabIndex={-1} aria-labelledby="template-issues-heading">
      <h2 id="template-issues-heading">{t('editor.summary.heading', { count: issues.length })}</h2>
      <ul>
        {issues.map((issue, index) => (
          <li key={`${issue.path}-${index}`}>
            <button type="button" className="btn-link" onClick={() => onGoTo(issue.path)}>
              {describePath(issue.path, t) || t('editor.where.template')}
            </button>
            {': '}
            {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
