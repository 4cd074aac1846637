// Checklist templates: the built-in ones of domain/reference.md §2 (shared/seed)
// and responders' own. A template is copied into each run when the run starts,
// so editing a template never changes a checklist already in use.
import { z } from '../zod';
import { LocalizedTextSchema } from './localized';

export const SlugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'use lower-case letters, digits and hyphens');

export const EVIDENCE_STATUSES = ['sourced', 'practice', 'verify'] as const;

export const TemplateItemSchema = z
  .object({
    id: SlugSchema,
    text: LocalizedTextSchema,
    /** Source ids of reference.md §7 (e.g. `S2`). */
    sources: z.array(z.string().regex(/^S\d{1,3}$/)).max(12),
    evidenceStatus: z.enum(EVIDENCE_STATUSES),
    /** Items that pull against this one (power off vs keep powered for memory capture). */
    conflictsWith: z.array(SlugSchema).max(8),
    /** Why the conflict matters, shown next to both items. */
    tradeOff: LocalizedTextSchema.nullable(),
  })
  .strict();
export type TemplateItem = z.infer<typeof TemplateItemSchema>;

export const TemplatePhaseSchema = z
  .object({ id: SlugSchema, title: LocalizedTextSchema, items: z.array(TemplateItemSchema).min(1).max(200) })
  .strict();
export type TemplatePhase = z.infer<typeof TemplatePhaseSchema>;

export const TEMPLATE_SCOPES = ['incident', 'system', 'either'] as const;

export const ChecklistTemplateSchema = z
  .object({
    id: SlugSchema,
    version: z.number().int().min(1),
    title: LocalizedTextSchema,
    description: LocalizedTextSchema.nullable(),
    /** Whether a run is for the incident as a whole, for one system, or either. */
    scope: z.enum(TEMPLATE_SCOPES),
    phases: z.array(TemplatePhaseSchema).min(1).max(50),
  })
  .strict()
  .superRefine((template, ctx) => {
    const phaseIds = new Set<string>();
    const itemIds = new Set<string>();
    template.phases.forEach((phase, p) => {
      if (phaseIds.has(phase.id)) ctx.addIssue({ code: 'custom', path: ['phases', p, 'id'], message: `phase id "${phase.id}" is used twice` });
      phaseIds.add(phase.id);
      phase.items.forEach((item, i) => {
        if (itemIds.has(item.id)) ctx.addIssue({ code: 'custom', path: ['phases', p, 'items', i, 'id'], message: `item id "${item.id}" is used twice` });
        itemIds.add(item.id);
      });
    });
    template.phases.forEach((phase, p) =>
      phase.items.forEach((item, i) =>
        item.conflictsWith.forEach((other, c) => {
          if (!itemIds.has(other) || other === item.id)
            ctx.addIssue({ code: 'custom', path: ['phases', p, 'items', i, 'conflictsWith', c], message: `"${other}" is not another item of this template` });
        }),
      ),
    );
  });
export type ChecklistTemplate = z.infer<typeof ChecklistTemplateSchema>;

/** The JSON file templates are exported to and imported from. */
export const TEMPLATE_FILE_FORMAT = 'lantern/checklist-templates@1';
export const TemplateFileSchema = z
  .object({ format: z.literal(TEMPLATE_FILE_FORMAT), templates: z.array(ChecklistTemplateSchema).min(1).max(200) })
  .strict();
export type TemplateFile = z.infer<typeof TemplateFileSchema>;

export const templateItems = (template: ChecklistTemplate): TemplateItem[] => template.phases.flatMap((phase) => phase.items);
