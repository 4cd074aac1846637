// One phase of the template: its id and title, then its items in order.
// Re-renders only when its own phase, position or the issues change.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhaseDraft } from './draft';
import { addItem, movePhase, removePhase, updatePhase, type DraftEditor } from './draftEdits';
import { useContainerError } from './editorContext';
import { ItemEditor } from './ItemEditor';
import { LocalizedFields } from './LocalizedFields';
import { TextField } from './TextField';

export interface PhaseEditorProps {
  phase: PhaseDraft;
  index: number;
  count: number;
  editor: DraftEditor;
}

export const PhaseEditor = memo(function PhaseEditor({ phase, index: p, count, editor }: PhaseEditorProps) {
  const { t } = useTranslation('templates');
  const n = p + 1;
  const path = `phases.${p}`;
  const itemsError = useContainerError(`${path}.items`);
  const addButton = `[data-focus="${phase.key}-add"]`;
  const change = (changes: Partial<Omit<PhaseDraft, 'key' | 'items'>>) => editor.edit((draft) => updatePhase(draft, p, changes));
  const move = (by: -1 | 1) => {
    editor.edit((draft) => movePhase(draft, p, by));
    const [toward, away] = by < 0 ? ['up', 'down'] : ['down', 'up'];
    editor.focus(`[data-focus="${phase.key}-${toward}"]`, `[data-focus="${phase.key}-${away}"]`);
  };
  const remove = () => {
    editor.edit((draft) => removePhase(draft, p));
    editor.focus(`[data-path="phases.${Math.min(p, count - 2)}.id"]`);
  };
  const add = () => {
    editor.edit((draft) => addItem(draft, p));
    editor.focus(`[data-path="${path}.items.${phase.items.length}.id"]`);
  };
  return (
    <fieldset className="card template-phase">
      <legend>{t('editor.phase.legend', { n })}</legend>
      <div className="template-phase-tools row">
        <button type="button" className="btn btn-small" data-focus={`${phase.key}-up`} disabled={p === 0} aria-label={t('editor.phase.moveUp', { n })} onClick={() => move(-1)}>
          ↑
        </button>
        <button type="button" className="btn btn-small" data-focus={`${phase.key}-down`} disabled={p === count - 1} aria-label={t('editor.phase.moveDown', { n })} onClick={() => move(1)}>
          ↓
        </button>
        <button type="button" className="btn btn-small btn-danger" disabled={count === 1} aria-label={t('editor.phase.remove', { n })} onClick={remove}>
          {t('editor.remove')}
        </button>
      </div>
      <div className="template-phase-head">
        <TextField label={t('editor.fields.id')} path={`${path}.id`} mono value={phase.id} onChange={(id) => change({ id })} />
        <LocalizedFields label={t('editor.fields.phaseTitle')} path={`${path}.title`} value={phase.title} onChange={(title) => change({ title })} />
      </div>
      {phase.items.map((item, i) => (
        <ItemEditor key={item.key} item={item} phaseIndex={p} index={i} count={phase.items.length} addButton={addButton} editor={editor} />
      ))}
      {itemsError && (
        <p className="field-error" role="alert">
          {itemsError}
        </p>
      )}
      <button type="button" className="btn" data-focus={`${phase.key}-add`} data-path={`${path}.items`} onClick={add}>
        {t('editor.item.add', { n })}
      </button>
    </fieldset>
  );
});
