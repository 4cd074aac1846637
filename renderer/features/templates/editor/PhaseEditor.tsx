// One phase of the template: its id and title, then its items in order.
import { useTranslation } from 'react-i18next';
import type { ItemDraft, PhaseDraft } from './draft';
import { useContainerError } from './issuesContext';
import { ItemEditor, type ItemOption } from './ItemEditor';
import { LocalizedFields } from './LocalizedFields';
import { TextField } from './TextField';

export interface PhaseEditorProps {
  phase: PhaseDraft;
  index: number;
  count: number;
  items: readonly ItemOption[];
  onChange(change: Partial<Omit<PhaseDraft, 'key' | 'items'>>): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
  onItemChange(i: number, change: Partial<Omit<ItemDraft, 'key'>>): void;
  onItemMove(i: number, by: -1 | 1): void;
  onItemRemove(i: number): void;
  onItemAdd(): void;
}

export function PhaseEditor(props: PhaseEditorProps) {
  const { phase, index, count, items, onChange, onMove, onRemove } = props;
  const { t } = useTranslation('templates');
  const n = index + 1;
  const path = `phases.${index}`;
  const itemsError = useContainerError(`${path}.items`);
  return (
    <fieldset className="card template-phase">
      <legend>{t('editor.phase.legend', { n })}</legend>
      <div className="template-phase-tools row">
        <button type="button" className="btn btn-small" data-focus={`${phase.key}-up`} disabled={index === 0} aria-label={t('editor.phase.moveUp', { n })} onClick={() => onMove(-1)}>
          ↑
        </button>
        <button type="button" className="btn btn-small" data-focus={`${phase.key}-down`} disabled={index === count - 1} aria-label={t('editor.phase.moveDown', { n })} onClick={() => onMove(1)}>
          ↓
        </button>
        <button type="button" className="btn btn-small btn-danger" disabled={count === 1} aria-label={t('editor.phase.remove', { n })} onClick={onRemove}>
          {t('editor.remove')}
        </button>
      </div>
      <div className="template-phase-head">
        <TextField label={t('editor.fields.id')} path={`${path}.id`} mono value={phase.id} onChange={(id) => onChange({ id })} />
        <LocalizedFields label={t('editor.fields.phaseTitle')} path={`${path}.title`} value={phase.title} onChange={(title) => onChange({ title })} />
      </div>
      {phase.items.map((item, i) => (
        <ItemEditor
          key={item.key}
          item={item}
          path={`${path}.items.${i}`}
          number={`${n}.${i + 1}`}
          items={items}
          isFirst={i === 0}
          isLast={i === phase.items.length - 1}
          isOnly={phase.items.length === 1}
          onChange={(change) => props.onItemChange(i, change)}
          onMove={(by) => props.onItemMove(i, by)}
          onRemove={() => props.onItemRemove(i)}
        />
      ))}
      {itemsError && (
        <p className="field-error" role="alert">
          {itemsError}
        </p>
      )}
      <button type="button" className="btn" data-focus={`${phase.key}-add`} data-path={`${path}.items`} onClick={props.onItemAdd}>
        {t('editor.item.add', { n })}
      </button>
    </fieldset>
  );
}
