import type { MethodName } from './contract';

/**
 * The IPC channel that carries one contract method. The only place the prefix is written: the
 * main process registers these channels (transports/ipc.ts) and the preload invokes them, so the
 * two cannot drift apart.
 */
export const IPC_CHANNEL_PREFIX = 'counselor:';

export function ipcChannel(method: MethodName): string {
  return IPC_CHANNEL_PREFIX + method;
}
