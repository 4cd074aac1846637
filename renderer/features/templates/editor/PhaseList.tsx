// The phases of the draft in order, and the button that adds one.
import { useTranslation } from 'react-i18next';
import type { PhaseDraft } from './draft';
import { addPhase, type DraftEditor } from './draftEdits';
import { useContainerError } from './editorContext';
import { PhaseEditor } from './PhaseEditor';

export function PhaseList({ phases, editor }: { phases: readonly PhaseDraft[]; editor: DraftEditor }) {
  const { t } = useTranslation('templates');
  const phasesError = useContainerError('phases');
  const add = () => {
    editor.edit(addPhase);
    editor.focus(`[data-path="phases.${phases.length}.title.en"]`);
  };
  return (
    <section className="template-phases" aria-labelledby="template-phases-heading">
      <h2 id="template-phases-heading">{t('editor.phasesHeading')}</h2>
      {phases.map((phase, p) => (
        <PhaseEditor key={phase.key} phase={phase} index={p} count={phases.length} editor={editor} />
      ))}
      {phasesError && (
        <p className="field-error" role="alert">
          {phasesError}
        </p>
      )}
      <button type="button" className="btn" data-path="phases" onClick={add}>
        {t('editor.phase.add')}
      </button>
    </section>
  );
}
