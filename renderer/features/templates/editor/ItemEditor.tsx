// One checklist item: id, text, sources, how well it is backed, and which other
// items pull against it (with the trade-off shown beside both). Re-renders only
// when its own item, position or the issues change.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_STATUSES } from '../../../../shared/domain/checklistTemplate';
import { Field } from '../../../components/Field';
import { ConflictSelect } from './ConflictSelect';
import type { EvidenceStatus, ItemDraft } from './draft';
import { moveItem, removeItem, updateItem, type DraftEditor } from './draftEdits';
import { useFieldError } from './editorContext';
import { LocalizedFields } from './LocalizedFields';
import { TextField } from './TextField';

export interface ItemEditorProps {
  item: ItemDraft;
  phaseIndex: number;
  index: number;
  /** Items in this phase. */
  count: number;
  /** Focus target when the last item is removed. */
  addButton: string;
  editor: DraftEditor;
}

export const ItemEditor = memo(function ItemEditor({ item, phaseIndex: p, index: i, count, addButton, editor }: ItemEditorProps) {
  const { t } = useTranslation('templates');
  const path = `phases.${p}.items.${i}`;
  const n = `${p + 1}.${i + 1}`;
  const statusError = useFieldError(`${path}.evidenceStatus`);
  const change = (changes: Partial<Omit<ItemDraft, 'key'>>) => editor.edit((draft) => updateItem(draft, p, i, changes));
  const move = (by: -1 | 1) => {
    editor.edit((draft) => moveItem(draft, p, i, by));
    const [toward, away] = by < 0 ? ['up', 'down'] : ['down', 'up'];
    editor.focus(`[data-focus="${item.key}-${toward}"]`, `[data-focus="${item.key}-${away}"]`);
  };
  const remove = () => {
    editor.edit((draft) => removeItem(draft, p, i));
    editor.focus(`[data-path="phases.${p}.items.${Math.min(i, count - 2)}.id"]`, addButton);
  };
  return (
    <fieldset className="template-item">
      <legend>{t('editor.item.legend', { n })}</legend>
      <div className="template-item-tools row">
        <button type="button" className="btn btn-small" data-focus={`${item.key}-up`} disabled={i === 0} aria-label={t('editor.item.moveUp', { n })} onClick={() => move(-1)}>
          ↑
        </button>
        <button type="button" className="btn btn-small" data-focus={`${item.key}-down`} disabled={i === count - 1} aria-label={t('editor.item.moveDown', { n })} onClick={() => move(1)}>
          ↓
        </button>
        <button type="button" className="btn btn-small btn-danger" disabled={count === 1} aria-label={t('editor.item.remove', { n })} onClick={remove}>
          {t('editor.remove')}
        </button>
      </div>
      <div className="template-item-row">
        <TextField label={t('editor.fields.id')} path={`${path}.id`} mono value={item.id} onChange={(id) => change({ id })} />
        <Field label={t('editor.fields.evidenceStatus')} error={statusError}>
          <select data-path={`${path}.evidenceStatus`} value={item.evidenceStatus} onChange={(e) => change({ evidenceStatus: e.target.value as EvidenceStatus })}>
            {EVIDENCE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`evidence.${status}`)}
              </option>
            ))}
          </select>
        </Field>
        <TextField label={t('editor.fields.sources')} path={`${path}.sources`} mono hint={t('editor.sourcesHint')} value={item.sources} onChange={(sources) => change({ sources })} />
      </div>
      <LocalizedFields label={t('editor.fields.text')} path={`${path}.text`} multiline value={item.text} onChange={(text) => change({ text })} />
      <div className="template-item-conflict">
        <ConflictSelect path={`${path}.conflictsWith`} ownId={item.id} value={item.conflictsWith} onChange={(conflictsWith) => change({ conflictsWith })} />
        <LocalizedFields label={t('editor.fields.tradeOff')} path={`${path}.tradeOff`} multiline value={item.tradeOff} onChange={(tradeOff) => change({ tradeOff })} />
      </div>
    </fieldset>
  );
});
