// One system on the board: name (opens its page), type, criticality, addresses,
// flags, tags, and how far the checklist runs that target it have got.
import { useTranslation } from 'react-i18next';
import type { IncidentSystem } from '../../../shared/domain/system';
import { CriticalityBadge, FlagBadges } from './badges';
import { RunMeter } from './RunMeter';
import type { SystemRunProgress } from './runProgress';

export interface SystemCardProps {
  system: IncidentSystem;
  runs: readonly SystemRunProgress[];
  onOpen(id: string): void;
}

export function SystemCard({ system, runs, onOpen }: SystemCardProps) {
  const { t } = useTranslation('systems');
  return (
    <li className={`sys-card sys-card-${system.criticality}`} data-system-id={system.id}>
      <div className="sys-card-head">
        <button type="button" className="btn-link sys-card-name" onClick={() => onOpen(system.id)}>
          {system.name}
        </button>
        <span className="spacer" />
        <CriticalityBadge criticality={system.criticality} />
      </div>
      <div className="sys-card-line small">
        <span className="muted">{t(`type.${system.type}`)}</span>
        {system.addresses.length > 0 && <span className="mono sys-card-addresses">{system.addresses.join(', ')}</span>}
      </div>
      {(system.poweredOff || system.compromiseConfirmed || system.tags.length > 0) && (
        <div className="sys-card-line small">
          <FlagBadges system={system} />
          {system.tags.map((tag) => (
            <span key={tag} className="tag">
              #{tag}
            </span>
          ))}
        </div>
      )}
      {runs.map(({ run, progress }) => (
        <RunMeter key={run.id} run={run} progress={progress} compact />
      ))}
    </li>
  );
}
