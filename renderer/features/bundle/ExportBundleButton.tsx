// "Export evidence bundle…": opens the export dialog for the incident it sits in.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import { ExportBundleDialog } from './ExportBundleDialog';

export function ExportBundleButton({ incident, className = 'btn' }: { incident: Incident; className?: string }) {
  const { t } = useTranslation('bundle');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)}>
        {t('exportBundle.button')}
      </button>
      {open && <ExportBundleDialog incident={incident} onClose={() => setOpen(false)} />}
    </>
  );
}
