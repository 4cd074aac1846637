// Changing a system's details; the log gets one entry naming each change.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentSystem } from '../../../shared/domain/system';
import { notebook } from '../../data';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { useFormAction } from '../../components/useFormAction';
import { ErrorText } from '../../components/ErrorText';
import { SystemFields } from './SystemFields';
import { changedFields, detailsOf, detailsOfSystem, draftOf } from './systemDraft';
import { useSystemTexts } from './systemTexts';

export function EditSystemDialog({ system, onClose }: { system: IncidentSystem; onClose(): void }) {
  const { t } = useTranslation('systems');
  const texts = useSystemTexts();
  const formId = useId();
  const before = detailsOfSystem(system);
  const [draft, setDraft] = useState(() => draftOf(before));
  const after = detailsOf(draft);
  const changed = changedFields(before, after).length > 0;

  const { busy, error, run } = useFormAction(async () => {
    if (changed) await notebook.updateSystemDetails(system.id, after, texts.details(before, after));
    onClose();
  });
  const nameMissing = after.name === '';

  return (
    <Dialog
      open
      title={t('edit.title', { name: system.name })}
      onClose={onClose}
      footer={<DialogActions formId={formId} confirmLabel={t('edit.submit')} onCancel={onClose} busy={busy || !changed || nameMissing} />}
    >
      <form id={formId} onSubmit={run} noValidate aria-busy={busy}>
        <SystemFields value={draft} onChange={setDraft} nameError={nameMissing ? t('errors:system.nameRequired') : null} />
        <p className="field-hint">{t('edit.hint')}</p>
        <ErrorText error={error} />
      </form>
    </Dialog>
  );
}
