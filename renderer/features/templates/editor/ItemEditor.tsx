// One checklist item: id, text, sources, how well it is backed, and which other
// items pull against it (with the trade-off shown beside both).
import { useTranslation } from 'react-i18next';
import { EVIDENCE_STATUSES } from '../../../../shared/domain/checklistTemplate';
import { Field } from '../../../components/Field';
import type { EvidenceStatus, ItemDraft } from './draft';
import { useFieldError } from './issuesContext';
import { LocalizedFields } from './LocalizedFields';
import { TextField } from './TextField';

export interface ItemOption {
  id: string;
  text: string;
}

export interface ItemEditorProps {
  item: ItemDraft;
  /** Dotted draft path of this item, e.g. `phases.1.items.0`. */
  path: string;
  /** `1.2` for the second item of the first phase. */
  number: string;
  /** Every item of the template, this one included; it is left out of its own conflict list. */
  items: readonly ItemOption[];
  isFirst: boolean;
  isLast: boolean;
  isOnly: boolean;
  onChange(change: Partial<Omit<ItemDraft, 'key'>>): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}

export function ItemEditor({ item, path, number, items, isFirst, isLast, isOnly, onChange, onMove, onRemove }: ItemEditorProps) {
  const { t } = useTranslation('templates');
  const conflictError = useFieldError(`${path}.conflictsWith`);
  const statusError = useFieldError(`${path}.evidenceStatus`);
  const others = items.filter((other, index) => other.id !== item.id.trim() && other.id !== '' && items.findIndex((o) => o.id === other.id) === index);
  const missing = item.conflictsWith.filter((id) => !others.some((other) => other.id === id));
  return (
    <fieldset className="template-item">
      <legend>{t('editor.item.legend', { n: number })}</legend>
      <div className="template-item-tools row">
        <button type="button" className="btn btn-small" data-focus={`${item.key}-up`} disabled={isFirst} aria-label={t('editor.item.moveUp', { n: number })} onClick={() => onMove(-1)}>
          ↑
        </button>
        <button type="button" className="btn btn-small" data-focus={`${item.key}-down`} disabled={isLast} aria-label={t('editor.item.moveDown', { n: number })} onClick={() => onMove(1)}>
          ↓
        </button>
        <button type="button" className="btn btn-small btn-danger" disabled={isOnly} aria-label={t('editor.item.remove', { n: number })} onClick={onRemove}>
          {t('editor.remove')}
        </button>
      </div>
      <div className="template-item-row">
        <TextField label={t('editor.fields.id')} path={`${path}.id`} mono value={item.id} onChange={(id) => onChange({ id })} />
        <Field label={t('editor.fields.evidenceStatus')} error={statusError}>
          <select data-path={`${path}.evidenceStatus`} value={item.evidenceStatus} onChange={(e) => onChange({ evidenceStatus: e.target.value as EvidenceStatus })}>
            {EVIDENCE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`evidence.${status}`)}
              </option>
            ))}
          </select>
        </Field>
        <TextField label={t('editor.fields.sources')} path={`${path}.sources`} mono hint={t('editor.sourcesHint')} value={item.sources} onChange={(sources) => onChange({ sources })} />
      </div>
      <LocalizedFields label={t('editor.fields.text')} path={`${path}.text`} multiline value={item.text} onChange={(text) => onChange({ text })} />
      <div className="template-item-conflict">
        <Field label={t('editor.fields.conflictsWith')} hint={t('editor.conflictsHint')} error={conflictError}>
          <select
            multiple
            size={Math.min(4, Math.max(2, others.length + missing.length))}
            data-path={`${path}.conflictsWith`}
            value={item.conflictsWith}
            onChange={(e) => onChange({ conflictsWith: Array.from(e.target.selectedOptions, (option) => option.value) })}
          >
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.text ? `${other.id} · ${other.text}` : other.id}
              </option>
            ))}
            {missing.map((id) => (
              <option key={`missing-${id}`} value={id}>
                {t('editor.missingItem', { id })}
              </option>
            ))}
          </select>
        </Field>
        <LocalizedFields label={t('editor.fields.tradeOff')} path={`${path}.tradeOff`} multiline value={item.tradeOff} onChange={(tradeOff) => onChange({ tradeOff })} />
      </div>
    </fieldset>
  );
}
