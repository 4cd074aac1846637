// Where a bundle comes in: a "Choose a bundle…" button, or a .zip dropped on the area. The drop
// is taken here (preventDefault), so the window's own drop handling never sees it.
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText, formError } from '../../components/ErrorText';
import { ZipFilePicker } from '../../components/ZipFilePicker';

export interface VerifyFileChooserProps {
  onFile(file: File): void;
  /** The button's label ("Choose a bundle…", "Choose another bundle…"). */
  label?: string;
}

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

export function VerifyFileChooser({ onFile, label }: VerifyFileChooserProps) {
  const { t } = useTranslation('bundle');
  const [over, setOver] = useState(false);
  const [refused, setRefused] = useState<unknown>(null);
  const take = (files: readonly File[]) => {
    if (files.length === 0) return;
    if (files.length > 1) {
      setRefused(formError('bundle.oneFile'));
      return;
    }
    setRefused(null);
    onFile(files[0]!);
  };
  return (
    <div
      className={over ? 'vb-drop vb-drop-over' : 'vb-drop'}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setOver(false);
        take(Array.from(event.dataTransfer.files));
      }}
    >
      <p className="vb-drop-text">{t('verify.choose.drop')}</p>
      <ZipFilePicker primary label={label ?? t('verify.choose.button')} inputLabel={t('verify.choose.input')} onFiles={take} />
      <ErrorText error={refused} />
    </div>
  );
}
