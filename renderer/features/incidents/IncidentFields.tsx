// The editable details of an incident (title, reference code, severity, display
// zone), shared by the "New incident" and "Edit details" dialogs.
import { useTranslation } from 'react-i18next';
import { SEVERITIES, type Severity } from '../../../shared/domain/incident';
import { Field } from '../../components/Field';
import { timeZones } from '../../lib/time';

export interface IncidentDetailsDraft {
  title: string;
  code: string;
  severity: Severity;
  timeZone: string;
}

/** Every known zone, with `current` kept even when this runtime lists it under another name. */
export const zonesIncluding = (current: string): string[] =>
  !current || timeZones().includes(current) ? timeZones() : [current, ...timeZones()];

export function IncidentFields({ value, onChange }: { value: IncidentDetailsDraft; onChange(value: IncidentDetailsDraft): void }) {
  const { t } = useTranslation('incidents');
  const set = <K extends keyof IncidentDetailsDraft>(key: K, next: IncidentDetailsDraft[K]) => onChange({ ...value, [key]: next });
  return (
    <>
      <Field label={t('fields.title')}>
        <input type="text" value={value.title} onChange={(e) => set('title', e.target.value)} maxLength={200} autoFocus required />
      </Field>
      <div className="incident-fields-row">
        <Field label={t('fields.code')} hint={t('fields.codeHint')}>
          <input type="text" className="mono" value={value.code} onChange={(e) => set('code', e.target.value)} maxLength={64} />
        </Field>
        <Field label={t('fields.severity')}>
          <select value={value.severity} onChange={(e) => set('severity', e.target.value as Severity)}>
            {SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>
                {t(`common:severity.${severity}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label={t('fields.zone')} hint={t('fields.zoneHint')}>
        <select value={value.timeZone} onChange={(e) => set('timeZone', e.target.value)}>
          {zonesIncluding(value.timeZone).map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}
