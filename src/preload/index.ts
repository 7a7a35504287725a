import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY } from '../shared/bridge';
import { ipcChannel } from '../shared/channels';
import { methodNames } from '../shared/contract';
import type { Envelope } from '../shared/errors';

/**
 * Exposes the contract to the page as window.counselor: one function per method of the contract's
 * table and nothing more. No generic invoke and never ipcRenderer itself, so a compromised page
 * can reach only the methods the contract defines, and the main process still validates every
 * input and checks the sender. No logic lives here.
 */
const bridge: Record<string, (input: unknown) => Promise<Envelope<unknown>>> = {};
for (const name of methodNames) {
  const channel = ipcChannel(name);
  bridge[name] = (input: unknown) => ipcRenderer.invoke(channel, input) as Promise<Envelope<unknown>>;
}

contextBridge.exposeInMainWorld(BRIDGE_KEY, Object.freeze(bridge));
