// The editor's working copy of a template: strings as typed (sources as one
// comma-separated line, version as text), each phase and item with a stable key
// for React. `toCandidate` turns it back into the shape the schema checks, with
// the same paths, so an issue's path points at the field that has it.
import type { ChecklistTemplate, EVIDENCE_STATUSES, TEMPLATE_SCOPES } from '../../../../shared/domain/checklistTemplate';
import type { LocalizedText } from '../../../../shared/domain/localized';

export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];
export type TemplateScope = (typeof TEMPLATE_SCOPES)[number];

export interface ItemDraft {
  key: string;
  id: string;
  text: LocalizedText;
  sources: string;
  evidenceStatus: EvidenceStatus;
  conflictsWith: string[];
  tradeOff: LocalizedText;
}

export interface PhaseDraft {
  key: string;
  id: string;
  title: LocalizedText;
  items: ItemDraft[];
}

export interface TemplateDraft {
  id: string;
  version: string;
  title: LocalizedText;
  description: LocalizedText;
  scope: TemplateScope;
  phases: PhaseDraft[];
}

let nextKey = 0;
export const newKey = (): string => `k${++nextKey}`;

const emptyText = (): LocalizedText => ({ en: '', ja: '' });

export const blankItem = (id = ''): ItemDraft => ({
  key: newKey(),
  id,
  text: emptyText(),
  sources: '',
  evidenceStatus: 'practice',
  conflictsWith: [],
  tradeOff: emptyText(),
});

export const blankPhase = (id = '', itemId = ''): PhaseDraft => ({ key: newKey(), id, title: emptyText(), items: [blankItem(itemId)] });

export const blankDraft = (): TemplateDraft => ({
  id: '',
  version: '1',
  title: emptyText(),
  description: emptyText(),
  scope: 'incident',
  phases: [blankPhase('phase-01', 'item-01')],
});

export function draftFrom(template: ChecklistTemplate, overrides: { id: string; version: number }): TemplateDraft {
  return {
    id: overrides.id,
    version: String(overrides.version),
    title: { ...template.title },
    description: template.description ? { ...template.description } : emptyText(),
    scope: template.scope,
    phases: template.phases.map((phase) => ({
      key: newKey(),
      id: phase.id,
      title: { ...phase.title },
      items: phase.items.map((item) => ({
        key: newKey(),
        id: item.id,
        text: { ...item.text },
        sources: item.sources.join(', '),
        evidenceStatus: item.evidenceStatus,
        conflictsWith: [...item.conflictsWith],
        tradeOff: item.tradeOff ? { ...item.tradeOff } : emptyText(),
      })),
    })),
  };
}

const isEmpty = (value: LocalizedText) => !value.en.trim() && !value.ja.trim();
const orNull = (value: LocalizedText) => (isEmpty(value) ? null : value);

/** What the schema is asked about: optional texts left empty become null. */
export function toCandidate(draft: TemplateDraft): unknown {
  return {
    id: draft.id.trim(),
    version: draft.version.trim() === '' ? Number.NaN : Number(draft.version),
    title: draft.title,
    description: orNull(draft.description),
    scope: draft.scope,
    phases: draft.phases.map((phase) => ({
      id: phase.id.trim(),
      title: phase.title,
      items: phase.items.map((item) => ({
        id: item.id.trim(),
        text: item.text,
        sources: item.sources
          .split(/[,、\s]+/)
          .map((source) => source.trim())
          .filter(Boolean),
        evidenceStatus: item.evidenceStatus,
        conflictsWith: item.conflictsWith,
        tradeOff: orNull(item.tradeOff),
      })),
    })),
  };
}

/** `<id>-copy`, or `-copy-2`, `-copy-3`… when that is taken; always a valid slug length. */
export function copyId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '-copy' : `-copy-${n}`;
    const candidate = `${id.slice(0, 64 - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export const allItemIds = (draft: TemplateDraft): string[] => draft.phases.flatMap((phase) => phase.items.map((item) => item.id.trim()));
