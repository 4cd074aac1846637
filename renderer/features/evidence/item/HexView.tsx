// The first bytes of a file as hex: offset | 16 bytes | ASCII. Only the lines in view
// (plus a margin) are in the DOM, so 4,096 lines scroll as fast as 40.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hexLine, hexLineCount } from './hex';
import { formatExactBytes } from '../format';

/** Fixed line height (px): positions are computed, never measured. Matches .ev-hex-line. */
const LINE_PX = 18;
const VIEW_LINES = 24;
const OVERSCAN = 24;

export function HexView({ bytes, size }: { bytes: Uint8Array; size: number }) {
  const { t, i18n } = useTranslation('evidence');
  const [top, setTop] = useState(0);
  const count = hexLineCount(bytes.length);
  const start = Math.max(0, top - OVERSCAN);
  const end = Math.min(count, top + VIEW_LINES + OVERSCAN);
  const lines: ReactNode[] = [];
  for (let index = start; index < end; index++) {
    const line = hexLine(bytes, index);
    lines.push(
      <div className="ev-hex-line" key={index} style={{ height: LINE_PX }}>
        <span className="ev-hex-offset">{line.offset}</span>
        <span className="ev-hex-bytes">{line.hex}</span>
        <span className="ev-hex-ascii">{line.ascii}</span>
      </div>,
    );
  }
  const shown = formatExactBytes(bytes.length, i18n.language);
  const total = formatExactBytes(size, i18n.language);
  return (
    <div className="ev-hex-wrap">
      <p className="field-hint">{bytes.length < size ? t('item.preview.hexPart', { shown, total }) : t('item.preview.hexAll', { total })}</p>
      <div
        className="ev-hex mono"
        role="region"
        aria-label={t('item.preview.hexLabel')}
        // Focusable so the arrow and page keys scroll it.
        tabIndex={0}
        style={{ height: Math.min(count, VIEW_LINES) * LINE_PX + 2 }}
        onScroll={(event) => setTop(Math.floor(event.currentTarget.scrollTop / LINE_PX))}
      >
        <div style={{ height: count * LINE_PX, position: 'relative' }}>
          <div style={{ position: 'absolute', top: start * LINE_PX, left: 0, right: 0 }}>{lines}</div>
        </div>
      </div>
    </div>
  );
}
