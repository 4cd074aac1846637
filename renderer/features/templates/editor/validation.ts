// Checks a draft with the same schema the data layer uses, plus the two rules
// only the editor can see (built-in ids are reserved; an own id is taken), and
// turns every issue into a translated message at a dotted field path.
import type { TFunction } from 'i18next';
import { ChecklistTemplateSchema, type ChecklistTemplate } from '../../../../shared/domain/checklistTemplate';
import { toCandidate, type TemplateDraft } from './draft';

type SchemaIssue = NonNullable<ReturnType<typeof ChecklistTemplateSchema.safeParse>['error']>['issues'][number];

export interface EditorIssue {
  /** Dotted path into the draft, e.g. `phases.1.items.0.id`. */
  path: string;
  message: string;
}

export interface IdRules {
  reserved: ReadonlySet<string>;
  /** Ids of own templates this draft must not overwrite. */
  taken: ReadonlySet<string>;
}

export type DraftCheck = { ok: true; template: ChecklistTemplate } | { ok: false; issues: EditorIssue[] };

export function checkDraft(draft: TemplateDraft, rules: IdRules, t: TFunction): DraftCheck {
  const candidate = toCandidate(draft);
  const parsed = ChecklistTemplateSchema.safeParse(candidate);
  const issues = parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issueMessage(issue, candidate, t) }));
  const id = draft.id.trim();
  if (rules.reserved.has(id)) issues.unshift({ path: 'id', message: t('editor.issues.idReserved', { id }) });
  else if (rules.taken.has(id)) issues.unshift({ path: 'id', message: t('editor.issues.idTaken', { id }) });
  return parsed.success && issues.length === 0 ? { ok: true, template: parsed.data } : { ok: false, issues };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), root);
}

function issueMessage(issue: SchemaIssue, candidate: unknown, t: TFunction): string {
  const path = issue.path.map(String);
  const last = path.at(-1) ?? '';
  const value = String(valueAt(candidate, issue.path) ?? '');
  switch (issue.code) {
    case 'custom':
      if (path.includes('conflictsWith')) return t('editor.issues.conflictMissing', { id: value });
      if (last === 'id') return t(path.includes('items') ? 'editor.issues.itemIdTwice' : 'editor.issues.phaseIdTwice', { id: value });
      if (last === 'en' || last === 'ja') return t('editor.issues.badCharacters');
      return t('editor.issues.textEmpty');
    case 'invalid_format':
      return path.includes('sources') ? t('editor.issues.source', { value }) : t('editor.issues.slug');
    case 'too_big':
      return issue.origin === 'string' ? t('editor.issues.tooLong', { max: Number(issue.maximum) }) : t('editor.issues.tooMany', { max: Number(issue.maximum) });
    case 'too_small':
      if (last === 'version') return t('editor.issues.version');
      if (last === 'phases') return t('editor.issues.noPhases');
      if (last === 'items') return t('editor.issues.noItems');
      return issue.origin === 'string' ? t('editor.issues.required') : issue.message;
    case 'invalid_type':
      return last === 'version' ? t('editor.issues.version') : issue.message;
    default:
      return issue.message;
  }
}

/** Issues at `path` or inside it (`sources` also shows `sources.2`). */
export const issuesUnder = (issues: readonly EditorIssue[], path: string) =>
  issues.filter((issue) => issue.path === path || issue.path.startsWith(`${path}.`));

export const issuesAt = (issues: readonly EditorIssue[], path: string) => issues.filter((issue) => issue.path === path);
