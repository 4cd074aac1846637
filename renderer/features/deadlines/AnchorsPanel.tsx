// The clock anchors the enabled rules run from: when each was recorded, who decided
// it and who logged it, or a way to record it.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnchorType } from '../../../shared/domain/deadline';
import type { Incident } from '../../../shared/domain/incident';
import type { DeadlineState } from '../../data';
import { TimeText } from '../../components/TimeText';
import { fromWallInput, toWallInput } from '../../lib/time';
import { useDeadlineTexts } from './deadlineTexts';
import { RecordDeadlineAnchorDialog } from './RecordDeadlineAnchorDialog';

/** Start of the year after the discovery's year in the zone: how the rules count "end of the calendar year". */
export function yearEndAfter(discovery: string, zone: string): string {
  const year = Number(toWallInput(discovery, zone).slice(0, 4));
  return fromWallInput(`${year + 1}-01-01T00:00:00`, zone);
}

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

  const derived = (discovery: string | undefined) => (
    <span className="dl-anchor-value">
      {discovery ? <TimeText iso={yearEndAfter(discovery, zone)} zone={zone} precision="minute" secondaryZone={secondaryZone} /> : null}{' '}
      <span className="muted">{t(discovery ? 'anchors.derived' : 'anchors.derivedMissing', { anchor: texts.anchor('discovery') })}</span>
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
              derived(state.anchors.discovery)
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
