// One system on the board: name (opens its page), type, criticality, addresses,
// flags, tags, and how far the checklist runs that target it have got.
// The board passes its `t` in: a translation hook per card costs whole frames at 500 cards.
import { memo } from 'react';
import type { TFunction } from 'i18next';
import type { IncidentSystem } from '../../../shared/domain/system';
import { criticalityBadge, flagBadges } from './badges';
import { runMeter } from './RunMeter';
import type { SystemRunProgress } from './runProgress';

export interface SystemCardProps {
  system: IncidentSystem;
  runs: readonly SystemRunProgress[];
  onOpen(id: string): void;
  t: TFunction;
  language: string;
}

export const SystemCard = memo(function SystemCard({ system, runs, onOpen, t, language }: SystemCardProps) {
  return (
    <li className={`sys-card sys-card-${system.criticality}`} data-system-id={system.id}>
      <div className="sys-card-head">
        <button type="button" className="btn-link sys-card-name" onClick={() => onOpen(system.id)}>
          {system.name}
        </button>
        <span className="spacer" />
        {criticalityBadge(t, system.criticality)}
      </div>
      <div className="sys-card-line small">
        <span className="muted">{t(`type.${system.type}`)}</span>
        {system.addresses.length > 0 && <span className="mono sys-card-addresses">{system.addresses.join(', ')}</span>}
      </div>
      {(system.poweredOff || system.compromiseConfirmed || system.tags.length > 0) && (
        <div className="sys-card-line small">
          {flagBadges(t, system)}
          {system.tags.map((tag) => (
            <span key={tag} className="tag">
              #{tag}
            </span>
          ))}
        </div>
      )}
      {runs.map(({ run, progress }) => runMeter(t, language, { run, progress, compact: true }))}
    </li>
  );
});
