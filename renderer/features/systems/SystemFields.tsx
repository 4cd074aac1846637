// The editable details of a system, shared by "Add system" and "Edit details".
import { useTranslation } from 'react-i18next';
import { CRITICALITIES, SYSTEM_TYPES } from '../../../shared/domain/system';
import { Field } from '../../components/Field';
import type { Criticality, SystemDraft, SystemType } from './systemDraft';

export interface SystemFieldsProps {
  value: SystemDraft;
  onChange(value: SystemDraft): void;
  nameError?: string | null;
}

export function SystemFields({ value, onChange, nameError }: SystemFieldsProps) {
  const { t } = useTranslation('systems');
  const set = <K extends keyof SystemDraft>(key: K, next: SystemDraft[K]) => onChange({ ...value, [key]: next });
  return (
    <>
      <Field label={t('fields.name')} hint={t('fields.nameHint')} error={nameError}>
        <input type="text" value={value.name} onChange={(e) => set('name', e.target.value)} maxLength={200} autoFocus required />
      </Field>
      <div className="sys-fields-row">
        <Field label={t('fields.type')}>
          <select value={value.type} onChange={(e) => set('type', e.target.value as SystemType)}>
            {SYSTEM_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`type.${type}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('fields.criticality')}>
          <select value={value.criticality} onChange={(e) => set('criticality', e.target.value as Criticality)}>
            {CRITICALITIES.map((criticality) => (
              <option key={criticality} value={criticality}>
                {t(`criticality.${criticality}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label={t('fields.addresses')} hint={t('fields.addressesHint')}>
        <input type="text" className="mono" value={value.addresses} onChange={(e) => set('addresses', e.target.value)} />
      </Field>
      <div className="sys-fields-row">
        <Field label={t('fields.owner')}>
          <input type="text" value={value.owner} onChange={(e) => set('owner', e.target.value)} maxLength={200} />
        </Field>
        <Field label={t('fields.location')}>
          <input type="text" value={value.location} onChange={(e) => set('location', e.target.value)} maxLength={200} />
        </Field>
      </div>
      <Field label={t('fields.tags')} hint={t('fields.tagsHint')}>
        <input type="text" value={value.tags} onChange={(e) => set('tags', e.target.value)} />
      </Field>
      <Field label={t('fields.notes')}>
        <textarea rows={3} value={value.notes} onChange={(e) => set('notes', e.target.value)} maxLength={4000} />
      </Field>
    </>
  );
}
