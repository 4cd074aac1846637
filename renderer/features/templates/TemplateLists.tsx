// The two lists of the templates screen: built-in, then the responder's own.
import { useTranslation } from 'react-i18next';
import type { ChecklistTemplate } from '../../../shared/domain/checklistTemplate';
import type { StoredTemplate } from '../../data';
import { TemplateCard } from './TemplateCard';

export interface TemplateListsProps {
  builtIn: readonly ChecklistTemplate[];
  own: readonly StoredTemplate[];
  onDuplicate(template: ChecklistTemplate): void;
  onEdit(template: StoredTemplate): void;
  onExport(template: ChecklistTemplate): void;
  onDelete(template: StoredTemplate): void;
}

export function TemplateLists({ builtIn, own, onDuplicate, onEdit, onExport, onDelete }: TemplateListsProps) {
  const { t } = useTranslation('templates');
  return (
    <>
      <section className="templates-section" aria-labelledby="templates-own">
        <h2 id="templates-own">{t('sections.own')}</h2>
        {own.length === 0 ? (
          <p className="muted">{t('sections.ownEmpty')}</p>
        ) : (
          <ul className="template-list">
            {own.map((template) => (
              <li key={template.id}>
                <TemplateCard
                  template={template}
                  builtIn={false}
                  onEdit={() => onEdit(template)}
                  onDuplicate={() => onDuplicate(template)}
                  onExport={() => onExport(template)}
                  onDelete={() => onDelete(template)}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="templates-section" aria-labelledby="templates-built-in">
        <h2 id="templates-built-in">{t('sections.builtIn')}</h2>
        <ul className="template-list">
          {builtIn.map((template) => (
            <li key={template.id}>
              <TemplateCard template={template} builtIn onDuplicate={() => onDuplicate(template)} onExport={() => onExport(template)} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
