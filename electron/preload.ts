// The renderer's only door to the core: one invoke() for contract methods and a
// listener for a fixed set of host events. No Node, no ipcRenderer leaks out.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

const EVENTS = new Set(['project-changed', 'progress']);

contextBridge.exposeInMainWorld('qualia', {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke('qualia:invoke', String(method), input),
  on: (channel: string, listener: (payload: unknown) => void) => {
    if (!EVENTS.has(channel)) return () => undefined;
    const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(`qualia:event:${channel}`, handler);
    return () => ipcRenderer.removeListener(`qualia:event:${channel}`, handler);
  },
});
