// The clock anchors the enabled rules run from: when each was recorded, who decided
// it and who logged it, or a way to record it.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnchorType } from '../../../shared/domain/deadline';
import type { Incident } from '../../../shared/domain/incident';
import type { DeadlineState } from '../../data';
import { TimeText } from '../../components/TimeText';
import { anchorInstant } from '../../../shared/deadlines/dueTime';
import { useDeadlineTexts } from './deadlineTexts';
import { RecordDeadlineAnchorDialog } from './RecordDeadlineAnchorDialog';

export interface AnchorsPanelProps {
  incident: Incident;
  state: DeadlineState;
  types: readonly AnchorType[];
  secondaryZone: string | null;
  onOpenEntry(entryId: string): void;
}

export function AnchorsPanel({ incident, state, types, secondaryZone, onOpenEntry }: AnchorsPanelProps) {
  const { t } = useTranslation('deadlines');
  const texts = useDeadlineTexts();
  const titleId = useId();
  const [recording, setRecording] = useState<AnchorType | null>(null);
  const zone = incident.timeZone;

  // The rules count "end of the calendar year" from the discovery date, in the incident's zone.
  const derived = (at: string | undefined) => (
    <span className="dl-anchor-value">
      {at ? <TimeText iso={at} zone={zone} precision="minute" secondaryZone={secondaryZone} /> : null}{' '}
      <span className="muted">{t(at ? 'anchors.derived' : 'anchors.derivedMissing', { anchor: texts.anchor('discovery') })}</span>
    </span>
  );

  const recorded = (type: AnchorType) => {
    const record = state.anchorRecords[type];
    const at = record?.at ?? state.anchors[type];
    if (!at) return <span className="dl-anchor-value muted">{t('anchors.notRecorded')}</span>;
    const by = record?.recordedBy;
    return (
      <span className="dl-anchor-value">
        <TimeText iso={at} zone={zone} secondaryZone={secondaryZone} />
        {record?.decidedBy && <span className="dl-anchor-who">{t('anchors.decidedBy', { name: record.decidedBy })}</span>}
        {by && <span className="dl-anchor-who muted">{by.role ? t('anchors.recordedByRole', { name: by.name, role: by.role }) : t('anchors.recordedBy', { name: by.name })}</span>}
        {record && (
          <button type="button" className="btn-link" onClick={() => onOpenEntry(record.entryId)}>
            {t('anchors.showEntry')}
          </button>
        )}
      </span>
    );
  };

  return (
    <section className="dl-panel" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('anchors.title')}</h3>
      <p className="field-hint">{t('anchors.hint')}</p>
      <ul className="dl-anchors">
        {types.map((type) => (
          <li key={type} className="dl-anchor">
            <span className="dl-anchor-label">{texts.anchor(type)}</span>
            {type === 'calendar_year_end' ? (
              derived(anchorInstant('calendar_year_end', state.anchors, zone))
            ) : (
              <>
                {recorded(type)}
                <button type="button" className="btn btn-small" onClick={() => setRecording(type)} aria-label={`${state.anchors[type] ? t('anchors.change') : t('anchors.record')} ${texts.anchor(type)}`}>
                  {state.anchors[type] ? t('anchors.change') : t('anchors.record')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {recording && <RecordDeadlineAnchorDialog incident={incident} anchor={recording} onClose={() => setRecording(null)} />}
    </section>
  );
}
