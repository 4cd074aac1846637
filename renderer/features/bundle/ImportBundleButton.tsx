// "Import bundle…": opens the import dialog for the incident it sits in.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import type { ImportSummary } from '../../data';
import { ImportBundleDialog } from './ImportBundleDialog';

export interface ImportBundleButtonProps {
  /** The open incident; null outside one (the bundle then goes to its own incident). */
  incident: Incident | null;
  onImported?(summary: ImportSummary): void;
  className?: string;
}

export function ImportBundleButton({ incident, onImported, className = 'btn' }: ImportBundleButtonProps) {
  const { t } = useTranslation('bundle');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)}>
        {t('import.button')}
      </button>
      {open && <ImportBundleDialog incident={incident} onClose={() => setOpen(false)} onImported={onImported} />}
    </>
  );
}
