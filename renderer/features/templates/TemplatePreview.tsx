// A read-only view of a template's phases and items, in the UI language.
import { useTranslation } from 'react-i18next';
import type { ChecklistTemplate } from '../../../shared/domain/checklistTemplate';
import { localized } from '../../../shared/domain/localized';

export function TemplatePreview({ template, id }: { template: ChecklistTemplate; id: string }) {
  const { t, i18n } = useTranslation('templates');
  const text = (value: Parameters<typeof localized>[0]) => localized(value, i18n.language);
  return (
    <div id={id} className="template-preview">
      {template.description && <p className="muted">{text(template.description)}</p>}
      <ol className="template-preview-phases">
        {template.phases.map((phase) => (
          <li key={phase.id}>
            <h4>
              {text(phase.title)} <span className="mono muted">{phase.id}</span>
            </h4>
            <ol className="template-preview-items">
              {phase.items.map((item) => (
                <li key={item.id}>
                  <span className="mono muted">{item.id}</span> {text(item.text)}{' '}
                  <span className={`badge evidence-${item.evidenceStatus}`}>{t(`evidence.${item.evidenceStatus}`)}</span>
                  {item.sources.length > 0 && <span className="muted mono"> {item.sources.join(', ')}</span>}
                  {item.conflictsWith.length > 0 && (
                    <p className="template-preview-conflict">
                      {t('preview.conflicts', { ids: item.conflictsWith.join(', ') })}
                      {item.tradeOff && ` — ${text(item.tradeOff)}`}
                    </p>
                  )}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </div>
  );
}
