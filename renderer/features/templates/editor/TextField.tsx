// One text input (or textarea) of the template editor, labelled, tied to its
// draft path (for the issue summary to focus it) and showing its own issues.
import { Field } from '../../../components/Field';
import { useFieldError } from './editorContext';

export interface TextFieldProps {
  label: string;
  path: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  multiline?: boolean;
  /** Also show issues at exactly this path (a localized text empty in both languages). */
  alsoErrorsAt?: string;
  readOnly?: boolean;
  autoFocus?: boolean;
  lang?: string;
  mono?: boolean;
  inputMode?: 'numeric';
}

export function TextField({ label, path, value, onChange, hint, multiline, alsoErrorsAt, readOnly, autoFocus, lang, mono, inputMode }: TextFieldProps) {
  const error = useFieldError(path, alsoErrorsAt);
  const common = { 'data-path': path, value, readOnly, autoFocus, lang, className: mono ? 'mono' : undefined };
  return (
    <Field label={label} hint={hint} error={error}>
      {multiline ? (
        <textarea rows={2} {...common} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input type="text" inputMode={inputMode} spellCheck={mono ? false : undefined} {...common} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}
