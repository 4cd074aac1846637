// The preload: wires Electron's IPC into the contract-built API and exposes it as
// `window.lantern`. Nothing else crosses the bridge — never ipcRenderer itself,
// and never the IpcRendererEvent (its `sender` would hand the page raw IPC).
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { createLanternApi } from './api';
import type { BridgeTransport } from './api';

const transport: BridgeTransport = {
  invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
  subscribe(channel, listener) {
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
};

contextBridge.exposeInMainWorld('lantern', createLanternApi(transport));
