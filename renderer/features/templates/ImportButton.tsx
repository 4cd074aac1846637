// "Import…": picks a JSON file and hands its text to the notebook, which imports
// every template in it or none.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { notebook } from '../../data';

export interface ImportButtonProps {
  onImported(count: number, fileName: string): void;
  onFailed(error: unknown, fileName: string): void;
  onStart(): void;
}

export function ImportButton({ onImported, onFailed, onStart }: ImportButtonProps) {
  const { t } = useTranslation('templates');
  const input = useRef<HTMLInputElement>(null);

  const importFile = async (file: File) => {
    onStart();
    try {
      const stored = await notebook.importTemplates(await file.text());
      onImported(stored.length, file.name);
    } catch (error) {
      onFailed(error, file.name);
    }
  };

  return (
    <>
      <button type="button" className="btn" onClick={() => input.current?.click()}>
        {t('actions.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label={t('import.fileLabel')}
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared at once, so choosing the same file again (after fixing it) fires a change.
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
    </>
  );
}
