// The only sender of main → renderer events. Every payload is checked against its
// event channel's schema first, so the renderer never receives data outside the
// contract (and a bug here fails loudly in main, not silently in the page).
import type { WebContents } from 'electron';
import { eventChannels } from '../../shared/ipc/contract';
import type { EventChannel, EventOf } from '../../shared/ipc/contract';

export type EventRecipient = Pick<WebContents, 'send' | 'isDestroyed'>;

/** Sends `payload` on `channel`; returns false (and sends nothing) if it is invalid or the target is gone. */
export function emit<C extends EventChannel>(
  target: EventRecipient,
  channel: C,
  payload: EventOf<C>,
  onError: (error: unknown) => void = console.error,
): boolean {
  const parsed = eventChannels[channel].safeParse(payload);
  if (!parsed.success) {
    onError(new Error(`refused to emit ${channel}: payload breaks the contract`));
    return false;
  }
  if (target.isDestroyed()) return false;
  target.send(channel, parsed.data);
  return true;
}
