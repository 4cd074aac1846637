// Files dropped anywhere on the locker become an intake. Only drags that carry files
// are taken (not text or links dragged from elsewhere), and the area says so while held.
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface EvidenceDropTargetProps {
  onFiles(files: File[]): void;
  /** While false (an intake dialog is open) drops are refused. */
  enabled?: boolean;
  className?: string;
  children: ReactNode;
}

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

export function EvidenceDropTarget({ onFiles, enabled = true, className, children }: EvidenceDropTargetProps) {
  const { t } = useTranslation('evidence');
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child crossed; count them to know when the drag really left.
  const depth = useRef(0);
  const leave = () => {
    depth.current = 0;
    setOver(false);
  };
  return (
    <div
      className={`${className ?? ''} ev-drop${over ? ' ev-drop-over' : ''}`.trim()}
      onDragEnter={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        if (!enabled) return;
        depth.current += 1;
        setOver(true);
      }}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        // Without this the window would open the dropped file; while refused, say so with the cursor.
        event.preventDefault();
        event.dataTransfer.dropEffect = enabled ? 'copy' : 'none';
      }}
      onDragLeave={() => {
        if (depth.current > 0 && --depth.current === 0) setOver(false);
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        leave();
        const files = Array.from(event.dataTransfer.files);
        if (enabled && files.length > 0) onFiles(files);
      }}
    >
      {children}
      {over && (
        <div className="ev-drop-hint" aria-hidden="true">
          {t('locker.dropHere')}
        </div>
      )}
    </div>
  );
}
