// What the editor was opened for (a new template, a copy of one, an edit of an
// own one) and what follows from it: the first draft, the id rules, and the
// `basedOn` link saved with the result.
import type { ChecklistTemplate } from '../../../../shared/domain/checklistTemplate';
import { BUILT_IN_TEMPLATES } from '../../../../shared/seed/templates';
import type { StoredTemplate } from '../../../data';
import { blankDraft, copyId, draftFrom, type TemplateDraft } from './draft';
import type { IdRules } from './validation';

export type EditorSession =
  | { mode: 'new' }
  | { mode: 'duplicate'; source: ChecklistTemplate }
  | { mode: 'edit'; template: StoredTemplate };

const builtInIds: ReadonlySet<string> = new Set(BUILT_IN_TEMPLATES.map((template) => template.id));

export function firstDraft(session: EditorSession, ownIds: readonly string[]): TemplateDraft {
  switch (session.mode) {
    case 'new':
      return blankDraft();
    case 'duplicate':
      return draftFrom(session.source, { id: copyId(session.source.id, new Set([...builtInIds, ...ownIds])), version: 1 });
    case 'edit':
      return draftFrom(session.template, { id: session.template.id, version: session.template.version + 1 });
  }
}

export function basedOnOf(session: EditorSession): StoredTemplate['basedOn'] {
  if (session.mode === 'duplicate') return { id: session.source.id, version: session.source.version };
  if (session.mode === 'edit') return session.template.basedOn;
  return null;
}

export function idRulesFor(session: EditorSession, ownIds: readonly string[]): IdRules {
  const editedId = session.mode === 'edit' ? session.template.id : null;
  return { reserved: builtInIds, taken: new Set(ownIds.filter((id) => id !== editedId)) };
}
