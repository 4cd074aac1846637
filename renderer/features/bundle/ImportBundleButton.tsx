// "Import bundle…": opens the import dialog for the incident it sits in. The dialog stays on
// its summary of what was added until the responder closes it; only then is the imported
// incident handed on (e.g. opened), so the summary is never swept away by the screen changing.
import { Suspense, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import type { ImportSummary } from '../../data';
import { lazyView } from '../../app/lazyView';

// Loaded on first use (it carries the ZIP reader): the screens it sits on do not wait for it.
const ImportBundleDialog = lazyView(() => import('./ImportBundleDialog').then((m) => m.ImportBundleDialog));

export interface ImportBundle {
  open(): void;
  /** The dialog while open, else null: render it where it outlives the screen's own changes. */
  dialog: ReactNode;
}

/**
 * The import dialog's state, for a screen whose content changes under it: the incident list
 * goes from "no incidents" to a table as the import lands, and a dialog inside either would be
 * unmounted with it. `onImported` runs when the dialog is closed after an import.
 */
export function useImportBundle(incident: Incident | null, onImported?: (summary: ImportSummary) => void): ImportBundle {
  const [open, setOpen] = useState(false);
  const imported = useRef<ImportSummary | null>(null);
  const close = () => {
    setOpen(false);
    const summary = imported.current;
    imported.current = null;
    if (summary) onImported?.(summary);
  };
  return {
    open: () => setOpen(true),
    dialog: open ? (
      <Suspense fallback={null}>
        <ImportBundleDialog incident={incident} onClose={close} onImported={(summary) => (imported.current = summary)} />
      </Suspense>
    ) : null,
  };
}

/** The button alone, for a screen that renders `useImportBundle`'s dialog itself. */
export function OpenImportButton({ onClick, className = 'btn' }: { onClick(): void; className?: string }) {
  const { t } = useTranslation('bundle');
  return (
    <button type="button" className={className} onClick={onClick}>
      {t('import.button')}
    </button>
  );
}

export interface ImportBundleButtonProps {
  /** The open incident; null outside one (the bundle then goes to its own incident). */
  incident: Incident | null;
  /** Runs when the dialog is closed after an import (not while its summary is shown). */
  onImported?(summary: ImportSummary): void;
  className?: string;
}

export function ImportBundleButton({ incident, onImported, className }: ImportBundleButtonProps) {
  const importer = useImportBundle(incident, onImported);
  return (
    <>
      <OpenImportButton onClick={importer.open} className={className} />
      {importer.dialog}
    </>
  );
}
