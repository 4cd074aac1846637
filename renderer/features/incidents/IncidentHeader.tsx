// The incident's one- or two-line header above its log: what it is, how bad,
// whether it is open, its clock anchors, and the actions that change it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Anchor, Incident } from '../../../shared/domain/incident';
import { useSetting } from '../../data';
import { TimeText } from '../../components/TimeText';
import { SeverityBadge, StatusBadge } from './badges';
import { EditDetailsDialog } from './EditDetailsDialog';
import { RecordAnchorDialog } from './RecordAnchorDialog';
import { StatusDialog } from './StatusDialog';
import { DeadlinesButton } from '../deadlines/DeadlinesButton';
import { ExportBundleButton } from '../bundle/ExportBundleButton';
import { ImportBundleButton } from '../bundle/ImportBundleButton';
import { ExportTimelineButton } from '../export/ExportTimelineButton';
import './incidents.css';

type OpenDialog = 'edit' | 'status' | Anchor | null;

export function IncidentHeader({ incident, onOpenDeadlines }: { incident: Incident; onOpenDeadlines(): void }) {
  const { t } = useTranslation('incidents');
  const secondaryZone = useSetting('secondaryZone') ?? null;
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const close = () => setDialog(null);
  const closed = incident.status === 'closed';

  const anchor = (which: Anchor, iso: string | null) => (
    <span className="incident-anchor">
      <span className="muted">{t(`anchors.${which}.label`)}</span>{' '}
      {iso ? <TimeText iso={iso} zone={incident.timeZone} secondaryZone={secondaryZone} /> : <span className="muted">{t('header.notRecorded')}</span>}{' '}
      <button type="button" className="btn btn-small" onClick={() => setDialog(which)}>
        {t(iso ? `anchors.${which}.change` : `anchors.${which}.record`)}
      </button>
    </span>
  );

  return (
    <header className="incident-header">
      <div className="row incident-header-line">
        <h1 className="incident-title">{incident.title}</h1>
        {incident.code && <span className="mono incident-code">{incident.code}</span>}
        <SeverityBadge severity={incident.severity} />
        <StatusBadge status={incident.status} />
        <span className="muted" title={t('fields.zone')}>
          {incident.timeZone}
        </span>
        <span className="spacer" />
        <ExportTimelineButton incident={incident} className="btn btn-small" />
        <ImportBundleButton incident={incident} className="btn btn-small" />
        <ExportBundleButton incident={incident} className="btn btn-small" />
        <button type="button" className="btn" onClick={() => setDialog('edit')}>
          {t('header.edit')}
        </button>
        <button type="button" className="btn" onClick={() => setDialog('status')}>
          {closed ? t('header.reopen') : t('header.close')}
        </button>
      </div>
      <div className="row incident-header-line">
        {anchor('detected', incident.detectedAt)}
        {anchor('became-aware', incident.becameAwareAt)}
        <span className="spacer" />
        <DeadlinesButton incident={incident} onOpen={onOpenDeadlines} />
      </div>
      {closed && incident.closedAt && (
        <p className="incident-closed-banner" role="status">
          <strong>{t('header.closedBanner')}</strong> <TimeText iso={incident.closedAt} zone={incident.timeZone} />{' '}
          <span>{t('header.closedStillOpen')}</span>
        </p>
      )}
      {dialog === 'edit' && <EditDetailsDialog incident={incident} onClose={close} />}
      {dialog === 'status' && <StatusDialog incident={incident} onClose={close} />}
      {(dialog === 'detected' || dialog === 'became-aware') && <RecordAnchorDialog incident={incident} anchor={dialog} onClose={close} />}
    </header>
  );
}
