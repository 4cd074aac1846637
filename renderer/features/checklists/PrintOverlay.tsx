// Print mode for a checklist run: its paper form in the shared print overlay, with the
// choice of a blank form for whoever works on paper from the start.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import { notebook, type RunWithStatus } from '../../data';
import { PrintOverlay as Overlay } from '../../components/PrintOverlay';
import { PrintRun } from './PrintRun';
import type { SystemNames } from './checklistTexts';
import './print.css';

export interface PrintOverlayProps {
  incident: Incident;
  runWithStatus: RunWithStatus;
  names: SystemNames;
  onClose(): void;
}

export function PrintOverlay({ incident, runWithStatus, names, onClose }: PrintOverlayProps) {
  const { t } = useTranslation('checklists');
  const [printedAt] = useState(() => notebook.now().toISOString());
  const [blank, setBlank] = useState(false);
  const options = (
    <label className="inline">
      <input type="checkbox" checked={blank} onChange={(e) => setBlank(e.target.checked)} />
      {t('print.blank')}
    </label>
  );
  return (
    <Overlay label={t('print.region')} toolbarLabel={t('print.toolbar')} closeLabel={t('print.close')} options={options} onClose={onClose}>
      <PrintRun incident={incident} runWithStatus={runWithStatus} names={names} printedAt={printedAt} blank={blank} />
    </Overlay>
  );
}
