// Checklist templates: the built-in ones (shared/seed) and responders' own,
// which can be created, duplicated from any template, edited, imported and
// exported as JSON. An import is all or nothing. A full disk refuses a save or an
// import as storage.full (storageFull.ts), storing nothing of it.
import {
  ChecklistTemplateSchema,
  TEMPLATE_FILE_FORMAT,
  TemplateFileSchema,
  type ChecklistTemplate,
  type TemplateFile,
} from '../../../shared/domain/checklistTemplate';
import { BUILT_IN_TEMPLATES } from '../../../shared/seed/templates';
import { CodedError } from '../../../shared/result';
import type { DataContext } from '../context';
import type { LanternDB, StoredTemplate } from '../db';
import { storageChecked } from './storageFull';

const builtInIds = new Set(BUILT_IN_TEMPLATES.map((t) => t.id));

function issueText(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`)
    .join('; ');
}

export async function listTemplates(db: LanternDB): Promise<{ builtIn: readonly ChecklistTemplate[]; own: StoredTemplate[] }> {
  return { builtIn: BUILT_IN_TEMPLATES, own: await db.templates.orderBy('id').toArray() };
}

/** Saves a responder's template (new or edited). Built-in ids are reserved. */
export async function saveTemplate(ctx: DataContext, template: ChecklistTemplate, basedOn: StoredTemplate['basedOn'] = null): Promise<StoredTemplate> {
  const parsed = ChecklistTemplateSchema.safeParse(template);
  if (!parsed.success) throw new CodedError('template.invalid', issueText(parsed.error.issues), { problems: issueText(parsed.error.issues) });
  if (builtInIds.has(parsed.data.id)) throw new CodedError('template.idReserved', `${parsed.data.id} is a built-in template`, { id: parsed.data.id });
  const stored: StoredTemplate = { ...parsed.data, basedOn, updatedAt: ctx.now().toISOString() };
  await storageChecked(() => ctx.db.templates.put(stored));
  return stored;
}

export const deleteTemplate = (db: LanternDB, id: string) => storageChecked(() => db.templates.delete(id));

/** Parses and stores a template file; on any problem nothing is stored and the error names it. */
export async function importTemplates(ctx: DataContext, fileText: string): Promise<StoredTemplate[]> {
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch (cause) {
    throw new CodedError('template.notJson', `the file is not JSON: ${String(cause)}`, { problems: String(cause) });
  }
  const parsed = TemplateFileSchema.safeParse(json);
  if (!parsed.success) throw new CodedError('template.badFile', issueText(parsed.error.issues), { problems: issueText(parsed.error.issues) });
  const ids = parsed.data.templates.map((t) => t.id);
  const reserved = ids.filter((id) => builtInIds.has(id));
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  const now = ctx.now().toISOString();
  const stored = parsed.data.templates.map((t): StoredTemplate => ({ ...t, basedOn: null, updatedAt: now }));
  await storageChecked(() =>
    ctx.db.transaction('rw', ctx.db.templates, async () => {
      // An import never replaces a template the responder already has: they rename or delete it first.
      const taken = (await ctx.db.templates.bulkGet(ids)).flatMap((t) => (t ? [t.id] : []));
      if (reserved.length || repeated.length || taken.length) {
        const problems = [
          ...reserved.map((id) => `${id}: built-in id`),
          ...repeated.map((id) => `${id}: twice in the file`),
          ...taken.map((id) => `${id}: you already have a template with this id`),
        ].join('; ');
        throw new CodedError('template.badFile', problems, { problems });
      }
      await ctx.db.templates.bulkAdd(stored);
    }),
  );
  return stored;
}

/** The JSON file for `templates` (built-in or own), without local bookkeeping. */
export function exportTemplates(templates: readonly ChecklistTemplate[]): string {
  const file: TemplateFile = {
    format: TEMPLATE_FILE_FORMAT,
    templates: templates.map(({ id, version, title, description, scope, phases }) => ({ id, version, title, description, scope, phases })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
