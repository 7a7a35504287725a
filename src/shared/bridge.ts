import type { MethodName } from './contract';
import type { Envelope } from './errors';

/**
 * What the desktop preload exposes as `window.counselor`: one function per contract method and
 * nothing else (no generic invoke, no ipcRenderer). Each returns the method's envelope as it came
 * over IPC; createClient() unwraps it.
 */
export type CounselorBridge = {
  readonly [M in MethodName]: (input: unknown) => Promise<Envelope<unknown>>;
};

/** The name under which the preload exposes the bridge in the page. */
export const BRIDGE_KEY = 'counselor';

declare global {
  interface Window {
    /** Present in the desktop window only; in browser mode the renderer talks HTTP instead. */
    readonly counselor?: CounselorBridge;
  }
}
