// Choosing a template to start: built-in ones first, then the responder's own,
// each with its size and whether it runs per system.
import { useTranslation } from 'react-i18next';
import { templateItems, type ChecklistTemplate } from '../../../shared/domain/checklistTemplate';
import { useChecklistTexts } from './checklistTexts';

export interface TemplatePickerProps {
  builtIn: readonly ChecklistTemplate[];
  own: readonly ChecklistTemplate[];
  value: string | null;
  onChange(id: string): void;
}

export function TemplatePicker({ builtIn, own, value, onChange }: TemplatePickerProps) {
  const { t } = useTranslation('checklists');
  const group = (legend: string, templates: readonly ChecklistTemplate[]) =>
    templates.length > 0 && (
      <fieldset className="cl-template-group">
        <legend>{legend}</legend>
        {templates.map((template) => (
          <TemplateOption key={template.id} template={template} checked={template.id === value} onChange={onChange} />
        ))}
      </fieldset>
    );
  return (
    <div className="cl-template-picker" role="radiogroup" aria-label={t('start.templates')}>
      {group(t('start.builtIn'), builtIn)}
      {group(t('start.own'), own)}
    </div>
  );
}

function TemplateOption({ template, checked, onChange }: { template: ChecklistTemplate; checked: boolean; onChange(id: string): void }) {
  const { t } = useTranslation('checklists');
  const texts = useChecklistTexts();
  return (
    <label className={checked ? 'cl-template-option checked' : 'cl-template-option'}>
      <input type="radio" name="template" value={template.id} checked={checked} onChange={() => onChange(template.id)} />
      <span className="cl-template-text">
        <span className="cl-template-title">{texts.text(template.title)}</span>
        <span className="muted small">
          {t('start.items', { count: templateItems(template).length })} · {t(`start.scope.${template.scope}`)}
        </span>
        {template.description && <span className="cl-template-description small">{texts.text(template.description)}</span>}
      </span>
    </label>
  );
}
