// The editor's current issues, for any field below to find its own by path.
import { createContext, useContext } from 'react';
import { issuesAt, issuesUnder, type EditorIssue } from './validation';

export const EditorIssuesContext = createContext<readonly EditorIssue[]>([]);

/** The messages for the field at `path` (and inside it), plus those at `alsoExact`; null when there are none. */
export function useFieldError(path: string, alsoExact?: string): string | null {
  const issues = useContext(EditorIssuesContext);
  const found = [...(alsoExact ? issuesAt(issues, alsoExact) : []), ...issuesUnder(issues, path)];
  return found.length ? [...new Set(found.map((issue) => issue.message))].join(' ') : null;
}

/** Messages for a container (a phase's item list, the phase list) at exactly `path`. */
export function useContainerError(path: string): string | null {
  const issues = issuesAt(useContext(EditorIssuesContext), path);
  return issues.length ? issues.map((issue) => issue.message).join(' ') : null;
}
