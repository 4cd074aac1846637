// The custody form's collection fields: source system, who collected it and when,
// with what method or tool (and its version), where, and why.
import { useTranslation } from 'react-i18next';
import type { IncidentSystem } from '../../../shared/domain/system';
import { EventTimeField } from '../../components/EventTimeField';
import { Field } from '../../components/Field';
import type { CollectionDraft, DraftProblem } from './intakeDraft';

export interface CollectionFieldsProps {
  value: CollectionDraft;
  onChange(value: CollectionDraft): void;
  systems: readonly IncidentSystem[];
  /** Shown once the responder tried to start. */
  problems: ReadonlySet<DraftProblem>;
}

export function CollectionFields({ value, onChange, systems, problems }: CollectionFieldsProps) {
  const { t } = useTranslation('evidence');
  const set = <K extends keyof CollectionDraft>(key: K, next: CollectionDraft[K]) => onChange({ ...value, [key]: next });
  const error = (problem: DraftProblem) => (problems.has(problem) ? t(`intake.problem.${problem}`) : null);
  return (
    <>
      <Field label={t('intake.field.sourceSystem')} hint={systems.length === 0 ? t('intake.field.sourceSystemNone') : undefined}>
        <select value={value.sourceSystemId} onChange={(e) => set('sourceSystemId', e.target.value)}>
          <option value="">{t('intake.field.noSystem')}</option>
          {systems.map((system) => (
            <option key={system.id} value={system.id}>
              {system.name}
            </option>
          ))}
        </select>
      </Field>
      <div className="ev-fields-row">
        <Field label={t('intake.field.collectedBy')} error={error('collectedBy')}>
          <input type="text" value={value.collectedByName} onChange={(e) => set('collectedByName', e.target.value)} maxLength={120} required />
        </Field>
        <Field label={t('intake.field.collectedByRole')}>
          <input type="text" value={value.collectedByRole} onChange={(e) => set('collectedByRole', e.target.value)} maxLength={120} />
        </Field>
      </div>
      <EventTimeField label={t('intake.field.collectedAt')} value={value.collectedAt} onChange={(next) => set('collectedAt', next)} allowNow />
      {problems.has('collectedAt') && <p className="field-error">{t('intake.problem.collectedAt')}</p>}
      <div className="ev-fields-row">
        <Field label={t('intake.field.method')} hint={t('intake.field.methodHint')} error={error('method')}>
          <input type="text" value={value.method} onChange={(e) => set('method', e.target.value)} maxLength={400} required />
        </Field>
        <Field label={t('intake.field.toolVersion')} hint={t('intake.field.toolVersionHint')}>
          <input type="text" className="mono" value={value.toolVersion} onChange={(e) => set('toolVersion', e.target.value)} maxLength={100} />
        </Field>
      </div>
      <Field label={t('intake.field.location')} hint={t('intake.field.locationHint')}>
        <input type="text" value={value.location} onChange={(e) => set('location', e.target.value)} maxLength={400} />
      </Field>
      <Field label={t('intake.field.reason')} hint={t('intake.field.reasonHint')}>
        <input type="text" value={value.reason} onChange={(e) => set('reason', e.target.value)} maxLength={2000} />
      </Field>
    </>
  );
}
