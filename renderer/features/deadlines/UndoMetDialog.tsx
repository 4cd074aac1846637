// Taking a "met" mark back (marked by mistake), confirmed first; the log keeps both entries.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineRule } from '../../../shared/domain/deadline';
import { SUBMISSION_ANCHORS } from '../../../shared/seed/deadlines';
import { notebook } from '../../data';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { ErrorText } from '../../components/ErrorText';
import { useFormAction } from '../../components/useFormAction';
import { useDeadlineTexts } from './deadlineTexts';

export function UndoMetDialog({ incidentId, rule, onClose }: { incidentId: string; rule: DeadlineRule; onClose(): void }) {
  const { t } = useTranslation('deadlines');
  const texts = useDeadlineTexts();
  const formId = useId();
  const chained = SUBMISSION_ANCHORS[rule.id];
  const { busy, error, run } = useFormAction(async () => {
    await notebook.clearDeadlineMet(incidentId, rule.id, texts.unmetLog(rule));
    onClose();
  });
  return (
    <Dialog
      open
      title={t('unmet.title', { rule: texts.rule(rule) })}
      onClose={onClose}
      footer={<DialogActions formId={formId} confirmLabel={t('unmet.submit')} onCancel={onClose} busy={busy} danger />}
    >
      <form id={formId} onSubmit={run} noValidate aria-busy={busy}>
        <p>{t('unmet.question', { rule: texts.rule(rule) })}</p>
        {chained && <p className="field-hint">{t('unmet.chained', { anchor: texts.anchor(chained) })}</p>}
        <ErrorText error={error} />
      </form>
    </Dialog>
  );
}
