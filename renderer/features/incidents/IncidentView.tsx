// One incident: its compact header, then its log filling the rest of the window.
import { useEffect, useRef } from 'react';
import { useIncident } from '../../data';
import { LogView } from '../log/LogView';
import { IncidentHeader } from './IncidentHeader';
import './incidents.css';

export function IncidentView({ incidentId, onMissing }: { incidentId: string; onMissing(): void }) {
  const incident = useIncident(incidentId);
  const reported = useRef(false);
  useEffect(() => {
    // Deleted elsewhere (or a stale "last incident"): tell the shell once, not on every render.
    if (incident !== null || reported.current) return;
    reported.current = true;
    onMissing();
  }, [incident, onMissing]);

  if (!incident) return null;
  return (
    <div className="incident-view">
      <IncidentHeader incident={incident} />
      <div className="incident-log">
        <LogView incident={incident} />
      </div>
    </div>
  );
}
