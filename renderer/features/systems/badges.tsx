// Criticality, containment state and the two flags as small badges, with the words
// spelled out (never colour alone).
// The board shows hundreds of these: it translates once and calls the plain
// render functions; single badges elsewhere use the components.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ContainmentState, IncidentSystem } from '../../../shared/domain/system';
import type { Criticality } from './systemDraft';

export function CriticalityBadge({ criticality }: { criticality: Criticality }) {
  return criticalityBadge(useTranslation('systems').t, criticality);
}

export function criticalityBadge(t: TFunction, criticality: Criticality) {
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

type Flags = Pick<IncidentSystem, 'poweredOff' | 'compromiseConfirmed'>;

export function FlagBadges({ system }: { system: Flags }) {
  return flagBadges(useTranslation('systems').t, system);
}

export function flagBadges(t: TFunction, system: Flags) {
  return (
    <>
      {system.compromiseConfirmed && <span className="badge badge-bad">{t('flag.compromiseConfirmed')}</span>}
      {system.poweredOff && <span className="badge sys-flag-off">{t('flag.poweredOff')}</span>}
    </>
  );
}
