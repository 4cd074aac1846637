// "Choose a file…" for a ZIP (a bundle, a backup): a button that opens the system's file chooser.
// The same file can be chosen again after a cancel, or once it has been fixed.
import { useRef } from 'react';

export interface ZipFilePickerProps {
  /** The button's label ("Choose a bundle…"). */
  label: string;
  /** The hidden input's name, for assistive technology and tests. */
  inputLabel: string;
  primary?: boolean;
  onFiles(files: File[]): void;
}

export function ZipFilePicker({ label, inputLabel, primary, onFiles }: ZipFilePickerProps) {
  const picker = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={primary ? 'btn btn-primary' : 'btn'} onClick={() => picker.current?.click()}>
        {label}
      </button>
      <input
        ref={picker}
        type="file"
        accept=".zip,application/zip"
        hidden
        aria-label={inputLabel}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          onFiles(files);
        }}
      />
    </>
  );
}
