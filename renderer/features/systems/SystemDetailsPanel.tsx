// A system's details as a definition list, with "Edit details".
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentSystem } from '../../../shared/domain/system';
import { EditSystemDialog } from './EditSystemDialog';

export function SystemDetailsPanel({ system }: { system: IncidentSystem }) {
  const { t } = useTranslation('systems');
  const titleId = useId();
  const [editing, setEditing] = useState(false);
  const none = <span className="muted">{t('page.none')}</span>;
  return (
    <section className="sys-panel" aria-labelledby={titleId}>
      <div className="row">
        <h3 id={titleId}>{t('page.details')}</h3>
        <span className="spacer" />
        <button type="button" className="btn btn-small" onClick={() => setEditing(true)}>
          {t('page.edit')}
        </button>
      </div>
      <dl className="sys-details">
        <dt>{t('fields.type')}</dt>
        <dd>{t(`type.${system.type}`)}</dd>
        <dt>{t('fields.criticality')}</dt>
        <dd>{t(`criticality.${system.criticality}`)}</dd>
        <dt>{t('fields.addresses')}</dt>
        <dd className="mono">{system.addresses.length > 0 ? system.addresses.join(', ') : none}</dd>
        <dt>{t('fields.owner')}</dt>
        <dd>{system.owner || none}</dd>
        <dt>{t('fields.location')}</dt>
        <dd>{system.location || none}</dd>
        <dt>{t('fields.tags')}</dt>
        <dd>{system.tags.length > 0 ? system.tags.map((tag) => <span key={tag} className="tag">#{tag}</span>) : none}</dd>
        <dt>{t('fields.notes')}</dt>
        <dd className="sys-notes">{system.notes || none}</dd>
      </dl>
      {editing && <EditSystemDialog system={system} onClose={() => setEditing(false)} />}
    </section>
  );
}
