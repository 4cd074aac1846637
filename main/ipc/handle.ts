// The only user of ipcMain. Registers one handler per contract channel and hands
// every call to the dispatcher with the sender frame's URL and whether it is the
// main frame. Threat: privileged channels reached from a subframe, a foreign page
// or a destroyed frame — those become a sender the dispatcher refuses.
import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { invokeChannels } from '../../shared/ipc/contract';
import { fail } from '../../shared/result';
import type { Dispatcher, SenderInfo } from './dispatch';

function senderOf(event: IpcMainInvokeEvent): SenderInfo | null {
  try {
    const frame = event.senderFrame;
    if (frame === null || frame.isDestroyed()) return null;
    return { url: frame.url, isMainFrame: frame === event.sender.mainFrame };
  } catch {
    // Reading a frame that navigated away or was disposed throws; treat as unknown.
    return null;
  }
}

/** Registers every invoke channel; returns a function that removes them again. */
export function registerInvokeHandlers(dispatch: Dispatcher): () => void {
  const channels = Object.keys(invokeChannels);
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload: unknown, ...extra: unknown[]) =>
      // The preload sends exactly one argument; anything more is not our bridge.
      extra.length > 0 ? fail('ipc.badPayload', `too many arguments for ${channel}`) : dispatch(senderOf(event), channel, payload),
    );
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}
