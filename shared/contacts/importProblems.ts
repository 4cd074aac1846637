// What is wrong with an imported vCard or CSV row, as a code and its parameters, so the UI can say it
// in the responder's language (contacts:problem.<code>). `line` in params is the vCard line at fault.
import type { z } from '../zod';

export interface ImportProblem {
  code: string;
  params?: Record<string, string | number>;
}

/** Quoted values are cut so one absurd cell cannot flood the preview. */
export const clip = (value: string, max = 60): string => value.slice(0, max);

/** Which part of a contact draft a schema path names (the UI's `problem.fieldName.<field>`). */
function fieldOf(path: readonly PropertyKey[]): string {
  const [head, , leaf] = path.map(String);
  if (head === 'phones' && leaf === 'label') return 'phoneLabel';
  if (head === 'references' && (leaf === 'label' || leaf === 'value')) return leaf === 'label' ? 'referenceLabel' : 'referenceValue';
  return head ?? 'contact';
}

function valueAt(draft: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined), draft);
}

/** The schema's refusals of a draft the parser built, one problem each. */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], draft: unknown): ImportProblem[] {
  return issues.map((issue): ImportProblem => {
    if (issue.path.length === 0) return { code: 'noName' };
    const field = fieldOf(issue.path);
    const value = valueAt(draft, issue.path);
    if (issue.code === 'too_big') {
      const entries = issue.origin === 'array';
      return { code: entries ? 'tooMany' : 'tooLong', params: { field, max: Number(issue.maximum) } };
    }
    if (issue.code === 'too_small') return { code: 'empty', params: { field } };
    if (typeof value === 'string') {
      if (field === 'lastVerified') return { code: 'badDate', params: { value: clip(value, 20) } };
      if (field === 'emails') return { code: 'email', params: { value: clip(value) } };
      if (field === 'web') return { code: 'web', params: { value: clip(value) } };
      if (field === 'phones') return { code: 'phone', params: { value: clip(value) } };
    }
    return { code: 'field', params: { field } };
  });
}
