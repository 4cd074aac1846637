// A failed template save or import, in words: what happened (errors:<code>) and,
// when the data layer names them, each problem it found.
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../components/ErrorText';

/** The problems a template error carries (`details.problems`, `; `-separated), one per line. */
export function problemsOf(error: unknown): string[] {
  const problems = (error as { details?: { problems?: unknown } } | null)?.details?.problems;
  return typeof problems === 'string' ? problems.split('; ').filter(Boolean) : [];
}

export function TemplateError({ error, fileName }: { error: unknown; fileName?: string }) {
  const { t } = useTranslation('templates');
  const message = useErrorMessage();
  if (!error) return null;
  const problems = problemsOf(error);
  return (
    <div className="template-error" role="alert">
      {fileName && <p className="template-error-lead">{t('import.failed', { file: fileName })}</p>}
      <p>{message(error)}</p>
      {problems.length > 0 && (
        <>
          <p className="template-error-lead">{t('errors.problems')}</p>
          <ul className="template-problems">
            {problems.map((problem, index) => (
              <li key={index} className="mono">
                {problem}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
