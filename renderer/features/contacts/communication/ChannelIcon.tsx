// Small monochrome channel icons (inline SVG, currentColor), decorative only: the channel's
// name is always written next to them.
import type { ReactNode } from 'react';
import type { CommunicationChannel } from '../../../../shared/domain/communication';

const line = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.4, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

const SHAPES: Record<CommunicationChannel, ReactNode> = {
  call: <path {...line} d="M3.5 2.5h2.25l1 3-1.5 1a8 8 0 0 0 4.25 4.25l1-1.5 3 1v2.25a1 1 0 0 1-1 1A11 11 0 0 1 2.5 3.5a1 1 0 0 1 1-1z" />,
  email: (
    <>
      <rect {...line} x="1.75" y="3.5" width="12.5" height="9" rx="1" />
      <path {...line} d="M2.25 4.5L8 8.75l5.75-4.25" />
    </>
  ),
  meeting: (
    <>
      <circle {...line} cx="5.5" cy="5.5" r="2" />
      <circle {...line} cx="11" cy="6" r="1.75" />
      <path {...line} d="M1.75 13.5c0-2.2 1.7-3.75 3.75-3.75s3.75 1.55 3.75 3.75M10 10.1c.3-.1.6-.1 1-.1 1.8 0 3.25 1.4 3.25 3.5" />
    </>
  ),
  message: <path {...line} d="M2.5 3h11a1 1 0 0 1 1 1v6.5a1 1 0 0 1-1 1H7l-3 2.5v-2.5H2.5a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1z" />,
};

export function ChannelIcon({ channel }: { channel: CommunicationChannel }) {
  return (
    <svg className="comm-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      {SHAPES[channel]}
    </svg>
  );
}
