// A due time in the incident's zone, then in each other zone the reader cares about
// (the device's, the chosen second zone), each labelled with its zone name.
import { TimeText } from '../../components/TimeText';

export function DueTimes({ iso, zones }: { iso: string; zones: readonly string[] }) {
  const [main, ...others] = zones;
  return (
    <span className="dl-due-times">
      <span className="dl-due-main">
        <TimeText iso={iso} zone={main!} precision="minute" /> <span className="dl-zone">{main}</span>
      </span>
      {others.map((zone) => (
        <span key={zone} className="dl-due-other">
          <TimeText iso={iso} zone={zone} precision="minute" /> <span className="dl-zone">{zone}</span>
        </span>
      ))}
    </span>
  );
}

/** The incident's zone first, then the device's and the second zone when they differ. */
export const displayZones = (incidentZone: string, deviceZone: string, secondaryZone: string | null | undefined): string[] =>
  [...new Set([incidentZone, deviceZone, ...(secondaryZone ? [secondaryZone] : [])])];
