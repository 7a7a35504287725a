import { ipcChannel } from '../../shared/channels';
import { methodNames } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import { dispatch, type Handlers } from '../core/dispatch';

/**
 * The parts of Electron's ipcMain and IpcMainInvokeEvent this transport uses, written out so the
 * transport can be exercised under plain Node with a stand-in. Electron's own objects satisfy them.
 */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null | undefined;
}

export type InvokeListener = (event: InvokeEventLike, input?: unknown) => Promise<Envelope<unknown>>;

export interface IpcMainLike {
  handle(channel: string, listener: InvokeListener): void;
}

/**
 * The desktop transport, and the only place with ipcMain.handle: one channel per contract method,
 * so the set of reachable methods is exactly the contract. Every call first checks who is asking:
 * only a frame showing the application's own page (see isTrustedSender in window.ts) gets an
 * answer; anything else (an iframe, a page navigated elsewhere) gets 'unauthorized'.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  isTrustedSender: (url: URL) => boolean,
): void {
  for (const method of methodNames) {
    ipcMain.handle(ipcChannel(method), async (event, input) => {
      if (!senderIsTrusted(event, isTrustedSender)) {
        console.warn(`[counselor] refused ${method} from ${event.senderFrame?.url ?? 'a frame that is gone'}`);
        return {
          ok: false,
          error: { code: 'unauthorized', message: 'This page is not allowed to use Counselor Workstation.' },
        };
      }
      return dispatch(handlers, method, input);
    });
  }
}

function senderIsTrusted(event: InvokeEventLike, isTrustedSender: (url: URL) => boolean): boolean {
  // senderFrame is null when the frame navigated away or was destroyed before the call arrived.
  const frame = event.senderFrame;
  if (!frame) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  return isTrustedSender(url);
}
