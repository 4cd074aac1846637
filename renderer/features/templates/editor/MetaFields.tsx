// The template as a whole: id, version, titles, descriptions and scope.
import { useTranslation } from 'react-i18next';
import { TEMPLATE_SCOPES } from '../../../../shared/domain/checklistTemplate';
import { Field } from '../../../components/Field';
import type { TemplateDraft, TemplateScope } from './draft';
import { useFieldError } from './editorContext';
import { LocalizedFields } from './LocalizedFields';
import { TextField } from './TextField';

export interface MetaFieldsProps {
  draft: TemplateDraft;
  onChange(change: Partial<TemplateDraft>): void;
  /** An edit keeps the saved template's id and raises its version. */
  editing: boolean;
}

export function MetaFields({ draft, onChange, editing }: MetaFieldsProps) {
  const { t } = useTranslation('templates');
  const scopeError = useFieldError('scope');
  return (
    <section className="card template-meta" aria-labelledby="template-meta-heading">
      <h2 id="template-meta-heading">{t('editor.about')}</h2>
      <div className="template-meta-row">
        <TextField
          label={t('editor.fields.id')}
          path="id"
          mono
          value={draft.id}
          readOnly={editing}
          autoFocus={!editing}
          hint={editing ? t('editor.idLocked') : t('editor.idHint')}
          onChange={(id) => onChange({ id })}
        />
        <TextField
          label={t('editor.fields.version')}
          path="version"
          inputMode="numeric"
          value={draft.version}
          hint={editing ? t('editor.versionBumped') : undefined}
          onChange={(version) => onChange({ version })}
        />
        <Field label={t('editor.fields.scope')} error={scopeError}>
          <select data-path="scope" value={draft.scope} onChange={(e) => onChange({ scope: e.target.value as TemplateScope })}>
            {TEMPLATE_SCOPES.map((scope) => (
              <option key={scope} value={scope}>
                {t(`scope.${scope}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <LocalizedFields label={t('editor.fields.title')} path="title" value={draft.title} autoFocus={editing} onChange={(title) => onChange({ title })} />
      <LocalizedFields label={t('editor.fields.description')} path="description" multiline value={draft.description} onChange={(description) => onChange({ description })} />
    </section>
  );
}
