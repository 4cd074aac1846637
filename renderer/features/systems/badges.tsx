// Criticality, containment state and the two flags as small badges, with the words
// spelled out (never colour alone).
import { useTranslation } from 'react-i18next';
import type { ContainmentState, IncidentSystem } from '../../../shared/domain/system';
import type { Criticality } from './systemDraft';

export function CriticalityBadge({ criticality }: { criticality: Criticality }) {
  const { t } = useTranslation('systems');
  const label = t(`criticality.${criticality}`);
  return (
    <span className={`badge sys-crit sys-crit-${criticality}`} title={t('fields.criticalityIs', { criticality: label })}>
      {label}
    </span>
  );
}

export function StateBadge({ state }: { state: ContainmentState }) {
  const { t } = useTranslation('systems');
  return <span className={`badge sys-state sys-state-${state}`}>{t(`state.${state}`)}</span>;
}

export function FlagBadges({ system }: { system: Pick<IncidentSystem, 'poweredOff' | 'compromiseConfirmed'> }) {
  const { t } = useTranslation('systems');
  return (
    <>
      {system.compromiseConfirmed && <span className="badge badge-bad">{t('flag.compromiseConfirmed')}</span>}
      {system.poweredOff && <span className="badge sys-flag-off">{t('flag.poweredOff')}</span>}
    </>
  );
}
