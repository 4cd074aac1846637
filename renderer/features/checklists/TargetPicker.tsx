// Who a new run is for: the whole incident, or one or more systems (one run each),
// limited by the template's scope.
import { useTranslation } from 'react-i18next';
import type { ChecklistTemplate } from '../../../shared/domain/checklistTemplate';
import type { IncidentSystem } from '../../../shared/domain/system';

export interface Target {
  mode: 'incident' | 'systems';
  systemIds: readonly string[];
}

export interface TargetPickerProps {
  scope: ChecklistTemplate['scope'];
  systems: readonly IncidentSystem[];
  value: Target;
  onChange(value: Target): void;
}

/** The mode a template allows: 'incident' and 'system' scopes leave no choice. */
export const modeFor = (scope: ChecklistTemplate['scope'], wanted: Target['mode']): Target['mode'] =>
  scope === 'incident' ? 'incident' : scope === 'system' ? 'systems' : wanted;

export function TargetPicker({ scope, systems, value, onChange }: TargetPickerProps) {
  const { t } = useTranslation('checklists');
  const mode = modeFor(scope, value.mode);
  const toggle = (id: string, on: boolean) =>
    onChange({ mode: 'systems', systemIds: on ? [...value.systemIds, id] : value.systemIds.filter((other) => other !== id) });
  return (
    <fieldset className="cl-target">
      <legend>{t('start.target')}</legend>
      {scope === 'incident' ? (
        <p className="muted small">{t('start.incidentOnly')}</p>
      ) : (
        <>
          {scope === 'either' && (
            <label className="inline">
              <input type="radio" name="target" checked={mode === 'incident'} onChange={() => onChange({ mode: 'incident', systemIds: [] })} />
              {t('start.wholeIncident')}
            </label>
          )}
          {scope === 'either' && (
            <label className="inline">
              <input type="radio" name="target" checked={mode === 'systems'} onChange={() => onChange({ ...value, mode: 'systems' })} />
              {t('start.systems')}
            </label>
          )}
          {scope === 'system' && <p className="muted small">{t('start.systems')}</p>}
          {systems.length === 0 ? (
            <p className="field-hint">{t('start.noSystems')}</p>
          ) : (
            <ul className="cl-target-systems" aria-label={t('start.systems')}>
              {systems.map((system) => (
                <li key={system.id}>
                  <label className="inline">
                    <input
                      type="checkbox"
                      checked={mode === 'systems' && value.systemIds.includes(system.id)}
                      onChange={(e) => toggle(system.id, e.target.checked)}
                    />
                    {system.name}
                    {system.addresses.length > 0 && <span className="muted small mono">{system.addresses.join(', ')}</span>}
                  </label>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </fieldset>
  );
}
