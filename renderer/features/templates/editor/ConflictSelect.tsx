// "Conflicts with": a multi-select of the template's other items. Links to ids
// no item has any more stay listed (marked) so they can be deselected.
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import { useFieldError, useItemOptions } from './editorContext';

export interface ConflictSelectProps {
  path: string;
  ownId: string;
  value: readonly string[];
  onChange(value: string[]): void;
}

export function ConflictSelect({ path, ownId, value, onChange }: ConflictSelectProps) {
  const { t } = useTranslation('templates');
  const error = useFieldError(path);
  const items = useItemOptions();
  const others = items.filter((other, index) => other.id !== ownId.trim() && other.id !== '' && items.findIndex((o) => o.id === other.id) === index);
  const missing = value.filter((id) => !others.some((other) => other.id === id));
  return (
    <Field label={t('editor.fields.conflictsWith')} hint={t('editor.conflictsHint')} error={error}>
      <select
        multiple
        size={Math.min(4, Math.max(2, others.length + missing.length))}
        data-path={path}
        value={[...value]}
        onChange={(e) => onChange(Array.from(e.target.selectedOptions, (option) => option.value))}
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
  );
}
