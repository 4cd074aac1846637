// Adding one system to the board; the log gets "System added: FS01 (Host)".
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notebook } from '../../data';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { ErrorText, formError } from '../../components/ErrorText';
import { useFormAction } from '../../components/useFormAction';
import { SystemFields } from './SystemFields';
import { detailsOf, emptyDraft } from './systemDraft';
import { useSystemTexts } from './systemTexts';

export interface AddSystemDialogProps {
  incidentId: string;
  onClose(): void;
  onAdded?(systemId: string): void;
}

export function AddSystemDialog({ incidentId, onClose, onAdded }: AddSystemDialogProps) {
  const { t } = useTranslation('systems');
  const texts = useSystemTexts();
  const formId = useId();
  const [draft, setDraft] = useState(emptyDraft);
  const [nameMissing, setNameMissing] = useState(false);

  const { busy, error, run } = useFormAction(async () => {
    const details = detailsOf(draft);
    setNameMissing(!details.name);
    if (!details.name) throw formError('system.nameRequired');
    const [added] = await notebook.addSystems(incidentId, [{ details, text: texts.added(details) }]);
    if (added) onAdded?.(added.id);
    onClose();
  });

  return (
    <Dialog
      open
      title={t('add.title')}
      onClose={onClose}
      footer={<DialogActions formId={formId} confirmLabel={t('add.submit')} onCancel={onClose} busy={busy} />}
    >
      <form id={formId} onSubmit={run} noValidate aria-busy={busy}>
        <SystemFields value={draft} onChange={setDraft} nameError={nameMissing ? t('errors:system.nameRequired') : null} />
        {!nameMissing && <ErrorText error={error} />}
      </form>
    </Dialog>
  );
}
