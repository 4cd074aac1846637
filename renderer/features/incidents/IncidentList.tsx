// Every incident on this device, open ones first (the hook orders them), each
// row opening the incident by click or by Enter on its title.
import { useTranslation } from 'react-i18next';
import { OpenImportButton, useImportBundle } from '../bundle/ImportBundleButton';
import type { Incident } from '../../../shared/domain/incident';
import { useIncidents } from '../../data';
import { TimeText } from '../../components/TimeText';
import { SeverityBadge, StatusBadge } from './badges';
import './incidents.css';

export interface IncidentListProps {
  onOpen(id: string): void;
  onCreate(): void;
}

export function IncidentList({ onOpen, onCreate }: IncidentListProps) {
  const { t } = useTranslation('incidents');
  const incidents = useIncidents();
  // One import dialog for both states below: the import turns "no incidents" into the table,
  // and the dialog must stay on its summary through that; closing it opens the incident.
  const importer = useImportBundle(null, (summary) => onOpen(summary.incidentId));
  if (incidents === undefined) return <p className="page muted">{t('list.loading')}</p>;
  if (incidents.length === 0) {
    return (
      <>
        <section className="page empty" aria-labelledby="incidents-empty">
          <h2 id="incidents-empty">{t('list.empty.heading')}</h2>
          <p>{t('list.empty.line')}</p>
          <div className="row">
            <button type="button" className="btn btn-primary" onClick={onCreate}>
              {t('list.empty.create')}
            </button>
            {/* A responder taking over: start from a colleague's bundle instead. */}
            <OpenImportButton onClick={importer.open} />
          </div>
        </section>
        {importer.dialog}
      </>
    );
  }
  return (
    <>
      <div className="page incident-list">
        <div className="row">
          <h1>{t('list.heading')}</h1>
          <span className="spacer" />
          <OpenImportButton onClick={importer.open} />
        </div>
        <table className="incident-table">
          <thead>
            <tr>
              {(['code', 'title', 'severity', 'status', 'zone', 'detected', 'becameAware', 'created'] as const).map((column) => (
                <th key={column} scope="col">
                  {t(`list.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {incidents.map((incident) => (
              <IncidentRow key={incident.id} incident={incident} onOpen={onOpen} />
            ))}
          </tbody>
        </table>
      </div>
      {importer.dialog}
    </>
  );
}

function IncidentRow({ incident, onOpen }: { incident: Incident; onOpen(id: string): void }) {
  const { t } = useTranslation('incidents');
  const zone = incident.timeZone;
  const anchor = (iso: string | null) => (iso ? <TimeText iso={iso} zone={zone} /> : <span className="muted">{t('list.notRecorded')}</span>);
  return (
    // The title button is the keyboard path (Enter clicks it); the click bubbles here, so the whole row opens.
    <tr className={incident.status === 'closed' ? 'incident-row closed' : 'incident-row'} onClick={() => onOpen(incident.id)}>
      <td className="mono">{incident.code}</td>
      <td>
        <button type="button" className="btn-link incident-open">
          {incident.title}
        </button>
      </td>
      <td>
        <SeverityBadge severity={incident.severity} />
      </td>
      <td>
        <StatusBadge status={incident.status} />
      </td>
      <td className="muted">{zone}</td>
      <td>{anchor(incident.detectedAt)}</td>
      <td>{anchor(incident.becameAwareAt)}</td>
      <td>
        <TimeText iso={incident.createdAt} zone={zone} />
      </td>
    </tr>
  );
}
