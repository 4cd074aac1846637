// A text in both UI languages, side by side. Either may stay empty; the issue
// "empty in both" is shown under the English field.
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../../shared/domain/localized';
import { TextField } from './TextField';

export interface LocalizedFieldsProps {
  label: string;
  path: string;
  value: LocalizedText;
  onChange(value: LocalizedText): void;
  multiline?: boolean;
  autoFocus?: boolean;
}

export function LocalizedFields({ label, path, value, onChange, multiline, autoFocus }: LocalizedFieldsProps) {
  const { t } = useTranslation('templates');
  const named = (language: 'en' | 'ja') => t('editor.inLanguage', { field: label, language: t(`editor.languages.${language}`) });
  return (
    <div className="template-localized">
      <TextField
        label={named('en')}
        path={`${path}.en`}
        alsoErrorsAt={path}
        lang="en"
        value={value.en}
        multiline={multiline}
        autoFocus={autoFocus}
        onChange={(en) => onChange({ ...value, en })}
      />
      <TextField label={named('ja')} path={`${path}.ja`} lang="ja" value={value.ja} multiline={multiline} onChange={(ja) => onChange({ ...value, ja })} />
    </div>
  );
}
