// Pure edits of a template draft: add, remove and reorder phases and items, and
// keep conflict links pointing at the right items when one is renamed or removed.
import { blankItem, blankPhase, type ItemDraft, type PhaseDraft, type TemplateDraft } from './draft';

/** How the phase and item editors change the draft and say where the focus goes next; stable across renders. */
export interface DraftEditor {
  edit(update: (draft: TemplateDraft) => TemplateDraft): void;
  focus(...selectors: string[]): void;
}

const move = <T>(list: readonly T[], from: number, to: number): T[] => {
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
};

const mapItems = (draft: TemplateDraft, edit: (item: ItemDraft) => ItemDraft): TemplateDraft => ({
  ...draft,
  phases: draft.phases.map((phase) => ({ ...phase, items: phase.items.map(edit) })),
});

const countOf = (draft: TemplateDraft, id: string) =>
  draft.phases.reduce((sum, phase) => sum + phase.items.filter((item) => item.id === id).length, 0);

/** A free `<prefix>-NN` id, so a new item or phase is valid from the start. */
function freshId(prefix: string, taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n++) {
    const id = `${prefix}-${String(n).padStart(2, '0')}`;
    if (!taken.includes(id)) return id;
  }
}

export const itemIdsOf = (draft: TemplateDraft) => draft.phases.flatMap((phase) => phase.items.map((item) => item.id));

export function updatePhase(draft: TemplateDraft, p: number, change: Partial<Omit<PhaseDraft, 'items' | 'key'>>): TemplateDraft {
  return { ...draft, phases: draft.phases.map((phase, index) => (index === p ? { ...phase, ...change } : phase)) };
}

export function updateItem(draft: TemplateDraft, p: number, i: number, change: Partial<Omit<ItemDraft, 'key'>>): TemplateDraft {
  const before = draft.phases[p]?.items[i];
  if (!before) return draft;
  let next = updatePhaseItems(draft, p, draft.phases[p]!.items.map((item, j) => (j === i ? { ...item, ...change } : item)));
  // A renamed item takes its conflict links along, unless the old id was shared (then they are ambiguous).
  if (change.id !== undefined && change.id !== before.id && before.id && countOf(draft, before.id) === 1) {
    next = mapItems(next, (item) =>
      item.key === before.key ? item : { ...item, conflictsWith: item.conflictsWith.map((other) => (other === before.id ? change.id! : other)) },
    );
  }
  return next;
}

export function addPhase(draft: TemplateDraft): TemplateDraft {
  const phaseIds = draft.phases.map((phase) => phase.id);
  return { ...draft, phases: [...draft.phases, blankPhase(freshId('phase', phaseIds), freshId('item', itemIdsOf(draft)))] };
}

export function removePhase(draft: TemplateDraft, p: number): TemplateDraft {
  const removed = draft.phases[p];
  if (!removed) return draft;
  let next: TemplateDraft = { ...draft, phases: draft.phases.filter((_, index) => index !== p) };
  for (const item of removed.items) next = dropLinksTo(next, item.id);
  return next;
}

export const movePhase = (draft: TemplateDraft, p: number, by: -1 | 1): TemplateDraft => ({ ...draft, phases: move(draft.phases, p, p + by) });

export function addItem(draft: TemplateDraft, p: number): TemplateDraft {
  const phase = draft.phases[p];
  if (!phase) return draft;
  return updatePhaseItems(draft, p, [...phase.items, blankItem(freshId('item', itemIdsOf(draft)))]);
}

export function removeItem(draft: TemplateDraft, p: number, i: number): TemplateDraft {
  const phase = draft.phases[p];
  const removed = phase?.items[i];
  if (!phase || !removed) return draft;
  const next = updatePhaseItems(draft, p, phase.items.filter((_, index) => index !== i));
  return dropLinksTo(next, removed.id);
}

export function moveItem(draft: TemplateDraft, p: number, i: number, by: -1 | 1): TemplateDraft {
  const phase = draft.phases[p];
  return phase ? updatePhaseItems(draft, p, move(phase.items, i, i + by)) : draft;
}

function updatePhaseItems(draft: TemplateDraft, p: number, items: ItemDraft[]): TemplateDraft {
  return { ...draft, phases: draft.phases.map((phase, index) => (index === p ? { ...phase, items } : phase)) };
}

/** Links to an item that no longer exists would fail validation; drop them unless another item has the id. */
function dropLinksTo(draft: TemplateDraft, id: string): TemplateDraft {
  if (!id || countOf(draft, id) > 0) return draft;
  return mapItems(draft, (item) => (item.conflictsWith.includes(id) ? { ...item, conflictsWith: item.conflictsWith.filter((other) => other !== id) } : item));
}
