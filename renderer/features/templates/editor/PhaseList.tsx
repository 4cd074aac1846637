// The phases of the draft in order, with the edits that add, remove and reorder
// phases and items; after each, the focus goes where the responder will work next.
import { useTranslation } from 'react-i18next';
import type { TemplateDraft } from './draft';
import { addItem, addPhase, moveItem, movePhase, removeItem, removePhase, updateItem, updatePhase } from './draftEdits';
import { useContainerError } from './issuesContext';
import type { ItemOption } from './ItemEditor';
import { PhaseEditor } from './PhaseEditor';

export interface PhaseListProps {
  draft: TemplateDraft;
  items: readonly ItemOption[];
  onChange(draft: TemplateDraft): void;
  focus(...selectors: string[]): void;
}

export function PhaseList({ draft, items, onChange, focus }: PhaseListProps) {
  const { t } = useTranslation('templates');
  const phasesError = useContainerError('phases');
  const { phases } = draft;
  return (
    <section className="template-phases" aria-labelledby="template-phases-heading">
      <h2 id="template-phases-heading">{t('editor.phasesHeading')}</h2>
      {phases.map((phase, p) => (
        <PhaseEditor
          key={phase.key}
          phase={phase}
          index={p}
          count={phases.length}
          items={items}
          onChange={(change) => onChange(updatePhase(draft, p, change))}
          onMove={(by) => {
            onChange(movePhase(draft, p, by));
            focus(`[data-focus="${phase.key}-${by < 0 ? 'up' : 'down'}"]`, `[data-focus="${phase.key}-${by < 0 ? 'down' : 'up'}"]`);
          }}
          onRemove={() => {
            onChange(removePhase(draft, p));
            focus(`[data-path="phases.${Math.min(p, phases.length - 2)}.id"]`);
          }}
          onItemChange={(i, change) => onChange(updateItem(draft, p, i, change))}
          onItemMove={(i, by) => {
            const key = phase.items[i]!.key;
            onChange(moveItem(draft, p, i, by));
            focus(`[data-focus="${key}-${by < 0 ? 'up' : 'down'}"]`, `[data-focus="${key}-${by < 0 ? 'down' : 'up'}"]`);
          }}
          onItemRemove={(i) => {
            onChange(removeItem(draft, p, i));
            focus(`[data-path="phases.${p}.items.${Math.min(i, phase.items.length - 2)}.id"]`, `[data-focus="${phase.key}-add"]`);
          }}
          onItemAdd={() => {
            onChange(addItem(draft, p));
            focus(`[data-path="phases.${p}.items.${phase.items.length}.id"]`);
          }}
        />
      ))}
      {phasesError && (
        <p className="field-error" role="alert">
          {phasesError}
        </p>
      )}
      <button
        type="button"
        className="btn"
        data-path="phases"
        onClick={() => {
          onChange(addPhase(draft));
          focus(`[data-path="phases.${phases.length}.title.en"]`);
        }}
      >
        {t('editor.phase.add')}
      </button>
    </section>
  );
}
