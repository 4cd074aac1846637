// An optional clock anchor in the "New incident" form: a checkbox, and when
// ticked, when it happened (now by default).
import { useTranslation } from 'react-i18next';
import type { Anchor } from '../../../shared/domain/incident';
import { EventTimeField, type EventTimeValue } from '../../components/EventTimeField';
import { notebook } from '../../data';
import { eventTimeNow } from './incidentTexts';

export interface AnchorChoiceProps {
  anchor: Anchor;
  value: EventTimeValue | null;
  onChange(value: EventTimeValue | null): void;
  /** The zone a set time is read in by default: the incident's. */
  zone: string;
}

export function AnchorChoice({ anchor, value, onChange, zone }: AnchorChoiceProps) {
  const { t } = useTranslation('incidents');
  return (
    <div className="anchor-choice">
      <label className="inline">
        <input type="checkbox" checked={value !== null} onChange={(e) => onChange(e.target.checked ? eventTimeNow(zone, notebook.now()) : null)} />
        {t(`anchors.${anchor}.record`)}
      </label>
      {value && <EventTimeField label={t(`anchors.${anchor}.at`)} value={value} onChange={onChange} allowNow />}
    </div>
  );
}
