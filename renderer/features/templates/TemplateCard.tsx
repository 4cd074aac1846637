// One template in the list: what it is (title, id, version, scope, size), the
// actions allowed on it, and its phases and items on demand.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistTemplate } from '../../../shared/domain/checklistTemplate';
import { localized } from '../../../shared/domain/localized';
import type { StoredTemplate } from '../../data';
import { TemplatePreview } from './TemplatePreview';

export interface TemplateCardProps {
  template: ChecklistTemplate | StoredTemplate;
  builtIn: boolean;
  onDuplicate(): void;
  onExport(): void;
  onEdit?(): void;
  onDelete?(): void;
}

export function TemplateCard({ template, builtIn, onDuplicate, onExport, onEdit, onDelete }: TemplateCardProps) {
  const { t, i18n } = useTranslation('templates');
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const previewId = useId();
  const title = localized(template.title, i18n.language);
  const itemCount = template.phases.reduce((sum, phase) => sum + phase.items.length, 0);
  const basedOn = 'basedOn' in template ? template.basedOn : null;
  const action = (key: string, onClick: () => void, className = 'btn btn-small') => (
    <button type="button" className={className} aria-label={t(`actions.${key}Named`, { title })} onClick={onClick}>
      {t(`actions.${key}`)}
    </button>
  );
  return (
    <article className="card template-card" aria-labelledby={headingId}>
      <header className="row">
        <h3 id={headingId}>{title}</h3>
        {builtIn && <span className="badge badge-builtin">{t('builtInBadge')}</span>}
      </header>
      <dl className="template-facts">
        <Fact term={t('facts.id')}>
          <span className="mono">{template.id}</span>
        </Fact>
        <Fact term={t('facts.version')}>{template.version}</Fact>
        <Fact term={t('facts.scope')}>{t(`scope.${template.scope}`)}</Fact>
        <Fact term={t('facts.size')}>
          {t('facts.phases', { count: template.phases.length })} · {t('facts.items', { count: itemCount })}
        </Fact>
        {basedOn && (
          <Fact term={t('facts.basedOn')}>
            <span className="mono">{basedOn.id}</span> {t('facts.versionShort', { version: basedOn.version })}
          </Fact>
        )}
      </dl>
      <div className="row">
        {onEdit && action('edit', onEdit)}
        {action('duplicate', onDuplicate)}
        {action('export', onExport)}
        {onDelete && action('delete', onDelete, 'btn btn-small btn-danger')}
        <span className="spacer" />
        <button
          type="button"
          className="btn-link"
          aria-expanded={open}
          aria-controls={open ? previewId : undefined}
          aria-label={t(open ? 'actions.hidePreviewNamed' : 'actions.showPreviewNamed', { title })}
          onClick={() => setOpen(!open)}
        >
          {open ? t('actions.hidePreview') : t('actions.showPreview')}
        </button>
      </div>
      {open && <TemplatePreview template={template} id={previewId} />}
    </article>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
