// What every field of the editor may need without it being passed down (so the
// phase and item editors can skip re-rendering when their own part is unchanged):
// the current issues, found by path, and the template's items, for conflict lists.
import { createContext, useContext } from 'react';
import { issuesAt, issuesUnder, type EditorIssue } from './validation';

export const EditorIssuesContext = createContext<readonly EditorIssue[]>([]);

export interface ItemOption {
  id: string;
  text: string;
}

export const EditorItemsContext = createContext<readonly ItemOption[]>([]);
export const useItemOptions = () => useContext(EditorItemsContext);

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
