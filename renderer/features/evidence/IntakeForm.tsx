// The intake form's body: per file its description and type; the collection fields
// once for all files ("same for every file", the default for several) or per file.
import { useTranslation } from 'react-i18next';
import { EVIDENCE_TYPES, type EvidenceType } from '../../../shared/domain/evidence';
import type { IncidentSystem } from '../../../shared/domain/system';
import { displayFileName } from '../../../shared/evidence/fileName';
import { Field } from '../../components/Field';
import { CollectionFields } from './CollectionFields';
import { FileNameText } from './FileNameText';
import { formatBytes, formatExactBytes } from './format';
import { collectionProblems, fileProblems, type CollectionDraft, type DraftProblem, type FileDraft, type IntakeDraft } from './intakeDraft';

const NONE: ReadonlySet<DraftProblem> = new Set();

export interface IntakeFormProps {
  files: readonly (Blob & { name: string })[];
  draft: IntakeDraft;
  onChange(draft: IntakeDraft): void;
  systems: readonly IncidentSystem[];
  showProblems: boolean;
}

export function IntakeForm({ files, draft, onChange, systems, showProblems }: IntakeFormProps) {
  const { t, i18n } = useTranslation('evidence');
  const several = files.length > 1;
  const shared = several && draft.sameForAll;
  const setFile = (index: number, file: FileDraft) => onChange({ ...draft, files: draft.files.with(index, file) });
  const setShared = (collection: CollectionDraft) => onChange({ ...draft, shared: collection });
  // Turning "same for every file" off starts each file from the shared values, so nothing typed is lost.
  const setSameForAll = (sameForAll: boolean) =>
    onChange({ ...draft, sameForAll, files: sameForAll ? draft.files : draft.files.map((f) => ({ ...f, collection: draft.shared })) });

  return (
    <>
      {several && (
        <label className="inline ev-same-for-all">
          <input type="checkbox" checked={draft.sameForAll} onChange={(e) => setSameForAll(e.target.checked)} />
          {t('intake.sameForAll')}
        </label>
      )}
      {shared && (
        <fieldset className="ev-intake-group">
          <legend>{t('intake.sharedLegend', { count: files.length })}</legend>
          <CollectionFields value={draft.shared} onChange={setShared} systems={systems} problems={showProblems ? collectionProblems(draft.shared) : NONE} />
        </fieldset>
      )}
      {files.map((file, index) => {
        const value = draft.files[index]!;
        const problems = showProblems ? fileProblems(value) : NONE;
        return (
          <fieldset key={index} className="ev-intake-group" aria-label={t('intake.fileLegend', { number: index + 1, name: displayFileName(file.name).text })}>
            <legend>
              <span className="ev-intake-file-number">{t('intake.fileNumber', { number: index + 1, count: files.length })}</span>{' '}
              <FileNameText name={file.name} />{' '}
              <span className="muted small" title={t('locker.exactBytes', { bytes: formatExactBytes(file.size, i18n.language) })}>
                {formatBytes(file.size, i18n.language)}
              </span>
            </legend>
            <div className="ev-fields-row ev-fields-row-wide">
              <Field label={t('intake.field.description')} hint={t('intake.field.descriptionHint')} error={problems.has('description') ? t('intake.problem.description') : null}>
                <input type="text" value={value.description} onChange={(e) => setFile(index, { ...value, description: e.target.value })} maxLength={4000} required autoFocus={index === 0} />
              </Field>
              <Field label={t('intake.field.type')} error={problems.has('type') ? t('intake.problem.type') : null}>
                <select value={value.type} onChange={(e) => setFile(index, { ...value, type: e.target.value as EvidenceType | '' })} required>
                  <option value="">{t('intake.field.chooseType')}</option>
                  {EVIDENCE_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {t(`types.${type}`)}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
            {!shared && (
              <CollectionFields
                value={value.collection}
                onChange={(collection) => setFile(index, { ...value, collection })}
                systems={systems}
                problems={showProblems ? collectionProblems(value.collection) : NONE}
              />
            )}
          </fieldset>
        );
      })}
    </>
  );
}
