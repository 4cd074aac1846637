// "Export evidence bundle…": opens the export dialog for the incident it sits in.
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import { lazyView } from '../../app/lazyView';

// Loaded on first use: the incident's first screen does not wait for it.
const ExportBundleDialog = lazyView(() => import('./ExportBundleDialog').then((m) => m.ExportBundleDialog));

export function ExportBundleButton({ incident, className = 'btn' }: { incident: Incident; className?: string }) {
  const { t } = useTranslation('bundle');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)}>
        {t('exportBundle.button')}
      </button>
      <Suspense fallback={null}>
        {open && <ExportBundleDialog incident={incident} onClose={() => setOpen(false)} />}
      </Suspense>
    </>
  );
}
