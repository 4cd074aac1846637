// Small monochrome toolbar icons (inline SVG, currentColor), decorative only:
// every button carries its own translated aria-label.
import type { ReactNode } from 'react';

const Svg = ({ children }: { children: ReactNode }) => (
  <svg className="lx-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    {children}
  </svg>
);
const line = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

export const icons = {
  bold: (
    <Svg>
      <path {...line} strokeWidth={2} d="M4.5 2.5h4.25a2.75 2.75 0 0 1 0 5.5H4.5zM4.5 8h5a2.75 2.75 0 0 1 0 5.5h-5z" />
    </Svg>
  ),
  italic: (
    <Svg>
      <path {...line} d="M6.5 2.5h6M3.5 13.5h6M9.75 2.5l-3.5 11" />
    </Svg>
  ),
  inlineCode: (
    <Svg>
      <path {...line} d="M5.5 4.5L2 8l3.5 3.5M10.5 4.5L14 8l-3.5 3.5" />
    </Svg>
  ),
  bulletList: (
    <Svg>
      <circle cx="2.75" cy="4" r="1.1" fill="currentColor" />
      <circle cx="2.75" cy="8" r="1.1" fill="currentColor" />
      <circle cx="2.75" cy="12" r="1.1" fill="currentColor" />
      <path {...line} d="M6 4h8M6 8h8M6 12h8" />
    </Svg>
  ),
  numberList: (
    <Svg>
      <path {...line} strokeWidth={1.2} d="M2 2.75l1-.75v4M1.75 10.25a1 1 0 0 1 2 .25c0 .75-2 1.5-2 2.5h2" />
      <path {...line} d="M6 4h8M6 8h8M6 12h8" />
    </Svg>
  ),
  link: (
    <Svg>
      <path {...line} d="M6.75 9.25a2.75 2.75 0 0 0 3.9 0l2.1-2.1a2.75 2.75 0 0 0-3.9-3.9l-.85.85M9.25 6.75a2.75 2.75 0 0 0-3.9 0l-2.1 2.1a2.75 2.75 0 0 0 3.9 3.9l.85-.85" />
    </Svg>
  ),
  codeBlock: (
    <Svg>
      <rect {...line} x="1.75" y="2.25" width="12.5" height="11.5" rx="1.5" />
      <path {...line} d="M6 6.5L4.5 8 6 9.5M10 6.5L11.5 8 10 9.5" />
    </Svg>
  ),
  undo: (
    <Svg>
      <path {...line} d="M5.5 3L2.5 6l3 3M2.5 6h7a4 4 0 0 1 0 8H7" />
    </Svg>
  ),
  redo: (
    <Svg>
      <path {...line} d="M10.5 3l3 3-3 3M13.5 6h-7a4 4 0 0 0 0 8H9" />
    </Svg>
  ),
} as const;

export type IconName = keyof typeof icons;
