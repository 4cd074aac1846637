// Who is writing: name (required, stamped into every entry), role and organisation.
// Shared by first-run onboarding and the settings screen.
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';

export interface ProfileDraft {
  name: string;
  role: string;
  organization: string;
}

export const EMPTY_PROFILE: ProfileDraft = { name: '', role: '', organization: '' };

export interface ProfileFieldsProps {
  value: ProfileDraft;
  onChange(value: ProfileDraft): void;
  nameRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
}

export function ProfileFields({ value, onChange, nameRef, autoFocus }: ProfileFieldsProps) {
  const { t } = useTranslation('settings');
  const set = (key: keyof ProfileDraft) => (event: { target: { value: string } }) => onChange({ ...value, [key]: event.target.value });
  return (
    <>
      <Field label={t('profile.name')} hint={t('profile.nameHint')}>
        <input ref={nameRef} type="text" value={value.name} onChange={set('name')} autoComplete="name" maxLength={120} autoFocus={autoFocus} />
      </Field>
      <Field label={t('profile.role')} hint={t('profile.roleHint')}>
        <input type="text" value={value.role} onChange={set('role')} autoComplete="organization-title" maxLength={120} />
      </Field>
      <Field label={t('profile.organization')}>
        <input type="text" value={value.organization} onChange={set('organization')} autoComplete="organization" maxLength={200} />
      </Field>
    </>
  );
}
