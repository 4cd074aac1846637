// Files dragged onto the window. Unhandled, the browser would open a dropped file in place
// of the app (and Electron would try to navigate to it): every drop of files is either
// taken by a feature (evidence intake) or refused here, never opened.
import { useEffect } from 'react';

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * Listens for files dragged over and dropped anywhere on the window that no element took
 * (an element's own drop handler calls preventDefault first). With `onFiles` the drop is
 * taken; without, it is refused (the cursor shows "no drop"). Takers listen on `document`
 * and the refusal on `window`, which an event reaches last: the order of mounting never
 * lets the refusal win.
 */
export function useWindowFileDrop(onFiles?: (files: File[]) => void): void {
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      event.dataTransfer!.dropEffect = onFiles ? 'copy' : 'none';
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      const files = Array.from(event.dataTransfer!.files);
      if (onFiles && files.length > 0) onFiles(files);
    };
    const target: EventTarget = onFiles ? document : window;
    target.addEventListener('dragover', over as EventListener);
    target.addEventListener('drop', drop as EventListener);
    return () => {
      target.removeEventListener('dragover', over as EventListener);
      target.removeEventListener('drop', drop as EventListener);
    };
  }, [onFiles]);
}
